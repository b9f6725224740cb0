package dk.aarshjul.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules a citizen-survey file must meet before anything of it is stored. */
class SurveyFileTest {

  static final String GOOD =
      """
      spørgsmål;antal svar;svar;andel
      "Hvor ofte føler du dig ensom?";3.812;Ofte;7,9
      "Hvor ofte føler du dig ensom?";3.812;Af og til;21,4
      "Hvor ofte føler du dig ensom?";3.812;Sjældent eller aldrig;70,7
      "Kommunen sørger for, at mine sager hænger sammen, selv om flere afdelinger er involveret";3.790;Enig;41
      "Kommunen sørger for, at mine sager hænger sammen, selv om flere afdelinger er involveret";3.790;Hverken eller;30
      "Kommunen sørger for, at mine sager hænger sammen, selv om flere afdelinger er involveret";3.790;Uenig;29
      """;

  @Test
  void shouldReadAGoodFileWithDanishNumbersAndQuotedQuestions() {
    // When a survey export with quoted questions, thousands dots and decimal commas is read
    List<SurveyFile.Row> rows = SurveyFile.parse(GOOD);

    // Then every line is a row with its line number, respondents and share
    assertThat(rows).hasSize(6);
    assertThat(rows.get(0).line()).isEqualTo(2);
    assertThat(rows.get(0).question()).isEqualTo("Hvor ofte føler du dig ensom?");
    assertThat(rows.get(0).respondents()).isEqualTo(3812);
    assertThat(rows.get(0).share()).isEqualByComparingTo("7.9");
    assertThat(rows.get(3).question()).contains("flere afdelinger er involveret");
  }

  @Test
  void shouldReadCellsCopiedFromExcelAsTabSeparated() {
    // Given cells copied from a spreadsheet: tabs, Windows line ends, a byte order mark
    String pasted =
        "\uFEFFSpørgsmål\tAntal svar\tSvar\tAndel\r\n"
            + "Er du tilfreds med dit lokalmiljø?\t3812\tJa\t82,5%\r\n"
            + "Er du tilfreds med dit lokalmiljø?\t3812\tNej\t17,5%\r\n\r\n";

    // Then the file is read like a semicolon file; a trailing percent sign is allowed
    List<SurveyFile.Row> rows = SurveyFile.parse(pasted);
    assertThat(rows).extracting(SurveyFile.Row::answer).containsExactly("Ja", "Nej");
    assertThat(rows.get(1).share()).isEqualByComparingTo("17.5");
  }

  @Test
  void shouldRefuseAFileWithOtherColumns() {
    assertThat(problems("spørgsmål;svar;andel\nA;Ja;100\n"))
        .containsExactly(
            "Linje 1: kolonnerne skal være 'spørgsmål;antal svar;svar;andel' (adskilt af semikolon"
                + " eller tabulator), men er 'spørgsmål;svar;andel'.");
  }

  @Test
  void shouldRefuseAnEmptyFileAndAFileWithOnlyColumnNames() {
    assertThat(problems("  \n")).containsExactly("Filen er tom. Indsæt indholdet af CSV-filen.");
    assertThat(problems("spørgsmål;antal svar;svar;andel\n"))
        .containsExactly("Filen har kun kolonnenavne og ingen data.");
  }

  @Test
  void shouldNameEveryLineThatIsNotARowOfTheTable() {
    // Given a file with a line of three fields and a quote that is not closed
    String file =
        """
        spørgsmål;antal svar;svar;andel
        Spørgsmål A;100;Ja
        "Spørgsmål B;100;Ja;50
        Spørgsmål C;100;Ja;100
        """;

    // Then both lines are named
    assertThat(problems(file))
        .containsExactly(
            "Linje 2: har 3 felter, men skal have 4 (spørgsmål;antal svar;svar;andel).",
            "Linje 3: et felt i anførselstegn (\") slutter ikke på linjen.");
  }

  @Test
  void shouldNameEveryWrongValueWithItsLine() {
    // Given lines with a respondent count that is not a number or zero, a missing answer, a share
    // above 100 and one with three decimals
    String file =
        """
        spørgsmål;antal svar;svar;andel
        Spørgsmål C;mange;Ja;100
        Spørgsmål D;100;;100
        Spørgsmål E;100;Ja;120
        Spørgsmål F;100;Ja;12,345
        Spørgsmål G;0;Ja;100
        """;

    // Then each is named with its line and what was found
    assertThat(problems(file))
        .containsExactly(
            "Linje 2: 'antal svar' skal være et helt tal fra 1 til 1.000.000 (fandt 'mange').",
            "Linje 3: 'svar' mangler.",
            "Linje 4: 'andel' skal være en procent fra 0 til 100 med højst to decimaler, fx 7,9"
                + " (fandt '120').",
            "Linje 5: 'andel' skal være en procent fra 0 til 100 med højst to decimaler, fx 7,9"
                + " (fandt '12,345').",
            "Linje 6: 'antal svar' skal være et helt tal fra 1 til 1.000.000 (fandt '0').");
  }

  @Test
  void shouldRefuseAQuestionWhoseSharesDoNotAddUpTo100() {
    String file =
        """
        spørgsmål;antal svar;svar;andel
        Føler du dig ensom?;500;Ofte;10
        Føler du dig ensom?;500;Sjældent;85,5
        Er du glad?;500;Ja;60,4
        Er du glad?;500;Nej;40
        """;
    assertThat(problems(file))
        .containsExactly(
            "Linje 2–3: andelene for spørgsmålet 'Føler du dig ensom?' giver 95,5 %, men skal give"
                + " 100 % (afrunding på højst 1 procentpoint).");
  }

  @Test
  void shouldAddUpTheSharesInTheFileAlsoWhenAnotherFieldOfALineIsWrong() {
    // Given a question whose second line has a respondent count that is not a number, and a
    // question with a single line
    String file =
        """
        spørgsmål;antal svar;svar;andel
        Føler du dig ensom?;500;Ofte;7,9
        Føler du dig ensom?;fem hundrede;Af og til;21,4
        Er du glad?;500;Ja;60
        """;

    // Then the wrong line is named, and the sum is the file's (both lines), the single line by its
    // number alone
    assertThat(problems(file))
        .containsExactly(
            "Linje 3: 'antal svar' skal være et helt tal fra 1 til 1.000.000 (fandt 'fem hundrede').",
            "Linje 2–3: andelene for spørgsmålet 'Føler du dig ensom?' giver 29,3 %, men skal give"
                + " 100 % (afrunding på højst 1 procentpoint).",
            "Linje 4: andelene for spørgsmålet 'Er du glad?' giver 60 %, men skal give 100 %"
                + " (afrunding på højst 1 procentpoint).");
  }

  @Test
  void shouldNotAddUpAQuestionWithAWrongShare() {
    String file =
        """
        spørgsmål;antal svar;svar;andel
        Føler du dig ensom?;500;Ofte;122
        Føler du dig ensom?;500;Sjældent;40
        """;
    assertThat(problems(file))
        .containsExactly(
            "Linje 2: 'andel' skal være en procent fra 0 til 100 med højst to decimaler, fx 7,9"
                + " (fandt '122').");
  }

  @Test
  void shouldRefuseDifferentRespondentsAndARepeatedAnswerForOneQuestion() {
    String file =
        """
        spørgsmål;antal svar;svar;andel
        Føler du dig ensom?;500;Ofte;10
        Føler du dig ensom?;480;Sjældent;45
        føler du  dig ensom?;500;ofte;45
        """;
    assertThat(problems(file))
        .containsExactly(
            "Linje 3: 'antal svar' er 480, men 500 på linje 2 for samme spørgsmål.",
            "Linje 4: svaret 'ofte' står allerede på linje 2 for samme spørgsmål.");
  }

  static List<String> problems(String file) {
    try {
      SurveyFile.parse(file);
    } catch (ImportRefused refused) {
      return refused.problems();
    }
    throw new AssertionError("The file was accepted");
  }

  @Test
  void shouldShowAtMost30MessagesAndCountTheRest() {
    StringBuilder file = new StringBuilder("spørgsmål;antal svar;svar;andel\n");
    for (int i = 0; i < 40; i++) {
      file.append("Q").append(i).append(";x;Ja;100\n");
    }
    assertThatThrownBy(() -> SurveyFile.parse(file.toString()))
        .isInstanceOfSatisfying(
            ImportRefused.class,
            refused ->
                assertThat(refused.danishMessage())
                    .startsWith("Filen er ikke indlæst – intet er gemt. Ret de 40 fejl")
                    .contains("• Linje 31: 'antal svar'")
                    .doesNotContain("Linje 32:")
                    .endsWith("• … og 10 fejl mere."));
  }
}
