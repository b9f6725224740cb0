package dk.aarshjul.followup;

import dk.aarshjul.it.OnPostgres;

/** Every path of {@link FollowUpOnBarometerTest} on PostgreSQL. */
@OnPostgres
class FollowUpOnBarometerIT extends FollowUpOnBarometerTest {}
