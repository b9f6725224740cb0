package dk.aarshjul.access;

import dk.aarshjul.it.OnPostgres;

/** Every access rule of the matrix on PostgreSQL. */
@OnPostgres
class AccessMatrixIT extends AccessMatrixTest {}
