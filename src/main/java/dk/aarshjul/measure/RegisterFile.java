package dk.aarshjul.measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A register-data file: one line per indicator and year with its value. Every indicator must be one
 * of the period's register indicators and every year within the years they are measured; the whole
 * file is checked before anything is stored.
 */
final class RegisterFile {

  static final List<String> COLUMNS = List.of("indikator", "år", "værdi");
  static final BigDecimal MAX_VALUE = new BigDecimal("99999999999999");

  record Row(int line, String code, int year, BigDecimal value) {}

  private RegisterFile() {}

  /**
   * @param codes the period's register indicators (as named in the file)
   * @param firstYear the earliest baseline year of the period's indicators
   * @param lastYear the period's last year
   */
  static List<Row> parse(String text, Set<String> codes, int firstYear, int lastYear) {
    CsvTable table = CsvTable.read(text, COLUMNS);
    Map<String, String> known = new HashMap<>();
    codes.forEach(code -> known.put(SurveyFile.key(code), code));
    List<String> problems = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (CsvTable.Line line : table.lines()) {
      String prefix = "Linje " + line.number() + ": ";
      String codeText = line.fields().get(0);
      String yearText = line.fields().get(1);
      String valueText = line.fields().get(2);
      int before = problems.size();
      String code = known.get(SurveyFile.key(codeText));
      if (codeText.isEmpty()) {
        problems.add(prefix + "'indikator' mangler.");
      } else if (code == null) {
        problems.add(
            prefix
                + "indikatoren '"
                + codeText
                + "' er ikke en af periodens registerindikatorer ("
                + String.join(", ", codes.stream().sorted().toList())
                + ").");
      }
      Integer year = DanishNumber.whole(yearText.replace(".", "x")).orElse(null);
      if (year == null || year < firstYear || year > lastYear) {
        problems.add(
            prefix
                + "'år' skal være et år fra "
                + firstYear
                + " til "
                + lastYear
                + " (fandt '"
                + yearText
                + "').");
      }
      BigDecimal value = DanishNumber.decimal(valueText).orElse(null);
      if (value == null
          || value.abs().compareTo(MAX_VALUE) > 0
          || value.stripTrailingZeros().scale() > 2) {
        problems.add(
            prefix
                + "'værdi' skal være et tal med højst to decimaler, fx 96.921 eller 72,4 (fandt '"
                + valueText
                + "').");
      }
      if (problems.size() == before) {
        Integer earlier = seen.putIfAbsent(code + "|" + year, line.number());
        if (earlier != null) {
          problems.add(
              prefix + "'" + code + "' i " + year + " står allerede på linje " + earlier + ".");
        } else {
          rows.add(new Row(line.number(), code, year, value));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ImportRefused(problems);
    }
    return rows;
  }
}
