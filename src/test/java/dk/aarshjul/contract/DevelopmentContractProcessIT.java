package dk.aarshjul.contract;

import dk.aarshjul.it.OnPostgres;

/** Every path of {@link DevelopmentContractProcessTest} on PostgreSQL. */
@OnPostgres
class DevelopmentContractProcessIT extends DevelopmentContractProcessTest {}
