package dk.aarshjul.reporting;

import dk.aarshjul.followup.TrafficLight;

/**
 * Red/yellow/green goals of the approved reports in a scope, and how many reports are approved or
 * missing.
 */
public record StatusCounts(
    int red, int yellow, int green, int reportsApproved, int reportsMissing) {

  static final StatusCounts NONE = new StatusCounts(0, 0, 0, 0, 0);

  StatusCounts plus(StatusCounts other) {
    return new StatusCounts(
        red + other.red,
        yellow + other.yellow,
        green + other.green,
        reportsApproved + other.reportsApproved,
        reportsMissing + other.reportsMissing);
  }

  /** E.g. "🟢 3 grønne · 🟡 1 gul · 🔴 0 røde · 1 rapport mangler". */
  String display() {
    return TrafficLight.GROEN.symbol()
        + " "
        + green
        + (green == 1 ? " grøn" : " grønne")
        + " · "
        + TrafficLight.GUL.symbol()
        + " "
        + yellow
        + (yellow == 1 ? " gul" : " gule")
        + " · "
        + TrafficLight.ROED.symbol()
        + " "
        + red
        + (red == 1 ? " rød" : " røde")
        + " · "
        + reportsMissing
        + (reportsMissing == 1 ? " rapport mangler" : " rapporter mangler");
  }
}
