package dk.aarshjul.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CSV file as the administration exports it from Excel or a survey provider: separated by
 * semicolons or tabs (Danish Excel; a copy from a spreadsheet), fields optionally in double quotes
 * (a doubled quote inside), a first line of column names, blank lines ignored. Commas do not
 * separate: they are Danish decimal commas.
 */
record CsvTable(List<String> header, List<Line> lines) {

  /** The most lines one file may have (a municipality's survey has a few hundred). */
  static final int MAX_LINES = 20_000;

  /** One data line with its number in the file (the header is line 1). */
  record Line(int number, List<String> fields) {}

  /**
   * Reads the text; a file that cannot be read as a table is refused whole with Danish messages.
   */
  static CsvTable read(String text, List<String> expectedHeader) {
    if (text == null || text.isBlank()) {
      throw new ImportRefused(List.of("Filen er tom. Indsæt indholdet af CSV-filen."));
    }
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] raw = content.split("\r\n|\n|\r", -1);
    if (raw.length > MAX_LINES + 1) {
      throw new ImportRefused(
          List.of(
              "Filen har "
                  + raw.length
                  + " linjer; højst "
                  + MAX_LINES
                  + " kan indlæses ad gangen."));
    }
    int first = 0;
    while (first < raw.length && raw[first].isBlank()) {
      first++;
    }
    char separator = raw[first].indexOf('\t') >= 0 ? '\t' : ';';
    List<String> header;
    try {
      header = split(raw[first], separator).stream().map(CsvTable::normalised).toList();
    } catch (IllegalArgumentException unbalanced) {
      throw new ImportRefused(List.of("Linje " + (first + 1) + ": " + unbalanced.getMessage()));
    }
    List<String> expected = expectedHeader.stream().map(CsvTable::normalised).toList();
    if (!header.equals(expected)) {
      throw new ImportRefused(
          List.of(
              "Linje "
                  + (first + 1)
                  + ": kolonnerne skal være '"
                  + String.join(";", expectedHeader)
                  + "' (adskilt af semikolon eller tabulator), men er '"
                  + String.join(";", header)
                  + "'."));
    }
    List<Line> lines = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = first + 1; i < raw.length; i++) {
      if (raw[i].isBlank()) {
        continue;
      }
      try {
        List<String> fields = split(raw[i], separator);
        if (fields.size() != expected.size()) {
          problems.add(
              "Linje "
                  + (i + 1)
                  + ": har "
                  + fields.size()
                  + " felter, men skal have "
                  + expected.size()
                  + " ("
                  + String.join(";", expectedHeader)
                  + ").");
        } else {
          lines.add(new Line(i + 1, fields));
        }
      } catch (IllegalArgumentException unbalanced) {
        problems.add("Linje " + (i + 1) + ": " + unbalanced.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new ImportRefused(problems);
    }
    if (lines.isEmpty()) {
      throw new ImportRefused(List.of("Filen har kun kolonnenavne og ingen data."));
    }
    return new CsvTable(header, lines);
  }

  private static String normalised(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  private static List<String> split(String line, char separator) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        field.setLength(0);
        quoted = true;
      } else if (c == separator) {
        fields.add(field.toString().strip());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("et felt i anførselstegn (\") slutter ikke på linjen.");
    }
    fields.add(field.toString().strip());
    return fields;
  }
}
