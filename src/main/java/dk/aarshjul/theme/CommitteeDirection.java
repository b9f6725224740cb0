package dk.aarshjul.theme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dk.aarshjul.organisation.Committee;
import dk.aarshjul.organisation.CommitteeRepository;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.period.Aim;
import dk.aarshjul.period.AimKind;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Periods;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.process.PlainText;
import dk.aarshjul.reporting.GoalResults;
import dk.aarshjul.reporting.MarkdownReports;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A committee's direction in a term (Hvidovre): the knowledge and status material the
 * administration prepares for it each year, with last period's goal status and effects attached
 * from the read model; its meeting about it; and the political beacons the administration drafts
 * from the dialogue meetings and the committee decides.
 */
@Service
@Transactional
public class CommitteeDirection {

  private final CommitteeBriefingRepository briefings;
  private final CommitteeRepository committees;
  private final UnitRepository units;
  private final Periods periods;
  private final GoalResults results;
  private final ObjectMapper objectMapper;

  public CommitteeDirection(
      CommitteeBriefingRepository briefings,
      CommitteeRepository committees,
      UnitRepository units,
      Periods periods,
      GoalResults results,
      ObjectMapper objectMapper) {
    this.briefings = briefings;
    this.committees = committees;
    this.units = units;
    this.periods = periods;
    this.results = results;
    this.objectMapper = objectMapper;
  }

  // ---- step 1: material and meeting
  // ---------------------------------------------------------------

  /**
   * Last period's goal status and effects of the committee's institutions, from the read model: the
   * latest approved follow-up of each before {@code year}.
   */
  @Transactional(readOnly = true)
  public String statusInfo(int year, String committeeCode) {
    return statusInfo(year, committeeCode, "Status på målene fra sidste periode");
  }

  /** As {@link #statusInfo(int, String)} under another heading (e.g. this year's follow-up). */
  @Transactional(readOnly = true)
  public String statusInfo(int year, String committeeCode, String heading) {
    List<Long> unitIds =
        units.findByCommitteeCodeAndActiveTrueOrderByName(committeeCode).stream()
            .map(Unit::getId)
            .toList();
    return FormValues.fitForm(
        "#### "
            + heading
            + "\n\n"
            + MarkdownReports.goalResults(
                results.latestBefore(year, unitIds).values(),
                "Udvalgets institutioner har ingen godkendt opfølgning fra tidligere år."));
  }

  /** The material prepared so far (empty strings when none). */
  @Transactional(readOnly = true)
  public CommitteeBriefing briefing(long periodId, int year, String committeeCode) {
    Committee committee = committee(committeeCode);
    return briefings
        .findByPeriodIdAndBriefingYearAndCommitteeId(periodId, year, committee.getId())
        .orElseGet(() -> new CommitteeBriefing(periodId, year, committee.getId()));
  }

  /** Stores the administration's material; trends and key figures are required. */
  public void prepare(
      long periodId,
      int year,
      String committeeCode,
      Object trends,
      Object satisfaction,
      Object documentation,
      Object keyFigures,
      String actor) {
    CommitteeBriefing briefing = stored(periodId, year, committeeCode);
    if (briefing.isRegistered()) {
      throw new InvalidSubmissionException(
          DirectionFields.TRENDS.key(), "Udvalgsmødet er allerede holdt; materialet er låst.");
    }
    briefing.prepare(
        DirectionFields.TRENDS.requiredValue(trends, "Beskriv viden og trends på området."),
        DirectionFields.SATISFACTION.optionalValue(satisfaction),
        DirectionFields.DOCUMENTATION.optionalValue(documentation),
        DirectionFields.KEY_FIGURES.requiredValue(keyFigures, "Angiv de vigtigste nøgletal."),
        actor);
  }

  /** The material as the committee reads it, with the status from the read model. */
  @Transactional(readOnly = true)
  public String materialInfo(long periodId, int year, String committeeCode) {
    CommitteeBriefing briefing = briefing(periodId, year, committeeCode);
    StringBuilder text =
        new StringBuilder("### Materiale til ")
            .append(PlainText.markdown(committee(committeeCode).getName()))
            .append(' ')
            .append(year)
            .append("\n\n");
    section(text, DirectionFields.TRENDS.label(), briefing.getTrends());
    section(text, DirectionFields.SATISFACTION.label(), briefing.getSatisfaction());
    section(text, DirectionFields.DOCUMENTATION.label(), briefing.getDocumentation());
    section(text, DirectionFields.KEY_FIGURES.label(), briefing.getKeyFigures());
    return FormValues.fitForm(text + statusInfo(year, committeeCode));
  }

  /** Registers the committee's meeting: its date and what it discussed and decided. */
  public void register(
      long periodId,
      int year,
      String committeeCode,
      Object meetingDateValue,
      Object decisionsValue,
      String actor) {
    CommitteeBriefing briefing = stored(periodId, year, committeeCode);
    LocalDate date;
    try {
      date = FormValues.parseDate(meetingDateValue);
    } catch (IllegalArgumentException e) {
      throw new InvalidSubmissionException(
          DirectionFields.MEETING_DATE.key(), "Angiv datoen for udvalgsmødet, fx 2026-02-10.");
    }
    if (date == null) {
      throw new InvalidSubmissionException(
          DirectionFields.MEETING_DATE.key(), "Angiv datoen for udvalgsmødet.");
    }
    if (date.getYear() != year && date.getYear() != year - 1) {
      throw new InvalidSubmissionException(
          DirectionFields.MEETING_DATE.key(),
          "Udvalgsmødet om " + year + " holdes i " + year + " (eller sidst i " + (year - 1) + ").");
    }
    briefing.register(
        date,
        DirectionFields.DECISIONS.requiredValue(
            decisionsValue, "Skriv hvad udvalget drøftede og besluttede."),
        actor);
  }

  /** Records the committee's discussion of the year's follow-up (registered by its secretariat). */
  public void considerFollowUp(
      long periodId, int year, String committeeCode, Object remarks, String actor) {
    stored(periodId, year, committeeCode)
        .considerFollowUp(
            DirectionFields.FOLLOW_UP_REMARKS.requiredValue(
                remarks, "Skriv hvad udvalget drøftede om årets opfølgning."),
            actor);
  }

  // ---- political beacons
  // ---------------------------------------------------------------------------

  /** The committee's beacons of the period as form rows (title, description). */
  @Transactional(readOnly = true)
  public String beaconsJson(long periodId, String committeeCode) {
    ArrayNode rows = objectMapper.createArrayNode();
    for (Aim beacon : beacons(periodId, committeeCode)) {
      rows.addObject()
          .put(DirectionFields.BEACON_TITLE.key(), beacon.getTitle())
          .put(DirectionFields.BEACON_DESCRIPTION.key(), beacon.getDescription());
    }
    return rows.toString();
  }

  /** Why the committee sent the draft back, if it did. */
  @Transactional(readOnly = true)
  public String beaconsFeedback(long periodId, int year, String committeeCode) {
    String comment = briefing(periodId, year, committeeCode).getBeaconsComment();
    return comment == null
        ? ""
        : "**Sendt tilbage af udvalget:**\n\n" + PlainText.markdownBlock(comment);
  }

  /** Replaces the committee's drafted beacons (1 to {@link DirectionFields#MAX_BEACONS}). */
  public void draftBeacons(long periodId, String committeeCode, String json) {
    Committee committee = committee(committeeCode);
    // beacons are numbered across the period's aims: committees drafting at once take turns
    Period period = periods.lock(periodId);
    if (period.aims(AimKind.BEACON, committee.getId()).stream().anyMatch(Aim::isDecided)) {
      throw invalidBeacons("Udvalget har allerede besluttet sine pejlemærker for perioden.");
    }
    JsonNode root;
    try {
      root = json == null ? null : objectMapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw invalidBeacons("Pejlemærkerne kunne ikke læses. Udfyld formularen igen.");
    }
    if (root == null || !root.isArray() || root.isEmpty()) {
      throw invalidBeacons("Skriv mindst ét politisk pejlemærke.");
    }
    if (root.size() > DirectionFields.MAX_BEACONS) {
      throw invalidBeacons(
          "Skriv højst "
              + DirectionFields.MAX_BEACONS
              + " pejlemærker – få pejlemærker kan styre målene.");
    }
    List<String[]> drafted = new ArrayList<>();
    int number = 1;
    for (JsonNode row : root) {
      String prefix = "Pejlemærke " + number++ + ": ";
      if (!row.isObject()) {
        throw invalidBeacons(prefix + "ugyldigt format.");
      }
      drafted.add(
          new String[] {
            DirectionFields.BEACON_TITLE.text(row, DirectionFields.BEACONS, prefix),
            DirectionFields.BEACON_DESCRIPTION.text(row, DirectionFields.BEACONS, prefix)
          });
    }
    period.removeAims(AimKind.BEACON, committee.getId());
    briefings.flush();
    for (String[] beacon : drafted) {
      period.addCommitteeAim(AimKind.BEACON, committee.getId(), beacon[0], beacon[1]);
    }
  }

  /** The drafted beacons as the committee reads them before deciding. */
  @Transactional(readOnly = true)
  public String beaconsInfo(long periodId, String committeeCode) {
    StringBuilder text =
        new StringBuilder("### Politiske pejlemærker for ")
            .append(PlainText.markdown(committee(committeeCode).getName()))
            .append(", valgperioden ")
            .append(periods.get(periodId).getName())
            .append("\n\n");
    int number = 1;
    for (Aim beacon : beacons(periodId, committeeCode)) {
      text.append("**")
          .append(number++)
          .append(". ")
          .append(PlainText.markdown(beacon.getTitle()))
          .append("**");
      if (beacon.getDescription() != null) {
        text.append("\n\n").append(PlainText.markdownBlock(beacon.getDescription()));
      }
      text.append("\n\n");
    }
    return FormValues.fitForm(text.toString());
  }

  /**
   * The committee's decision, registered by its secretariat: the beacons are decided (the goals
   * will serve them), or sent back to the administration with a comment. Returns whether decided.
   */
  public boolean decideBeacons(
      long periodId,
      int year,
      String committeeCode,
      Object decision,
      Object commentValue,
      String actor) {
    List<Aim> beacons = beacons(periodId, committeeCode);
    if (beacons.isEmpty() || beacons.stream().anyMatch(Aim::isDecided)) {
      throw new InvalidSubmissionException(
          BEACON_DECISION,
          "Der er ingen udkast til pejlemærker, som afventer udvalgets beslutning.");
    }
    String comment = DirectionFields.BEACON_COMMENT.optionalValue(commentValue);
    if (DECIDED.equals(decision)) {
      beacons.forEach(beacon -> beacon.decide(actor));
      stored(periodId, year, committeeCode).sendBeaconsBack(null);
      return true;
    }
    if (!SENT_BACK.equals(decision)) {
      throw new InvalidSubmissionException(
          BEACON_DECISION, "Vælg om udvalget besluttede pejlemærkerne eller sendte dem tilbage.");
    }
    if (comment == null) {
      throw new InvalidSubmissionException(
          DirectionFields.BEACON_COMMENT.key(),
          "Skriv hvad administrationen skal ændre, når pejlemærkerne sendes tilbage.");
    }
    stored(periodId, year, committeeCode).sendBeaconsBack(comment);
    return false;
  }

  /** The committee's beacons of the period, by number. */
  @Transactional(readOnly = true)
  public List<Aim> beacons(long periodId, String committeeCode) {
    return periods.get(periodId).aims(AimKind.BEACON, committee(committeeCode).getId());
  }

  public static final String BEACON_DECISION = "decision";
  public static final String DECIDED = "besluttet";
  public static final String SENT_BACK = "sendTilbage";

  // ---- helpers
  // -------------------------------------------------------------------------------------

  private CommitteeBriefing stored(long periodId, int year, String committeeCode) {
    Committee committee = committee(committeeCode);
    return briefings
        .findByPeriodIdAndBriefingYearAndCommitteeId(periodId, year, committee.getId())
        .orElseGet(() -> briefings.save(new CommitteeBriefing(periodId, year, committee.getId())));
  }

  private Committee committee(String committeeCode) {
    return committees
        .findByCode(committeeCode)
        .orElseThrow(
            () -> new IllegalStateException("Udvalget '" + committeeCode + "' findes ikke."));
  }

  private static void section(StringBuilder text, String label, String value) {
    if (value != null) {
      text.append("**")
          .append(label)
          .append(":**\n\n")
          .append(PlainText.markdownBlock(value))
          .append("\n\n");
    }
  }

  private static InvalidSubmissionException invalidBeacons(String message) {
    return new InvalidSubmissionException(DirectionFields.BEACONS, message);
  }
}
