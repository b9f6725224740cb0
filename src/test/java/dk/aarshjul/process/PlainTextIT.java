package dk.aarshjul.process;

import dk.aarshjul.it.OnPostgres;

/**
 * Text is plain text on PostgreSQL: a NUL is refused before the database sees it, and no answer
 * holds SQL.
 */
@OnPostgres
class PlainTextIT extends PlainTextTest {}
