package dk.aarshjul.contract;

import dk.aarshjul.it.OnPostgres;

/** Every path of {@link TasklistRestFlowTest} on PostgreSQL. */
@OnPostgres
class TasklistRestFlowIT extends TasklistRestFlowTest {}
