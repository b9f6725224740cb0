package dk.aarshjul.barometer;

import dk.aarshjul.it.OnPostgres;

/** Every path of {@link BarometerPagesTest} on PostgreSQL. */
@OnPostgres
class BarometerPagesIT extends BarometerPagesTest {}
