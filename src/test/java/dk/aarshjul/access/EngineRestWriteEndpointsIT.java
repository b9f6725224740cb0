package dk.aarshjul.access;

import dk.aarshjul.it.OnPostgres;

/** Every engine-rest write endpoint as a contract holder, on PostgreSQL. */
@OnPostgres
class EngineRestWriteEndpointsIT extends EngineRestWriteEndpointsTest {}
