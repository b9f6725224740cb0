package dk.aarshjul.measure;

import java.math.BigDecimal;

/**
 * An indicator's value in a year; for a survey question also how many answered it.
 *
 * @param importId the published import it comes from
 */
public record MeasuredValue(int year, BigDecimal value, Integer respondents, long importId) {}
