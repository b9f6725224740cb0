package dk.aarshjul.followup;

import dk.aarshjul.it.OnPostgres;

/** Every path of {@link FollowUpRollUpTest} on PostgreSQL. */
@OnPostgres
class FollowUpRollUpIT extends FollowUpRollUpTest {}
