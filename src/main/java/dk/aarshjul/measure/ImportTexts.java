package dk.aarshjul.measure;

import dk.aarshjul.process.DanishText;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.PlainText;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** What the import and review forms show, as markdown (every user text escaped). */
final class ImportTexts {

  private ImportTexts() {}

  static String value(BigDecimal value, MeasureUnit unit) {
    return DanishNumber.format(value) + unit.suffix();
  }

  /** The import task: what to paste, in which format; the reviewer's reason after a rejection. */
  static String importInfo(
      ImportKind kind,
      Integer surveyYear,
      String periodName,
      DataImport rejected,
      String rejectedByName) {
    StringBuilder text = new StringBuilder();
    if (kind == ImportKind.SURVEY) {
      text.append("### Borgermålingen ")
          .append(surveyYear)
          .append(" (")
          .append(periodName)
          .append(")\n\n")
          .append(
              "Indsæt de samlede resultater fra borgermålingen (ikke enkeltbesvarelser): en linje pr. ")
          .append(
              "spørgsmål og svar med kolonnerne **spørgsmål;antal svar;svar;andel**, adskilt af semikolon ")
          .append(
              "eller tabulator (kopiér direkte fra Excel). Andelen er procent med decimalkomma; andelene for et ")
          .append(
              "spørgsmål skal give 100. Udsagnene om sammenhæng på tværs er spørgsmål som de andre.\n\n")
          .append("    spørgsmål;antal svar;svar;andel\n")
          .append("    Hvor ofte føler du dig ensom?;3812;Ofte;7,9\n")
          .append("    Hvor ofte føler du dig ensom?;3812;Af og til;21,4\n");
    } else {
      text.append("### Registerdata (")
          .append(periodName)
          .append(")\n\n")
          .append("Indsæt værdierne fra registrene: en linje pr. indikator og år med kolonnerne ")
          .append(
              "**indikator;år;værdi**, adskilt af semikolon eller tabulator. Indikatoren skal hedde som ")
          .append("i målingen; tal skrives med decimalkomma.\n\n")
          .append("    indikator;år;værdi\n")
          .append("    Indbyggertal;2027;97.512\n");
    }
    text.append(
            "\nHele filen kontrolleres, før noget gemmes. Efter indlæsningen kontrollerer en anden i ")
        .append("teamet tallene, før de vises på Sammenhængsbarometeret.");
    if (rejected != null && rejected.getStatus() == ImportStatus.REJECTED) {
      text.append("\n\n**Den forrige fil blev afvist af ")
          .append(PlainText.markdown(rejectedByName))
          .append(":** ")
          .append(PlainText.markdown(rejected.getReviewComment()));
    }
    return DanishText.cutToVariable(text.toString(), "…");
  }

  /** The review task: per indicator what the file holds beside what is published today. */
  static String review(Measurements.ImportReview review, String importerName) {
    DataImport data = review.data();
    StringBuilder text = new StringBuilder();
    text.append("### ")
        .append(data.getKind().label())
        .append(data.getSurveyYear() == null ? "" : " " + data.getSurveyYear())
        .append(": ")
        .append(PlainText.markdown(data.getFileName()))
        .append("\n\n")
        .append(data.getRowCount())
        .append(" linjer indlæst af ")
        .append(PlainText.markdown(importerName))
        .append(" den ")
        .append(FormValues.longDate(data.getImportedAt()))
        .append(". Intet vises offentligt, før du offentliggør")
        .append(
            review.lines().stream().anyMatch(line -> !line.indicator().isPublished())
                ? "; målingen af målsætningerne (tabellen nedenfor) offentliggøres samtidig.\n\n"
                : ".\n\n")
        .append("| Målepunkt | I filen | Offentliggjort i dag |\n|---|---|---|\n");
    for (Measurements.ReviewLine line : review.lines()) {
      Indicator indicator = line.indicator();
      text.append("| ")
          .append(PlainText.markdown(indicator.getLabel()))
          .append(" | ")
          .append(values(line.imported(), indicator.getUnit(), "**mangler i filen**"))
          .append(" | ")
          .append(values(line.published(), indicator.getUnit(), "–"))
          .append(" |\n");
    }
    if (!review.unusedQuestions().isEmpty()) {
      text.append("\nSpørgsmål i filen, som ingen målsætning bruger (de gemmes, men vises ikke): ")
          .append(
              review.unusedQuestions().stream()
                  .map(PlainText::markdown)
                  .collect(Collectors.joining("; ")))
          .append(".");
    }
    return DanishText.cutToVariable(text.toString(), "\n\n… (listen er forkortet)");
  }

  private static String values(List<MeasuredValue> values, MeasureUnit unit, String none) {
    return values.isEmpty()
        ? none
        : values.stream()
            .map(v -> v.year() + ": " + value(v.value(), unit))
            .collect(Collectors.joining(", "));
  }
}
