package dk.aarshjul.dialogue;

import dk.aarshjul.period.PeriodVariables;
import dk.aarshjul.process.BlockContract;
import dk.aarshjul.process.Variable;
import java.util.List;
import java.util.Set;

/**
 * Variables and BPMN ids of institution-meetings.bpmn: a committee's fixed dialogue meetings with
 * its unit leaders at its institutions in a year – the plan, then per meeting the agenda, the
 * host's presentation, the meeting day and the record.
 */
public final class InstitutionMeetingVariables {

  public static final String PROCESS_KEY = "institution-meetings";

  public static final Variable<String> COMMITTEE = Variable.text("committeeCode");
  public static final String MEETING_ID = DialogueVariables.DIALOGUE_MEETING_ID;

  public static final String TASK_PLAN = "Task_PlanInstitutionMeetings";
  public static final String TASK_AGENDA = "Task_PrepareMeetingAgenda";
  public static final String TASK_PRESENT = "Task_PresentInstitution";
  public static final String TIMER_MEETING_DAY = "Timer_MeetingDay";
  public static final String TASK_REGISTER = "Task_RegisterInstitutionMeeting";

  public static final Set<String> PROCESS_SCOPE =
      Set.of(
          PeriodVariables.PERIOD.name(), PeriodVariables.YEAR.name(), COMMITTEE.name(), MEETING_ID);

  public static final BlockContract CONTRACT =
      new BlockContract(
          PROCESS_KEY,
          List.of(PeriodVariables.PERIOD, PeriodVariables.YEAR, COMMITTEE),
          Set.of(TASK_PLAN, TASK_AGENDA, TASK_PRESENT, TIMER_MEETING_DAY, TASK_REGISTER),
          List.of());

  private InstitutionMeetingVariables() {}
}
