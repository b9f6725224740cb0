package dk.aarshjul.measure;

import java.util.List;
import java.util.Optional;

/** A published indicator with its values per year (oldest first), from published imports only. */
public record IndicatorSeries(Indicator indicator, List<MeasuredValue> values) {

  /** The value of the indicator's baseline year, when it has been published. */
  public Optional<MeasuredValue> baseline() {
    return values.stream().filter(v -> v.year() == indicator.getBaselineYear()).findFirst();
  }

  /** The newest value after the baseline year. */
  public Optional<MeasuredValue> latest() {
    return values.stream()
        .filter(v -> v.year() > indicator.getBaselineYear())
        .reduce((first, second) -> second);
  }
}
