package dk.aarshjul.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules a register-data file must meet before anything of it is stored. */
class RegisterFileTest {

  static final Set<String> CODES = Set.of("Indbyggertal", "Beskæftigelsesfrekvens");

  @Test
  void shouldReadValuesPerIndicatorAndYear() {
    // When a register file with Danish numbers is read for a term measured from 2018 to 2029
    List<RegisterFile.Row> rows =
        RegisterFile.parse(
            """
            indikator;år;værdi
            Indbyggertal;2018;96.921
            indbyggertal;2027;97.512
            Beskæftigelsesfrekvens;2027;76,4
            """,
            CODES,
            2018,
            2029);

    // Then each line is a value; the indicator is named as in the measurement
    assertThat(rows)
        .extracting(RegisterFile.Row::code, RegisterFile.Row::year)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Indbyggertal", 2018),
            org.assertj.core.groups.Tuple.tuple("Indbyggertal", 2027),
            org.assertj.core.groups.Tuple.tuple("Beskæftigelsesfrekvens", 2027));
    assertThat(rows.get(0).value()).isEqualByComparingTo("96921");
    assertThat(rows.get(2).value()).isEqualByComparingTo("76.4");
  }

  @Test
  void shouldNameAnUnknownIndicatorAYearOutsideTheTermABadValueAndARepeatedLine() {
    String file =
        """
        indikator;år;værdi
        Indbygertal;2027;97.512
        Indbyggertal;2031;97.600
        Indbyggertal;2.027;97.600
        Beskæftigelsesfrekvens;2027;høj
        Beskæftigelsesfrekvens;2027;76,125
        Indbyggertal;2028;97.700
        Indbyggertal;2028;97.800
        """;

    assertThat(problems(file))
        .containsExactly(
            "Linje 2: indikatoren 'Indbygertal' er ikke en af periodens registerindikatorer"
                + " (Beskæftigelsesfrekvens, Indbyggertal).",
            "Linje 3: 'år' skal være et år fra 2018 til 2029 (fandt '2031').",
            "Linje 4: 'år' skal være et år fra 2018 til 2029 (fandt '2.027').",
            "Linje 5: 'værdi' skal være et tal med højst to decimaler, fx 96.921 eller 72,4 (fandt"
                + " 'høj').",
            "Linje 6: 'værdi' skal være et tal med højst to decimaler, fx 96.921 eller 72,4 (fandt"
                + " '76,125').",
            "Linje 8: 'Indbyggertal' i 2028 står allerede på linje 7.");
  }

  static List<String> problems(String file) {
    try {
      RegisterFile.parse(file, CODES, 2018, 2029);
    } catch (ImportRefused refused) {
      return refused.problems();
    }
    throw new AssertionError("The file was accepted");
  }
}
