package dk.aarshjul.dialogue;

import dk.aarshjul.period.PeriodVariables;
import dk.aarshjul.process.BlockContract;
import dk.aarshjul.process.FormField;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Variables, BPMN ids and fields of the joint committee meeting block
 * (joint-committee-meeting.bpmn): committees that prioritised the same council goal meet about it,
 * follow up its decided initiatives and propose new ones, which the directorate decides.
 */
public final class JointMeetingVariables {

  public static final String PROCESS_KEY = "joint-committee-meeting";

  public static final String PROPOSED = "initiativesProposed";

  public static final String INFO = "jointMeetingInfo";
  public static final String DECISION_INFO = "initiativesInfo";
  public static final String MEETING_DATE = "meetingDate";
  public static final String MINUTES = "jointMinutes";
  public static final String STATUSES = "initiativeStatuses";
  public static final String PROPOSALS = "proposals";
  public static final String DECISIONS = "initiativeDecisions";
  public static final String START = "igangsaet";
  public static final String REJECT = "afvis";

  public static final String TASK_HOLD = "Task_HoldJointMeeting";
  public static final String TASK_DECIDE = "Task_DecideInitiatives";
  public static final String GATEWAY_PROPOSED = "Gateway_InitiativesProposed";

  public static final Set<String> PROCESS_SCOPE =
      Set.of(PeriodVariables.YEAR.name(), DialogueVariables.DIALOGUE_MEETING_ID, PROPOSED);

  public static final BlockContract CONTRACT =
      new BlockContract(
          PROCESS_KEY,
          List.of(PeriodVariables.YEAR, DialogueVariables.MEETING),
          Set.of(TASK_HOLD, TASK_DECIDE, GATEWAY_PROPOSED),
          List.of());

  public static final FormField DATE = FormField.choice(MEETING_DATE, "Mødedato", true);
  public static final FormField MINUTES_FIELD = FormField.requiredText(MINUTES, "Referat", 4000);
  public static final FormField COLOUR = FormField.choice("colour", "Status", true);
  public static final FormField EFFECT =
      FormField.requiredText("effect", "Virkning for borgerne indtil nu", 4000);
  public static final FormField PROPOSAL_TITLE = FormField.requiredText("title", "Initiativ", 300);
  public static final FormField PROPOSAL_DESCRIPTION =
      FormField.optionalText("description", "Beskrivelse", 2000);
  public static final FormField DECISION =
      FormField.choice("decision", "Direktionens beslutning", true);
  public static final FormField DECISION_COMMENT =
      FormField.optionalText("comment", "Begrundelse", 2000);

  /** Per form: the declared fields, a list row's field as "list.field". */
  public static final Map<String, List<FormField>> FORMS =
      Map.of(
          "hold-joint-meeting",
          List.of(
              DATE,
              MINUTES_FIELD,
              COLOUR.inList(STATUSES),
              EFFECT.inList(STATUSES),
              PROPOSAL_TITLE.inList(PROPOSALS),
              PROPOSAL_DESCRIPTION.inList(PROPOSALS)),
          "decide-initiatives",
          List.of(DECISION.inList(DECISIONS), DECISION_COMMENT.inList(DECISIONS)));

  private JointMeetingVariables() {}
}
