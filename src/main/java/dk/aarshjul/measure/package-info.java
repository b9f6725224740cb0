/**
 * Measurements of a period's goals: how each goal is measured (register data or a citizen-survey
 * question, baseline, target, which direction is better) and the imported data – aggregated survey
 * results and register values – validated as a whole, reviewed by a second person and only then
 * published. The public barometer reads published data only ({@link
 * dk.aarshjul.measure.PublishedMeasurements}).
 */
package dk.aarshjul.measure;
