package dk.aarshjul.access;

import dk.aarshjul.it.OnPostgres;

/** engine-rest authentication and login throttling on PostgreSQL. */
@OnPostgres
class EngineRestAuthenticationIT extends EngineRestAuthenticationTest {}
