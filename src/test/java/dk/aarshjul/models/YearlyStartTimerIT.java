package dk.aarshjul.models;

import dk.aarshjul.it.OnPostgres;

/** Every path of {@link YearlyStartTimerTest} on PostgreSQL. */
@OnPostgres
class YearlyStartTimerIT extends YearlyStartTimerTest {}
