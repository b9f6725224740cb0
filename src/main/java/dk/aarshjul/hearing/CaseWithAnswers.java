package dk.aarshjul.hearing;

import static dk.aarshjul.hearing.HearingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * What the agenda form and the decision form both show: the case, and every hearing's answer or
 * that it was not answered in time, per unit.
 */
final class CaseWithAnswers {

  private CaseWithAnswers() {}

  static void show(DelegateTask task, CommitteeCases cases, long caseId) {
    task.setVariableLocal(CASE_INFO, cases.caseInfo(caseId));
    task.setVariableLocal(ANSWERS_INFO, cases.answersInfo(caseId));
    task.setVariableLocal(
        ANSWERS_BY_UNIT, SpinValues.jsonValue(cases.answersByUnitJson(caseId)).create());
  }
}
