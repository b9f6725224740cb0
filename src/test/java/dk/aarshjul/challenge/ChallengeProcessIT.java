package dk.aarshjul.challenge;

import dk.aarshjul.it.OnPostgres;

/** Every path of {@link ChallengeProcessTest} on PostgreSQL. */
@OnPostgres
class ChallengeProcessIT extends ChallengeProcessTest {}
