package dk.aarshjul.dialogue;

import dk.aarshjul.it.OnPostgres;

/** Every path of {@link DialoguePlanningTest} on PostgreSQL. */
@OnPostgres
class DialoguePlanningIT extends DialoguePlanningTest {}
