package dk.aarshjul.models.hvidovre;

import org.springframework.stereotype.Component;

/**
 * Who works for a committee in Hvidovre's model, from Årshjul's tables: the candidate groups of
 * hvidovre-committee-term.bpmn ({@code ${hvidovreDeciders.secretariat(committeeCode)}}), evaluated
 * again when the task is completed (by the access rules' {@code DecidingGroupCheck}).
 */
@Component("hvidovreDeciders")
public class HvidovreDeciders {

  private final HvidovreTerm term;

  HvidovreDeciders(HvidovreTerm term) {
    this.term = term;
  }

  /**
   * The committee's secretariat: prepares its material and registers its meetings and decisions for
   * the politicians.
   */
  public String secretariat(String committeeCode) {
    return term.secretariat(committeeCode);
  }
}
