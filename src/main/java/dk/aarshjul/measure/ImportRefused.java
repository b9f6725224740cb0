package dk.aarshjul.measure;

import java.util.List;

/** A file refused whole: one Danish message per line that is wrong. */
class ImportRefused extends RuntimeException {

  /** The most messages shown; the rest are counted. */
  static final int MAX_SHOWN = 30;

  private final transient List<String> problems;

  ImportRefused(List<String> problems) {
    super(String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  List<String> problems() {
    return problems;
  }

  /** The messages for the user: the first {@link #MAX_SHOWN}, then how many more there are. */
  String danishMessage() {
    StringBuilder message = new StringBuilder("Filen er ikke indlæst – intet er gemt. Ret ");
    message.append(problems.size() == 1 ? "fejlen" : "de " + problems.size() + " fejl");
    message.append(" og indsæt filen igen:");
    problems.stream().limit(MAX_SHOWN).forEach(problem -> message.append("\n• ").append(problem));
    if (problems.size() > MAX_SHOWN) {
      message.append("\n• … og ").append(problems.size() - MAX_SHOWN).append(" fejl mere.");
    }
    return message.toString();
  }
}
