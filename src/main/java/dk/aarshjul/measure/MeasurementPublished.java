package dk.aarshjul.measure;

/**
 * Something of a period's measurement became public: its indicators, or an import's values. Read
 * models of the public pages rebuild on it (after the publishing transaction commits).
 *
 * @param periodId the period whose measurement was published
 */
public record MeasurementPublished(long periodId) {}
