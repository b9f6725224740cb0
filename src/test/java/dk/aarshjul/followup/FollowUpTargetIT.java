package dk.aarshjul.followup;

import dk.aarshjul.it.OnPostgres;

/** {@link FollowUpTargetTest} on PostgreSQL. */
@OnPostgres
class FollowUpTargetIT extends FollowUpTargetTest {}
