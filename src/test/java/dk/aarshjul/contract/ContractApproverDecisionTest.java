package dk.aarshjul.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/** One test per rule of processes/contract-approver.dmn. */
@SpringBootTest
class ContractApproverDecisionTest {

  @Autowired DecisionService decisions;
  @Autowired ApproverRoleRepository approverRoles;
  @Autowired ContractService contracts;
  @Autowired ContractTestData testData;

  @Test
  void shouldLetDirectorateApproveStaffFunctions() {
    assertThat(approver("stab-oekonomi", "stab")).isEqualTo("direktion");
  }

  @Test
  void shouldLetCommitteeSecretariatApproveSchoolsInChildrenAndYouth() {
    assertThat(approver("boern-unge", "skole")).isEqualTo("udvalgssekretariat");
  }

  @Test
  void shouldLetTheCommitteeApproveGoalsForATermAndTheDirectorateStaffUnits() {
    // Given goals for an election term (Hvidovre), whatever the area and unit type
    // Then the unit's committee approves them, except a staff unit's: the directorate
    assertThat(approver("boern-unge", "skole", "valgperiode")).isEqualTo("udvalg");
    assertThat(approver("aeldre-handicap", "plejecenter", "valgperiode")).isEqualTo("udvalg");
    assertThat(approver("stab-oekonomi", "stab", "valgperiode")).isEqualTo("direktion");
  }

  @Test
  void shouldLetTheCommitteeApproveAnUdviklingsaftaleAndTheDirectorateStaffUnits() {
    // Given an udviklingsaftale between committee and unit for a budget year (Slagelse)
    // Then the unit's committee approves it whatever the area and unit type – the school in Børn og
    // Unge too, whose development contract its area's secretariat approves – except a staff unit's
    assertThat(approver("boern-unge", "skole", "budgetaar", "udviklingsaftale"))
        .isEqualTo("udvalg");
    assertThat(approver("aeldre-handicap", "plejecenter", "budgetaar", "udviklingsaftale"))
        .isEqualTo("udvalg");
    assertThat(approver("stab-oekonomi", "stab", "budgetaar", "udviklingsaftale"))
        .isEqualTo("direktion");
    // and the other templates keep their approvers
    assertThat(approver("boern-unge", "skole", "budgetaar", "udviklingskontrakt"))
        .isEqualTo("udvalgssekretariat");
    assertThat(approver("boern-unge", "dagtilbud", "budgetaar", "udviklingskontrakt"))
        .isEqualTo("koncernchef");
    assertThat(approver("boern-unge", "dagtilbud", "valgperiode", "maalskabelon"))
        .isEqualTo("udvalg");
  }

  @Test
  void shouldLetGroupChiefApproveOtherUnits() {
    assertThat(approver("boern-unge", "dagtilbud")).isEqualTo("koncernchef");
    assertThat(approver("aeldre-handicap", "plejecenter")).isEqualTo("koncernchef");
  }

  @Test
  void shouldKnowTheGroupOfEveryRoleTheDecisionCanName() {
    // Given the roles the deployed decision may name (its output values)
    List<String> outputValues = List.of("koncernchef", "direktion", "udvalgssekretariat", "udvalg");

    // Then every one of them is a row of the approver roles, so no approval ends in an incident
    assertThat(approverRoles.findAll()).extracting(ApproverRole::getCode).containsAll(outputValues);
  }

  @Test
  @Transactional
  void shouldLetTheUnitsCommitteeApproveWhenTheDecisionNamesIt() {
    // Given Gl. Rye's contract (the school answers to the children and schools committee)
    int year = testData.newYear();
    DevelopmentContract contract = contracts.start(year, "gl-rye");

    // When the decision names the committee
    String group = contracts.submitForApproval(contract.getId(), "udvalg");

    // Then the committee's secretariat registers the decision, and the other roles resolve from the
    // unit's area
    assertThat(group).isEqualTo("udvalgssekretariat-boerne-og-undervisningsudvalget");
    assertThat(approverRoles.findById("koncernchef").orElseThrow().groupFor(contract.getUnit()))
        .isEqualTo("koncernchef-boern-unge");
    assertThat(approverRoles.findById("direktion").orElseThrow().groupFor(contract.getUnit()))
        .isEqualTo("direktion");
  }

  private String approver(String areaCode, String unitType) {
    return approver(areaCode, unitType, "budgetaar");
  }

  private String approver(String areaCode, String unitType, String periodKind) {
    return decisions
        .evaluateDecisionTableByKey(
            "contract-approver",
            Variables.createVariables()
                .putValue(ContractVariables.AREA_CODE, areaCode)
                .putValue(ContractVariables.UNIT_TYPE, unitType)
                .putValue(ContractVariables.COMMITTEE_CODE, "oekonomiudvalget")
                .putValue(ContractVariables.PERIOD_KIND, periodKind))
        .getSingleEntry();
  }

  private String approver(String areaCode, String unitType, String periodKind, String template) {
    return decisions
        .evaluateDecisionTableByKey(
            "contract-approver",
            Variables.createVariables()
                .putValue(ContractVariables.AREA_CODE, areaCode)
                .putValue(ContractVariables.UNIT_TYPE, unitType)
                .putValue(ContractVariables.COMMITTEE_CODE, "oekonomiudvalget")
                .putValue(ContractVariables.PERIOD_KIND, periodKind)
                .putValue(ContractVariables.TEMPLATE_CODE, template))
        .getSingleEntry();
  }
}
