package dk.aarshjul.access;

import dk.aarshjul.it.OnPostgres;

/** Every client error of engine-rest on PostgreSQL: Danish, 4xx, never SQL. */
@OnPostgres
class ClientErrorsIT extends ClientErrorsTest {}
