package dk.aarshjul.dialogue;

import dk.aarshjul.it.OnPostgres;

/** Every path of {@link ContractDialogueProcessTest} on PostgreSQL. */
@OnPostgres
class ContractDialogueProcessIT extends ContractDialogueProcessTest {}
