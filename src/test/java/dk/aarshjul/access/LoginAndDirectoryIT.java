package dk.aarshjul.access;

import dk.aarshjul.it.OnPostgres;

/** Login throttling, the user directory, password checks and own profiles on PostgreSQL. */
@OnPostgres
class LoginAndDirectoryIT extends LoginAndDirectoryTest {}
