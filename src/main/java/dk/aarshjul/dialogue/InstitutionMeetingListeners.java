package dk.aarshjul.dialogue;

import dk.aarshjul.period.PeriodVariables;
import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin task listeners of institution-meetings.bpmn: each prefills its form from {@link
 * InstitutionMeetings} and hands the submission to it.
 */
@Configuration
class InstitutionMeetingListeners {

  /** "Planlæg årets dialogmøder på institutionerne" (the committee's secretariat). */
  @Bean
  FormTaskListener planInstitutionMeetingsTaskListener(InstitutionMeetings meetings) {
    return new FormTaskListener(InstitutionMeetingVariables.PROCESS_SCOPE) {
      @Override
      protected void prefill(DelegateTask task) {
        InstitutionMeetings.PlanForm form =
            meetings.planForm(
                PeriodVariables.PERIOD.get(task),
                PeriodVariables.YEAR.get(task),
                InstitutionMeetingVariables.COMMITTEE.get(task));
        task.setVariableLocal(InstitutionMeetingFields.INFO, form.info());
        task.setVariableLocal(
            InstitutionMeetingFields.UNIT_OPTIONS,
            SpinValues.jsonValue(form.unitOptionsJson()).create());
        task.setVariableLocal(InstitutionMeetingFields.MEETINGS, null);
      }

      @Override
      protected void submit(DelegateTask task) {
        meetings.plan(
            PeriodVariables.PERIOD.get(task),
            PeriodVariables.YEAR.get(task),
            InstitutionMeetingVariables.COMMITTEE.get(task),
            task.getVariable(InstitutionMeetingFields.MEETINGS),
            TaskForms.actor(task));
      }
    };
  }

  /** "Sæt dagsordenen for mødet" (the committee's secretariat). */
  @Bean
  FormTaskListener prepareMeetingAgendaTaskListener(InstitutionMeetings meetings) {
    return new FormTaskListener(InstitutionMeetingVariables.PROCESS_SCOPE) {
      @Override
      protected void prefill(DelegateTask task) {
        long meetingId = meetingId(task);
        task.setVariableLocal(SUBJECT, meetings.meeting(meetingId).getTitle());
        task.setVariableLocal(InstitutionMeetingFields.INFO, meetings.agendaInfo(meetingId));
        task.setVariableLocal(
            InstitutionMeetingFields.AGENDA,
            SpinValues.jsonValue(meetings.agendaTemplateJson()).create());
        task.setVariableLocal(InstitutionMeetingFields.NOTHING_AT_STAKE.key(), false);
      }

      @Override
      protected void submit(DelegateTask task) {
        meetings.setAgenda(
            meetingId(task),
            task.getVariable(InstitutionMeetingFields.AGENDA),
            task.getVariable(InstitutionMeetingFields.NOTHING_AT_STAKE.key()),
            TaskForms.actor(task));
      }
    };
  }

  /** "Fortæl om stedet og det daglige arbejde" (the host institution's leader). */
  @Bean
  FormTaskListener presentInstitutionTaskListener(InstitutionMeetings meetings) {
    return new FormTaskListener(InstitutionMeetingVariables.PROCESS_SCOPE) {
      @Override
      protected void prefill(DelegateTask task) {
        long meetingId = meetingId(task);
        task.setVariableLocal(SUBJECT, meetings.meeting(meetingId).getTitle());
        String code =
            meetings
                .codeOf(meetingId)
                .map(
                    c ->
                        "\n**Kodeks for samarbejde** står først på dagsordenen. Har du ikke"
                            + " tilsluttet dig "
                            + c.label()
                            + " i denne valgperiode, gør du det her.\n")
                .orElse("");
        task.setVariableLocal(
            InstitutionMeetingFields.INFO,
            meetings.meetingInfo(meetingId)
                + "\nUdvalget holder mødet hos jer. Fortæl, hvem der fortæller om stedet og det"
                + " daglige arbejde (lederen eller en medarbejder), og hvad I vil vise udvalget."
                + " Det handler ikke om at give den gode eller den dårlige historie, men et"
                + " indblik i jeres virkelighed.\n"
                + code);
        task.setVariableLocal(InstitutionMeetingFields.PRESENTER.key(), null);
        task.setVariableLocal(InstitutionMeetingFields.PRESENTATION.key(), null);
        task.setVariableLocal(InstitutionMeetingFields.ACKNOWLEDGE.key(), false);
      }

      @Override
      protected void submit(DelegateTask task) {
        meetings.present(
            meetingId(task),
            task.getVariable(InstitutionMeetingFields.PRESENTER.key()),
            task.getVariable(InstitutionMeetingFields.PRESENTATION.key()),
            task.getVariable(InstitutionMeetingFields.ACKNOWLEDGE.key()),
            TaskForms.actor(task));
      }
    };
  }

  /** "Registrér dialogmødet" (the committee's secretariat), after the meeting day. */
  @Bean
  FormTaskListener registerInstitutionMeetingTaskListener(InstitutionMeetings meetings) {
    return new FormTaskListener(InstitutionMeetingVariables.PROCESS_SCOPE) {
      @Override
      protected void prefill(DelegateTask task) {
        long meetingId = meetingId(task);
        task.setVariableLocal(SUBJECT, meetings.meeting(meetingId).getTitle());
        task.setVariableLocal(
            InstitutionMeetingFields.INFO,
            meetings.meetingInfo(meetingId)
                + "\nRegistrér mødet: hvornår det blev holdt, hvem der deltog, hvem der på mødet"
                + " tilsluttede sig kodeks for samarbejde (kun deltagere, der ikke har gjort det i"
                + " valgperioden, står på listen), og referatet.\n");
        task.setVariableLocal(
            InstitutionMeetingFields.HELD_ON.key(),
            meetings.meeting(meetingId).getPlannedDate().toString());
        task.setVariableLocal(
            InstitutionMeetingFields.PARTICIPANT_OPTIONS,
            SpinValues.jsonValue(meetings.participantOptionsJson(meetingId, false)).create());
        task.setVariableLocal(
            InstitutionMeetingFields.NOT_ACKNOWLEDGED_OPTIONS,
            SpinValues.jsonValue(meetings.participantOptionsJson(meetingId, true)).create());
        task.setVariableLocal(InstitutionMeetingFields.ATTENDEES.key(), null);
        task.setVariableLocal(InstitutionMeetingFields.ACKNOWLEDGED_AT_MEETING.key(), null);
        task.setVariableLocal(InstitutionMeetingFields.MINUTES.key(), null);
      }

      @Override
      protected void submit(DelegateTask task) {
        meetings.registerHeld(
            meetingId(task),
            task.getVariable(InstitutionMeetingFields.HELD_ON.key()),
            task.getVariable(InstitutionMeetingFields.ATTENDEES.key()),
            task.getVariable(InstitutionMeetingFields.ACKNOWLEDGED_AT_MEETING.key()),
            task.getVariable(InstitutionMeetingFields.MINUTES.key()),
            TaskForms.actor(task));
      }
    };
  }

  private static long meetingId(DelegateTask task) {
    return ((Number) task.getVariable(InstitutionMeetingVariables.MEETING_ID)).longValue();
  }
}
