package dk.aarshjul.access;

import dk.aarshjul.it.OnPostgres;

/** The process-layer holes of issue 13 on PostgreSQL. */
@OnPostgres
class ProcessLayerAttackIT extends ProcessLayerAttackTest {}
