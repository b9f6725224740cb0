package dk.aarshjul.dialogue;

import dk.aarshjul.it.OnPostgres;

/** {@link AdjustmentRequiredTest} on PostgreSQL. */
@OnPostgres
class AdjustmentRequiredIT extends AdjustmentRequiredTest {}
