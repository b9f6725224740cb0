package dk.aarshjul.measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An aggregated citizen-survey file: one line per question and answer with the number of
 * respondents to the question and the share (percent) who gave the answer. The whole file is
 * checked before anything is stored; every wrong line gets a Danish message.
 */
final class SurveyFile {

  static final List<String> COLUMNS = List.of("spørgsmål", "antal svar", "svar", "andel");
  static final int MAX_QUESTION = 500;
  static final int MAX_ANSWER = 200;
  static final int MAX_RESPONDENTS = 1_000_000;

  /** How far a question's shares may add up from 100 (rounding). */
  static final BigDecimal TOLERANCE = new BigDecimal("1.0");

  record Row(int line, String question, int respondents, String answer, BigDecimal share) {}

  /** A line's share, counted in its question's sum also when another field of the line is wrong. */
  private record Share(int line, String question, BigDecimal share) {}

  private SurveyFile() {}

  static List<Row> parse(String text) {
    CsvTable table = CsvTable.read(text, COLUMNS);
    List<String> problems = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    List<Share> shares = new ArrayList<>();
    Set<String> wrongShares = new HashSet<>();
    for (CsvTable.Line line : table.lines()) {
      String prefix = "Linje " + line.number() + ": ";
      String question = line.fields().get(0);
      String respondentsText = line.fields().get(1);
      String answer = line.fields().get(2);
      String shareText = line.fields().get(3);
      int before = problems.size();
      if (question.isEmpty()) {
        problems.add(prefix + "'spørgsmål' mangler.");
      } else if (question.length() > MAX_QUESTION) {
        problems.add(prefix + "'spørgsmål' må højst have " + MAX_QUESTION + " tegn.");
      }
      Integer respondents = DanishNumber.whole(respondentsText).orElse(null);
      if (respondents == null || respondents < 1 || respondents > MAX_RESPONDENTS) {
        problems.add(
            prefix
                + "'antal svar' skal være et helt tal fra 1 til "
                + DanishNumber.format(BigDecimal.valueOf(MAX_RESPONDENTS))
                + " (fandt '"
                + respondentsText
                + "').");
      }
      if (answer.isEmpty()) {
        problems.add(prefix + "'svar' mangler.");
      } else if (answer.length() > MAX_ANSWER) {
        problems.add(prefix + "'svar' må højst have " + MAX_ANSWER + " tegn.");
      }
      BigDecimal share = DanishNumber.decimal(shareText).orElse(null);
      boolean shareOk =
          share != null
              && share.signum() >= 0
              && share.compareTo(BigDecimal.valueOf(100)) <= 0
              && share.stripTrailingZeros().scale() <= 2;
      if (!shareOk) {
        problems.add(
            prefix
                + "'andel' skal være en procent fra 0 til 100 med højst to decimaler, fx 7,9 (fandt '"
                + shareText
                + "').");
      }
      if (!question.isEmpty()) {
        if (!shareOk) {
          wrongShares.add(key(question));
        } else {
          shares.add(new Share(line.number(), question, share));
        }
      }
      if (problems.size() == before) {
        rows.add(new Row(line.number(), question, respondents, answer, share));
      }
    }
    problems.addAll(questionProblems(rows));
    problems.addAll(sumProblems(shares, wrongShares));
    if (!problems.isEmpty()) {
      throw new ImportRefused(problems);
    }
    return rows;
  }

  /** Per question: the same number of respondents on every line, no answer twice. */
  private static List<String> questionProblems(List<Row> rows) {
    List<String> problems = new ArrayList<>();
    Map<String, List<Row>> byQuestion = new LinkedHashMap<>();
    rows.forEach(
        row -> byQuestion.computeIfAbsent(key(row.question()), k -> new ArrayList<>()).add(row));
    for (List<Row> answers : byQuestion.values()) {
      Row first = answers.get(0);
      Map<String, Integer> seen = new HashMap<>();
      for (Row row : answers) {
        if (row.respondents() != first.respondents()) {
          problems.add(
              "Linje "
                  + row.line()
                  + ": 'antal svar' er "
                  + row.respondents()
                  + ", men "
                  + first.respondents()
                  + " på linje "
                  + first.line()
                  + " for samme spørgsmål.");
        }
        Integer earlier = seen.putIfAbsent(key(row.answer()), row.line());
        if (earlier != null) {
          problems.add(
              "Linje "
                  + row.line()
                  + ": svaret '"
                  + row.answer()
                  + "' står allerede på linje "
                  + earlier
                  + " for samme spørgsmål.");
        }
      }
    }
    return problems;
  }

  /**
   * Per question: the shares add up to 100 %. Every line with a valid share counts, also when
   * another of its fields is wrong (so the sum is the one in the file); a question with a wrong
   * share is not summed (that line is named already).
   */
  private static List<String> sumProblems(List<Share> shares, Set<String> wrongShares) {
    List<String> problems = new ArrayList<>();
    Map<String, List<Share>> byQuestion = new LinkedHashMap<>();
    shares.forEach(
        share ->
            byQuestion.computeIfAbsent(key(share.question()), k -> new ArrayList<>()).add(share));
    byQuestion.forEach(
        (question, lines) -> {
          if (wrongShares.contains(question)) {
            return;
          }
          BigDecimal sum =
              lines.stream().map(Share::share).reduce(BigDecimal.ZERO, BigDecimal::add);
          if (sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(TOLERANCE) > 0) {
            int first = lines.get(0).line();
            int last = lines.get(lines.size() - 1).line();
            problems.add(
                "Linje "
                    + (first == last ? String.valueOf(first) : first + "–" + last)
                    + ": andelene for spørgsmålet '"
                    + lines.get(0).question()
                    + "' giver "
                    + DanishNumber.format(sum)
                    + " %, men skal give 100 % (afrunding på højst 1 procentpoint).");
          }
        });
    return problems;
  }

  /** Questions and answers compare without case and repeated spaces. */
  static String key(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }
}
