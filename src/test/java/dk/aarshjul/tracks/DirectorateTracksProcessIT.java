package dk.aarshjul.tracks;

import dk.aarshjul.it.OnPostgres;

/** Every path of {@link DirectorateTracksProcessTest} on PostgreSQL. */
@OnPostgres
class DirectorateTracksProcessIT extends DirectorateTracksProcessTest {}
