package dk.aarshjul.dialogue;

import dk.aarshjul.it.OnPostgres;

/** Every path of {@link DialogueTasklistRestFlowTest} on PostgreSQL. */
@OnPostgres
class DialogueTasklistRestFlowIT extends DialogueTasklistRestFlowTest {}
