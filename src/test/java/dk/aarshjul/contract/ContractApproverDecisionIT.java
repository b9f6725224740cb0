package dk.aarshjul.contract;

import dk.aarshjul.it.OnPostgres;

/** Every path of {@link ContractApproverDecisionTest} on PostgreSQL. */
@OnPostgres
class ContractApproverDecisionIT extends ContractApproverDecisionTest {}
