package dk.aarshjul.followup;

import org.springframework.stereotype.Component;

/**
 * Who reports and reviews a follow-up, from Årshjul's tables: the candidate groups of
 * follow-up.bpmn ({@code ${followUpDeciders.holder(followUpReportId)}}, {@code
 * ${followUpDeciders.groupChief(followUpReportId)}}), evaluated again when the task is completed
 * (by the access rules' {@code DecidingGroupCheck}).
 */
@Component("followUpDeciders")
public class FollowUpDeciders {

  private final FollowUpService followUps;

  public FollowUpDeciders(FollowUpService followUps) {
    this.followUps = followUps;
  }

  /** The contract holder group of the report's unit. */
  public String holder(Long followUpReportId) {
    return followUps.contractHolderGroup(followUps.get(followUpReportId));
  }

  /** The group chief of the report's unit's area. */
  public String groupChief(Long followUpReportId) {
    return followUps.groupChiefGroup(followUps.get(followUpReportId));
  }
}
