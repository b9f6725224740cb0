package dk.aarshjul.models.viborg;

import dk.aarshjul.it.OnPostgres;

/** Every path of {@link SamLabProcessTest} on PostgreSQL. */
@OnPostgres
class SamLabProcessIT extends SamLabProcessTest {}
