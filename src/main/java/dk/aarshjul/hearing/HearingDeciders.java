package dk.aarshjul.hearing;

import org.springframework.stereotype.Component;

/**
 * Who acts on a committee case, from Årshjul's tables: the candidate groups of
 * committee-case-hearing.bpmn ({@code ${hearingDeciders.party(hearingId)}}, …), evaluated again
 * when the task is completed (by the access rules' {@code DecidingGroupCheck}).
 */
@Component("hearingDeciders")
public class HearingDeciders {

  private final CommitteeCases cases;

  public HearingDeciders(CommitteeCases cases) {
    this.cases = cases;
  }

  /** The secretariat of the committee (before the case is registered). */
  public String secretariat(String committeeCode) {
    return cases.secretariatGroup(committeeCode);
  }

  /** The secretariat of the case's committee. */
  public String caseSecretariat(Long caseId) {
    return cases.caseSecretariatGroup(caseId);
  }

  /** The hearing's party: the unit's leader group or its works council (MED) group. */
  public String party(Long hearingId) {
    return cases.partyGroup(hearingId);
  }
}
