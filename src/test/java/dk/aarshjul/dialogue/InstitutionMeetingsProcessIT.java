package dk.aarshjul.dialogue;

import dk.aarshjul.it.OnPostgres;

/** Every path of {@link InstitutionMeetingsProcessTest} on PostgreSQL. */
@OnPostgres
class InstitutionMeetingsProcessIT extends InstitutionMeetingsProcessTest {}
