package dk.aarshjul.operations;

import dk.aarshjul.it.OnPostgres;

/** The operations endpoints and the cycle's gauges (their grouped queries) on PostgreSQL. */
@OnPostgres
class OperationsEndpointsIT extends OperationsEndpointsTest {}
