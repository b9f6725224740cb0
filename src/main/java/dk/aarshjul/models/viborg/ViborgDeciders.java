package dk.aarshjul.models.viborg;

import org.springframework.stereotype.Component;

/**
 * Who works for a committee in Viborg's model, from Årshjul's tables: the candidate group of the
 * prioritisation ({@code ${viborgDeciders.secretariat(committeeCode)}}), evaluated again when the
 * task is completed (by the access rules' {@code DecidingGroupCheck}).
 */
@Component("viborgDeciders")
public class ViborgDeciders {

  private final ViborgTerm term;
  private final SamLabs samLabs;

  ViborgDeciders(ViborgTerm term, SamLabs samLabs) {
    this.term = term;
    this.samLabs = samLabs;
  }

  /** The SamLab's lead: the leader of the unit the directorate chose, who presents the result. */
  public String samLabLead(Long samLabId) {
    return samLabs.leadGroup(samLabId);
  }

  /** The committee's secretariat: registers the committee's decisions for the politicians. */
  public String secretariat(String committeeCode) {
    return term.secretariat(committeeCode);
  }
}
