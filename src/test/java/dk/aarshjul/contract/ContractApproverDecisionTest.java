package dk.aarshjul.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** One test per rule of processes/contract-approver.dmn. */
@SpringBootTest
class ContractApproverDecisionTest {

  @Autowired DecisionService decisions;

  @Test
  void shouldLetDirectorateApproveStaffFunctions() {
    assertThat(approver("stab-oekonomi", "stab")).isEqualTo("direktion");
  }

  @Test
  void shouldLetCommitteeSecretariatApproveSchoolsInChildrenAndYouth() {
    assertThat(approver("boern-unge", "skole")).isEqualTo("udvalgssekretariat");
  }

  @Test
  void shouldLetGroupChiefApproveOtherUnits() {
    assertThat(approver("boern-unge", "dagtilbud")).isEqualTo("koncernchef");
    assertThat(approver("aeldre-handicap", "plejecenter")).isEqualTo("koncernchef");
  }

  private String approver(String areaCode, String unitType) {
    return decisions.evaluateDecisionTableByKey("contract-approver",
            Variables.createVariables().putValue(ContractVariables.AREA_CODE, areaCode).putValue(ContractVariables.UNIT_TYPE, unitType))
        .getSingleEntry();
  }
}
