package dk.aarshjul.period;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The kernel every governance model stands on: a budget year or an election term, with a calendar
 * of named dates, the requirements its agreements must meet and the aims its goals can serve. A
 * model opens it; a source such as the DUS drafts its requirements, aims and calendar and opens it
 * for agreements.
 */
@Entity
public class Period {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private PeriodKind kind;

  @Column(name = "first_year")
  private int firstYear;

  @Column(name = "last_year")
  private int lastYear;

  private String title;

  @Enumerated(EnumType.STRING)
  private PeriodStatus status = PeriodStatus.PLANNING;

  @Enumerated(EnumType.STRING)
  private GoalTemplate goalTemplate = GoalTemplate.DUS;

  private Instant openedAt;
  private String openedBy;

  @OneToMany(mappedBy = "period", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("kind, number")
  private List<PeriodDate> dates = new ArrayList<>();

  @OneToMany(mappedBy = "period", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Requirement> requirements = new ArrayList<>();

  @OneToMany(mappedBy = "period", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("kind, number")
  private List<Aim> aims = new ArrayList<>();

  protected Period() {}

  private Period(PeriodKind kind, int firstYear, int lastYear, String title) {
    this.kind = kind;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.title = title;
  }

  /** A budget year being planned. */
  public static Period budgetYear(int year, String title) {
    return new Period(PeriodKind.BUDGET_YEAR, year, year, title);
  }

  /**
   * An election term being planned: four years from 1 January after a November election (2026–2029,
   * 2030–2033, …).
   *
   * @throws IllegalArgumentException when {@code firstYear} is not the year after an election
   */
  public static Period electionTerm(int firstYear, String title) {
    if (!isTermStart(firstYear)) {
      throw new IllegalArgumentException(
          "En valgperiode begynder 1. januar efter et kommunalvalg, fx "
              + termStartingIn(firstYear)
              + "; ikke "
              + firstYear
              + ".");
    }
    return new Period(
        PeriodKind.ELECTION_TERM, firstYear, firstYear + PeriodKind.TERM_YEARS - 1, title);
  }

  static boolean isTermStart(int year) {
    return Math.floorMod(year - 1 - PeriodKind.AN_ELECTION_YEAR, PeriodKind.TERM_YEARS) == 0;
  }

  /** The first year of the election term that {@code year} lies in. */
  public static int termStartingIn(int year) {
    return year - Math.floorMod(year - 1 - PeriodKind.AN_ELECTION_YEAR, PeriodKind.TERM_YEARS);
  }

  // ---- calendar
  // --------------------------------------------------------------------------------------------------

  /**
   * Replaces every date of {@code kind} with {@code entries} (numbered 1..n in the given order).
   * Dates that keep their number are changed in place, so a replacement never meets the old row's
   * (period, kind, number) in one flush.
   */
  public void replaceDates(PeriodDateKind kind, List<DateEntry> entries) {
    dates.removeIf(date -> date.getKind() == kind && date.getNumber() > entries.size());
    for (int number = 1; number <= entries.size(); number++) {
      DateEntry entry = entries.get(number - 1);
      Optional<PeriodDate> existing = date(kind, number);
      if (existing.isPresent()) {
        existing.get().change(entry.on(), entry.until(), entry.label());
      } else {
        dates.add(new PeriodDate(this, kind, number, entry.on(), entry.until(), entry.label()));
      }
    }
  }

  /** Sets the date of {@code kind} number {@code number} (adding it when the calendar lacks it). */
  public void setDate(PeriodDateKind kind, int number, DateEntry entry) {
    Optional<PeriodDate> existing = date(kind, number);
    if (existing.isPresent()) {
      existing.get().change(entry.on(), entry.until(), entry.label());
    } else {
      dates.add(new PeriodDate(this, kind, number, entry.on(), entry.until(), entry.label()));
    }
  }

  /** The dates of one kind, by number. */
  public List<PeriodDate> dates(PeriodDateKind kind) {
    return dates.stream()
        .filter(date -> date.getKind() == kind)
        .sorted(Comparator.comparingInt(PeriodDate::getNumber))
        .toList();
  }

  public Optional<PeriodDate> date(PeriodDateKind kind, int number) {
    return dates(kind).stream().filter(date -> date.getNumber() == number).findFirst();
  }

  /** The contract (agreement) deadline, if the calendar has one. */
  public LocalDate getContractDeadline() {
    return date(PeriodDateKind.CONTRACT_DEADLINE, 1).map(PeriodDate::getOnDate).orElse(null);
  }

  /** The first day of the first dialogue window (none: at once). */
  public LocalDate getDialogueFrom() {
    return date(PeriodDateKind.DIALOGUE_WINDOW, 1).map(PeriodDate::getOnDate).orElse(null);
  }

  /** The last day of the first dialogue window (none: open-ended). */
  public LocalDate getDialogueTo() {
    return date(PeriodDateKind.DIALOGUE_WINDOW, 1).map(PeriodDate::getUntilDate).orElse(null);
  }

  public List<PeriodDate> getFollowUpDates() {
    return dates(PeriodDateKind.FOLLOW_UP);
  }

  // ---- requirements and aims
  // -------------------------------------------------------------------------------------

  /**
   * Empties the requirements and the aims of one kind, so a new draft can replace them (flush
   * before adding).
   */
  public void clear(AimKind aimKind) {
    requirements.clear();
    aims.removeIf(aim -> aim.getKind() == aimKind);
  }

  public Requirement addRequirement(
      String code, String title, String description, RequirementRule rule, Integer trackNumber) {
    Requirement requirement = new Requirement(this, code, title, description, rule, trackNumber);
    requirements.add(requirement);
    return requirement;
  }

  public Aim addAim(AimKind aimKind, int number, String title, String description) {
    Aim aim = new Aim(this, aimKind, number, title, description);
    aims.add(aim);
    return aim;
  }

  /** The text of an aim as a form or a council decision gives it. */
  public record AimText(String title, String description) {}

  /**
   * Revises the aims of one kind in place: the n-th text becomes aim number n, keeping the identity
   * of an aim that exists (goals serving it stay linked) and adding new numbers. Numbers beyond the
   * list stay until {@link #removeAimsAbove} (once no goal serves them). Returns the aims by
   * number.
   */
  public List<Aim> reviseAims(AimKind aimKind, List<AimText> texts) {
    List<Aim> existing = aims(aimKind);
    for (int i = 0; i < texts.size(); i++) {
      AimText text = texts.get(i);
      if (i < existing.size()) {
        existing.get(i).rewrite(text.title(), text.description());
      } else {
        addAim(aimKind, i + 1, text.title(), text.description());
      }
    }
    return aims(aimKind);
  }

  /** Removes the aims of one kind numbered above {@code kept}. */
  public void removeAimsAbove(AimKind aimKind, int kept) {
    aims.removeIf(aim -> aim.getKind() == aimKind && aim.getNumber() > kept);
  }

  /** A requirement with a limit, e.g. at most 5 goals. */
  public Requirement addLimitedRequirement(
      String code, String title, String description, RequirementRule rule, int limit) {
    Requirement requirement = addRequirement(code, title, description, rule, null);
    requirement.limit(limit);
    return requirement;
  }

  /**
   * A committee's aim (a political beacon), numbered after every aim of its kind in the period, so
   * numbers stay unique across committees.
   */
  public Aim addCommitteeAim(AimKind aimKind, long committeeId, String title, String description) {
    int number = aims(aimKind).stream().mapToInt(Aim::getNumber).max().orElse(0) + 1;
    Aim aim = new Aim(this, aimKind, number, title, description);
    aim.ownedBy(committeeId);
    aims.add(aim);
    return aim;
  }

  /** The aims of one kind a committee owns (its beacons), by number. */
  public List<Aim> aims(AimKind aimKind, long committeeId) {
    return aims(aimKind).stream()
        .filter(aim -> Long.valueOf(committeeId).equals(aim.getCommitteeId()))
        .toList();
  }

  /** Removes a committee's aims of one kind (a new draft replaces them; flush before adding). */
  public void removeAims(AimKind aimKind, long committeeId) {
    aims.removeIf(
        aim -> aim.getKind() == aimKind && Long.valueOf(committeeId).equals(aim.getCommitteeId()));
  }

  /** Writes the period's goals in {@code template}. */
  public Period useTemplate(GoalTemplate template) {
    this.goalTemplate = template;
    return this;
  }

  public List<Aim> aims(AimKind aimKind) {
    return aims.stream()
        .filter(aim -> aim.getKind() == aimKind)
        .sorted(Comparator.comparingInt(Aim::getNumber))
        .toList();
  }

  /** The directorate's tracks (DUS) of the period. */
  public List<Aim> getTracks() {
    return aims(AimKind.TRACK);
  }

  // ---- status
  // ----------------------------------------------------------------------------------------------------

  /** Publishes the requirements and calendar: agreements can be drafted from now on. */
  public void open(String actor) {
    this.status = PeriodStatus.OPEN;
    this.openedAt = Instant.now();
    this.openedBy = actor;
  }

  /**
   * Opens the period for agreements outside a model's run (demo data): no model published it, so
   * units start their agreements themselves ({@link #getOpenedAt()} stays empty).
   */
  public Period openWithoutModel() {
    this.status = PeriodStatus.OPEN;
    return this;
  }

  public boolean isOpen() {
    return status == PeriodStatus.OPEN;
  }

  /** Whether {@code year} lies in the period. */
  public boolean covers(int year) {
    return year >= firstYear && year <= lastYear;
  }

  /** Readable name: "2026" for a budget year, "2026–2029" for a term. */
  public String getName() {
    return firstYear == lastYear ? String.valueOf(firstYear) : firstYear + "–" + lastYear;
  }

  public Long getId() {
    return id;
  }

  public PeriodKind getKind() {
    return kind;
  }

  /** The (first) year: a budget year's year. */
  public int getYear() {
    return firstYear;
  }

  public int getFirstYear() {
    return firstYear;
  }

  public int getLastYear() {
    return lastYear;
  }

  public String getTitle() {
    return title;
  }

  public PeriodStatus getStatus() {
    return status;
  }

  public GoalTemplate getGoalTemplate() {
    return goalTemplate;
  }

  /** The year's number in the period: 1 for its first year (a term's years are 1..4). */
  public int yearNumber(int year) {
    if (!covers(year)) {
      throw new IllegalArgumentException(year + " ligger ikke i perioden " + getName() + ".");
    }
    return year - firstYear + 1;
  }

  /** The years of the period, first to last. */
  public List<Integer> years() {
    return java.util.stream.IntStream.rangeClosed(firstYear, lastYear).boxed().toList();
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public String getOpenedBy() {
    return openedBy;
  }

  public List<Requirement> getRequirements() {
    return requirements;
  }

  public List<Aim> getAims() {
    return aims;
  }

  public List<PeriodDate> getDates() {
    return dates;
  }

  /**
   * A date to put in a period's calendar: a day, or a window from {@code on} until {@code until}.
   */
  public record DateEntry(LocalDate on, LocalDate until, String label) {
    public static DateEntry on(LocalDate date) {
      return new DateEntry(date, null, null);
    }

    public static DateEntry window(LocalDate from, LocalDate until) {
      return new DateEntry(from, until, null);
    }
  }
}
