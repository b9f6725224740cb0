package dk.aarshjul.hearing;

import dk.aarshjul.it.OnPostgres;

/** Every path of {@link CommitteeCaseHearingProcessTest} on PostgreSQL. */
@OnPostgres
class CommitteeCaseHearingProcessIT extends CommitteeCaseHearingProcessTest {}
