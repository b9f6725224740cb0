package dk.aarshjul.contract;

import dk.aarshjul.it.OnPostgres;

/** Every path of {@link AgreementProcessTest} on PostgreSQL. */
@OnPostgres
class AgreementProcessIT extends AgreementProcessTest {}
