package dk.aarshjul.models.viborg;

import dk.aarshjul.organisation.Committee;
import dk.aarshjul.organisation.CommitteeKind;
import dk.aarshjul.organisation.Committees;
import dk.aarshjul.organisation.Groups;
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
 * Viborg's term as viborg-term.bpmn asks it ({@code ${viborgTerm…}}): opens the term with its
 * survey calendar, the committees that prioritise the council's goals, the years after the first.
 */
@Component("viborgTerm")
@EnableConfigurationProperties(ViborgSettings.class)
public class ViborgTerm {

  private final Periods periods;
  private final Committees committees;
  private final ViborgSettings settings;

  ViborgTerm(Periods periods, Committees committees, ViborgSettings settings) {
    this.periods = periods;
    this.committees = committees;
    this.settings = settings;
  }

  /** Opens the term beginning 1 January {@code firstYearValue} with a survey date per year. */
  @Transactional
  public Period open(Object firstYearValue) {
    Period term =
        periods.openElectionTerm(firstYearValue, "Sammenhængsmodellen", GoalTemplate.EFFECT);
    term.replaceDates(
        PeriodDateKind.SURVEY,
        term.years().stream()
            .map(
                year ->
                    new DateEntry(
                        settings.surveyIn(year),
                        null,
                        year == term.getFirstYear()
                            ? "Baseline-borgermåling"
                            : "Borgermåling " + year))
            .toList());
    return term;
  }

  /** The standing committees and the finance committee: each prioritises the council's goals. */
  @Transactional(readOnly = true)
  public List<String> committeeCodes() {
    return committees.all().stream()
        .filter(committee -> committee.getKind() != CommitteeKind.COUNCIL)
        .map(Committee::getCode)
        .toList();
  }

  /** The committee's secretariat: registers its decisions for the politicians. */
  @Transactional(readOnly = true)
  public String secretariat(String committeeCode) {
    return committees
        .findByCode(committeeCode)
        .map(Groups::committeeSecretariat)
        .orElseThrow(() -> new IllegalStateException("Udvalget " + committeeCode + " findes ikke"));
  }

  /** A called import's business key, e.g. "2026–2029/Borgermåling 2027" (its tasks' subject). */
  @Transactional(readOnly = true)
  public String importKey(Long periodId, String what, Integer year) {
    return periods.get(periodId).getName() + "/" + what + " " + year;
  }

  /** The term's years after the first: each has its yearly survey. */
  @Transactional(readOnly = true)
  public List<Integer> followingYears(Long periodId) {
    return periods.get(periodId).years().stream().skip(1).toList();
  }

  /** When the survey of {@code year} is held (the timer before its import). */
  @Transactional(readOnly = true)
  public Date surveyDate(Long periodId, Integer year) {
    Period term = periods.get(periodId);
    return periods
        .dateOf(periodId, PeriodDateKind.SURVEY, term.yearNumber(year))
        .map(
            date ->
                Date.from(
                    date.getOnDate().atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant()))
        .orElseThrow(() -> new IllegalStateException("Perioden har ingen borgermåling i " + year));
  }
}
