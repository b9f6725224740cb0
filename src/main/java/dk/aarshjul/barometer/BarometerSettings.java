package dk.aarshjul.barometer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public barometer's settings (aarshjul.barometer.*): the municipality's name on the pages and
 * where citizens report accessibility problems.
 *
 * @param municipality the name shown in the header, e.g. "Viborg Kommune"
 * @param contactEmail where the accessibility statement sends feedback
 * @param statementReviewed when the accessibility statement was last reviewed (yyyy-mm-dd)
 * @param followUp whether the agreements' approved follow-up status is published too (Skanderborg's
 *     and Hvidovre's models)
 */
@ConfigurationProperties("aarshjul.barometer")
record BarometerSettings(
    String municipality, String contactEmail, String statementReviewed, boolean followUp) {

  BarometerSettings {
    municipality = municipality == null || municipality.isBlank() ? "Kommunen" : municipality;
    contactEmail =
        contactEmail == null || contactEmail.isBlank() ? "kommunen@example.dk" : contactEmail;
    statementReviewed =
        statementReviewed == null || statementReviewed.isBlank() ? "2026-12-07" : statementReviewed;
  }
}
