package dk.aarshjul.measure;

import dk.aarshjul.it.OnPostgres;

/**
 * Every path of {@link ImportDataProcessTest} on PostgreSQL, where a pasted file far longer than a
 * String variable must still never reach the engine's tables.
 */
@OnPostgres
class ImportDataProcessIT extends ImportDataProcessTest {}
