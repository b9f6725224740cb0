package dk.aarshjul.contract;

import dk.aarshjul.it.OnPostgres;

/** Every path of {@link GoalLineageTest} on PostgreSQL. */
@OnPostgres
class GoalLineageIT extends GoalLineageTest {}
