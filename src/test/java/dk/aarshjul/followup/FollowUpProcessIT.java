package dk.aarshjul.followup;

import dk.aarshjul.it.OnPostgres;

/** Every path of {@link FollowUpProcessTest} on PostgreSQL. */
@OnPostgres
class FollowUpProcessIT extends FollowUpProcessTest {}
