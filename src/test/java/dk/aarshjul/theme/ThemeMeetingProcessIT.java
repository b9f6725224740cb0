package dk.aarshjul.theme;

import dk.aarshjul.it.OnPostgres;

/** Every path of {@link ThemeMeetingProcessTest} on PostgreSQL. */
@OnPostgres
class ThemeMeetingProcessIT extends ThemeMeetingProcessTest {}
