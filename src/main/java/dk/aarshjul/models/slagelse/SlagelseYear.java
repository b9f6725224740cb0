package dk.aarshjul.models.slagelse;

import dk.aarshjul.conduct.CodesOfConduct;
import dk.aarshjul.organisation.Committee;
import dk.aarshjul.organisation.CommitteeKind;
import dk.aarshjul.organisation.Committees;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.period.GoalTemplate;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Period.DateEntry;
import dk.aarshjul.period.PeriodDateKind;
import dk.aarshjul.period.Periods;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slagelse's year as slagelse-year.bpmn asks about it ({@code ${slagelseYear…}}): opens the budget
 * year with the udviklingsaftale template, whether a code of conduct is in force, the standing
 * committees that meet their units, the units that agree goals with their committee, and the
 * follow-up date.
 */
@Component("slagelseYear")
@EnableConfigurationProperties(SlagelseSettings.class)
public class SlagelseYear {

  private final Periods periods;
  private final Committees committees;
  private final UnitRepository units;
  private final CodesOfConduct conduct;
  private final SlagelseSettings settings;

  SlagelseYear(
      Periods periods,
      Committees committees,
      UnitRepository units,
      CodesOfConduct conduct,
      SlagelseSettings settings) {
    this.periods = periods;
    this.committees = committees;
    this.units = units;
    this.conduct = conduct;
    this.settings = settings;
  }

  /** Opens the budget year (refused in Danish when it runs already). */
  @Transactional
  public Period open(Object yearValue) {
    // the year is read (and refused in Danish) before it names the period
    int year = Periods.requireYear(yearValue);
    Period period =
        periods.openBudgetYear(
            year, "Samspil med det politiske niveau " + year, GoalTemplate.AGREEMENT);
    // the udviklingsaftaler are due after the year's dialogue meetings, not at the DUS's deadline
    period.replaceDates(
        PeriodDateKind.CONTRACT_DEADLINE, List.of(DateEntry.on(settings.agreementsDueIn(year))));
    return period;
  }

  /**
   * Opens the budget year for agreements once the directorate has registered its common goals: from
   * now on each unit's udviklingsaftale can be drafted against them.
   */
  @Transactional
  public void openForAgreements(long periodId, String actor) {
    periods.lock(periodId).open(actor);
  }

  /** Whether the council has adopted a code of conduct in force today. */
  public boolean codeInForce() {
    return conduct.inForceToday().isPresent();
  }

  /** The standing committees with units: each holds its dialogue meetings at its institutions. */
  @Transactional(readOnly = true)
  public List<String> committeeCodes() {
    return committees.all().stream()
        .filter(committee -> committee.getKind() == CommitteeKind.STANDING)
        .map(Committee::getCode)
        .filter(code -> !units.findByCommitteeCodeAndActiveTrueOrderByName(code).isEmpty())
        .toList();
  }

  /** The committee's name, for the business key of its meetings. */
  @Transactional(readOnly = true)
  public String committeeName(String committeeCode) {
    return committees
        .findByCode(committeeCode)
        .map(Committee::getName)
        .orElseThrow(() -> new IllegalStateException("Udvalget " + committeeCode + " findes ikke"));
  }

  /** The active units under the standing committees: each agrees goals with its committee. */
  @Transactional(readOnly = true)
  public List<String> unitCodes() {
    return committeeCodes().stream()
        .flatMap(code -> units.findByCommitteeCodeAndActiveTrueOrderByName(code).stream())
        .map(Unit::getCode)
        .toList();
  }

  /** The follow-up date of the year at 9 o'clock in Denmark. */
  public Date followUpDate(Integer year) {
    return Date.from(
        settings.followUpIn(year).atTime(9, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant());
  }
}
