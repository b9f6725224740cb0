package dk.aarshjul.contract;

import dk.aarshjul.demo.SkanderborgDemo;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.PeriodRepository;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Gives every test its own year with the 2022 seed DUS, so contracts never collide across tests:
 * 3000 and on for contracts that trusted code starts, 2033–2099 (within the start form's range
 * 2020–2100, checked when a user starts) for tests that start a contract as a user.
 */
@Component
public class ContractTestData {

  private static final AtomicInteger NEXT_YEAR = new AtomicInteger(3000);
  private static final AtomicInteger NEXT_STARTABLE_YEAR = new AtomicInteger(2032);
  private static final int LAST_STARTABLE_YEAR = 2099;

  private final PeriodRepository years;
  private final EarlyDialogueTrial earlyDialogue;
  private final UnitRepository units;

  ContractTestData(PeriodRepository years, EarlyDialogueTrial earlyDialogue, UnitRepository units) {
    this.years = years;
    this.earlyDialogue = earlyDialogue;
    this.units = units;
  }

  public int newYear() {
    return newYear(year -> {});
  }

  /**
   * A new year a user may start a contract for through the start form (the form takes 2020–2100).
   */
  public int newStartableYear() {
    int year = NEXT_STARTABLE_YEAR.incrementAndGet();
    if (year > LAST_STARTABLE_YEAR) {
      throw new IllegalStateException("Testårene 2033–" + LAST_STARTABLE_YEAR + " er brugt op");
    }
    return save(year, cycleYear -> {});
  }

  /**
   * A new year with the seed DUS, adjusted before it is saved (e.g. early-dialogue units, extra
   * requirements).
   */
  public int newYear(java.util.function.Consumer<Period> adjust) {
    return save(NEXT_YEAR.incrementAndGet(), adjust);
  }

  /** A new year with the seed DUS whose early-dialogue trial holds the unit. */
  public int newYearWithEarlyDialogue(String unitCode) {
    int year = NEXT_YEAR.incrementAndGet();
    Period period = years.save(SkanderborgDemo.dus2022Seed(year));
    earlyDialogue.replace(period.getId(), List.of(units.findByCode(unitCode).orElseThrow()));
    return year;
  }

  private int save(int year, java.util.function.Consumer<Period> adjust) {
    Period cycleYear = SkanderborgDemo.dus2022Seed(year);
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
