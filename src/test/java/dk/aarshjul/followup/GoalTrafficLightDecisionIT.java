package dk.aarshjul.followup;

import dk.aarshjul.it.OnPostgres;

/** Every path of {@link GoalTrafficLightDecisionTest} on PostgreSQL. */
@OnPostgres
class GoalTrafficLightDecisionIT extends GoalTrafficLightDecisionTest {}
