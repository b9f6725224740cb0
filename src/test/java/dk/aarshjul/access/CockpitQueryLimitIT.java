package dk.aarshjul.access;

import dk.aarshjul.it.OnPostgres;

/** {@link CockpitQueryLimitTest} on PostgreSQL. */
@OnPostgres
class CockpitQueryLimitIT extends CockpitQueryLimitTest {}
