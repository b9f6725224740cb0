package dk.aarshjul.contract;

import dk.aarshjul.organisation.AreaRepository;
import dk.aarshjul.period.GoalTemplate;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.PeriodRepository;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Gives every udviklingsaftale test its own budget year (8500 and on) in the AGREEMENT template,
 * open for agreements, with the directorate's common goals: one for the whole organisation and one
 * for each of two areas.
 */
@Component
class AgreementTestData {

  static final String ORGANISATION_GOAL = "Sammenhængende forløb for borgerne";
  static final String CHILDREN_GOAL = "Flere børn og unge i trivsel";
  static final String ELDERLY_GOAL = "Flere ældre klarer sig selv længere";

  private static final AtomicInteger NEXT_YEAR = new AtomicInteger(8500);

  private final PeriodRepository periods;
  private final CommonGoals commonGoals;
  private final AreaRepository areas;

  AgreementTestData(PeriodRepository periods, CommonGoals commonGoals, AreaRepository areas) {
    this.periods = periods;
    this.commonGoals = commonGoals;
    this.areas = areas;
  }

  /** A year and its common goals (by id). */
  record Year(
      int year, long periodId, long organisationGoal, long childrenGoal, long elderlyGoal) {}

  Year newYear() {
    Period period = newYearWithoutCommonGoals();
    commonGoals.record(
        period.getId(),
        List.of(
            new CommonGoals.Draft(null, ORGANISATION_GOAL, "Borgeren oplever én kommune."),
            new CommonGoals.Draft(area("boern-unge"), CHILDREN_GOAL, null),
            new CommonGoals.Draft(area("aeldre-handicap"), ELDERLY_GOAL, null)));
    List<Goal> goals = commonGoals.commonGoals(period.getId());
    return new Year(
        period.getYear(),
        period.getId(),
        goals.get(0).getId(),
        goals.get(1).getId(),
        goals.get(2).getId());
  }

  Period newYearWithoutCommonGoals() {
    int year = NEXT_YEAR.incrementAndGet();
    return periods.saveAndFlush(
        Period.budgetYear(year, "Udviklingsaftaler " + year)
            .useTemplate(GoalTemplate.AGREEMENT)
            .openWithoutModel());
  }

  /** The budget year's period. */
  long periodId(int year) {
    return periods
        .findByKindAndFirstYear(dk.aarshjul.period.PeriodKind.BUDGET_YEAR, year)
        .orElseThrow()
        .getId();
  }

  long area(String code) {
    return areas.findByCode(code).orElseThrow().getId();
  }

  /**
   * Two management goals and one common goal serving {@code commonGoalId}, as the form sends them.
   */
  static String threeGoals(long commonGoalId) {
    return """
        [{"kind":"ledelse","title":"Kortere ventetid på PPR","purpose":"Børn skal have hjælp hurtigere; vi samler visitationen",
          "effectFollowUp":"Ventetid i dage, opgjort hvert kvartal"},
         {"kind":"ledelse","title":"Lavere sygefravær","purpose":"Et bedre arbejdsmiljø; trivselssamtaler med alle",
          "effectFollowUp":"Sygefravær i procent"},
         {"kind":"faelles","commonGoal":"%d","title":"Sammen om overgangen til skole",
          "purpose":"Børn skal opleve én kommune; fælles overleveringsmøder med dagtilbud",
          "effectFollowUp":"Forældrenes vurdering af overgangen"}]
        """
        .formatted(commonGoalId);
  }

  /** {@code count} management goals and one common goal. */
  static String goals(int count, long commonGoalId) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 1; i < count; i++) {
      json.append(
          """
          {"kind":"ledelse","title":"Mål %d","purpose":"Hvorfor %d","effectFollowUp":"Opfølgning %d"},
          """
              .formatted(i, i, i));
    }
    json.append(
        """
        {"kind":"faelles","commonGoal":"%d","title":"Fælles mål","purpose":"Hvorfor","effectFollowUp":"Opfølgning"}]
        """
            .formatted(commonGoalId));
    return json.toString();
  }
}
