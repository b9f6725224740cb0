package dk.aarshjul.cycle;

import dk.aarshjul.it.OnPostgres;

/** Every path of {@link YearlyStartTimerTest} on PostgreSQL. */
@OnPostgres
class YearlyStartTimerIT extends YearlyStartTimerTest {}
