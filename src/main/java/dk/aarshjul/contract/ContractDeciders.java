package dk.aarshjul.contract;

import org.springframework.stereotype.Component;

/**
 * Who decides on a contract, from Årshjul's tables: the candidate groups of
 * development-contract.bpmn ({@code ${contractDeciders.holder(contractId)}}, …), evaluated again
 * when the task is completed (by the access rules' {@code DecidingGroupCheck}).
 */
@Component("contractDeciders")
public class ContractDeciders {

  private final ContractService contracts;
  private final TermAgreements termAgreements;

  public ContractDeciders(ContractService contracts, TermAgreements termAgreements) {
    this.contracts = contracts;
    this.termAgreements = termAgreements;
  }

  /**
   * Who writes a term agreement's goals: the unit's leader, or its committee's secretariat when the
   * committee (or the unit's area) chose the administration as pen holder.
   */
  public String penHolder(Long contractId) {
    return termAgreements.penHolderGroup(contractId);
  }

  /** Who reviews term goals after a budget adoption: the pen holder of the agreement's unit. */
  public String reviewer(Long agreementReviewId) {
    return termAgreements.reviewPenHolderGroup(agreementReviewId);
  }

  /** Who approves an adjustment of term goals: whoever approved the agreement. */
  public String adjustmentApprover(Long agreementReviewId) {
    return termAgreements.reviewApproverGroup(agreementReviewId);
  }

  /** The contract holder group of the contract's unit, e.g. "kontraktholder-gl-rye". */
  public String holder(Long contractId) {
    return contracts.holderGroup(contractId);
  }

  /**
   * The approver the deployed contract-approver DMN named when the contract was submitted (stored
   * on the contract).
   */
  public String approver(Long contractId) {
    return contracts.approverGroup(contractId);
  }

  /** A body to hear on the contract: only the board or works council of the contract's own unit. */
  public String stakeholder(Long contractId, String stakeholderGroup) {
    return contracts.stakeholderGroup(contractId, stakeholderGroup);
  }
}
