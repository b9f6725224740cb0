package dk.aarshjul.contract;

import dk.aarshjul.demo.DemoMunicipality;
import dk.aarshjul.tracks.CycleYearRepository;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Gives every test its own year with the 2022 seed DUS, so contracts never collide across tests. The years lie within
 * the start form's range (2020–2100, checked on every start): 2033–2064 here, 2065–2099 for the dialogue tests.
 */
@Component
public class ContractTestData {

  private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2032);
  private static final int LAST_YEAR = 2064;

  private final CycleYearRepository years;

  ContractTestData(CycleYearRepository years) {
    this.years = years;
  }

  public int newYear() {
    return newYear(year -> { });
  }

  /** A new year with the seed DUS, adjusted before it is saved (e.g. early-dialogue units, extra requirements). */
  int newYear(java.util.function.Consumer<dk.aarshjul.tracks.CycleYear> adjust) {
    int year = NEXT_YEAR.incrementAndGet();
    if (year > LAST_YEAR) {
      throw new IllegalStateException("Testårene " + (LAST_YEAR - 31) + "–" + LAST_YEAR + " er brugt op");
    }
    dk.aarshjul.tracks.CycleYear cycleYear = DemoMunicipality.dus2022Seed(year);
    adjust.accept(cycleYear);
    years.save(cycleYear);
    return year;
  }

  /** Two goals that together meet all five requirements of the 2022 seed. */
  public static String completeGoals() {
    return """
        [{"track":"1","title":"Byrådets beslutninger ud i livet","purpose":"Sikre den røde tråd fra Byråd til borger",
          "activities":"Gennemgang af budgetbeslutninger på personalemøder","effectFollowUp":"Halvårlig status til bestyrelsen",
          "multiYear":true,"sharedWithOthers":false,"addresses":["LEDELSESGRUNDLAG","TVAERGAAENDE"]},
         {"track":"2","title":"Lavere sygefravær","purpose":"Bedre arbejdsmiljø og kvalitet","activities":"Trivselssamtaler",
          "effectFollowUp":"Månedlig opgørelse","indicator":"Sygefravær i procent","target":"Under 5 %",
          "multiYear":false,"sharedWithOthers":true,"addresses":["SYGEFRAVAER"]}]
        """;
  }

  /** One goal on track 2 only: no goal on track 1, nothing marked, no target. */
  static String incompleteGoals() {
    return """
        [{"track":"2","title":"Trivsel","purpose":"Bedre trivsel","activities":"Samtaler","effectFollowUp":"Måling"}]
        """;
  }
}
