package dk.aarshjul.followup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.aarshjul.contract.ContractService;
import dk.aarshjul.contract.ContractStatus;
import dk.aarshjul.contract.DevelopmentContract;
import dk.aarshjul.contract.Goal;
import dk.aarshjul.organisation.Groups;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.PeriodKind;
import dk.aarshjul.process.DanishText;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.process.PlainText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules of a follow-up round for one contract: report goal status, suggest colours, review. */
@Service
@Transactional
class FollowUpService {

  private final FollowUpReportRepository reports;
  private final ContractService contracts;
  private final GoalTrafficLight trafficLight;
  private final ObjectMapper objectMapper;
  private final GoalStatusParser parser;
  private final dk.aarshjul.organisation.UserNames userNames;

  public FollowUpService(
      FollowUpReportRepository reports,
      ContractService contracts,
      GoalTrafficLight trafficLight,
      ObjectMapper objectMapper,
      dk.aarshjul.organisation.UserNames userNames) {
    this.userNames = userNames;
    this.reports = reports;
    this.contracts = contracts;
    this.trafficLight = trafficLight;
    this.objectMapper = objectMapper;
    this.parser = new GoalStatusParser(objectMapper);
  }

  /**
   * Creates the report of an approved contract for a round; rejects other contracts and a second
   * start.
   */
  public FollowUpReport start(Object yearValue, Object roundValue, Object contractIdValue) {
    int year =
        (int)
            wholeNumber(
                yearValue, 1, 9999, FollowUpVariables.YEAR, "Året skal være et helt tal, fx 2027.");
    int round =
        (int)
            wholeNumber(
                roundValue,
                1,
                99,
                FollowUpVariables.FOLLOW_UP_ROUND,
                "Opfølgningsrunden skal være et helt tal fra 1.");
    long contractId =
        wholeNumber(
            contractIdValue,
            1,
            Long.MAX_VALUE,
            FollowUpVariables.CONTRACT_ID,
            "Angiv den udviklingskontrakt, der følges op på.");
    DevelopmentContract contract = contracts.get(contractId);
    String unit = contract.getUnit().getName();
    if (!contract.getYear().covers(year)) {
      throw new InvalidSubmissionException(
          FollowUpVariables.CONTRACT_ID,
          "Udviklingskontrakten for "
              + unit
              + " hører til "
              + contract.getYear().getName()
              + ", ikke "
              + year
              + ".");
    }
    if (contract.getStatus() != ContractStatus.APPROVED) {
      throw new InvalidSubmissionException(
          FollowUpVariables.CONTRACT_ID,
          "Udviklingskontrakten for "
              + unit
              + " ("
              + year
              + ") er ikke godkendt, så der kan ikke følges op på den.");
    }
    if (reports.findByContractIdAndRoundNumber(contractId, round).isPresent()) {
      throw new InvalidSubmissionException(
          FollowUpVariables.FOLLOW_UP_ROUND,
          "Opfølgning " + round + " for " + unit + " i " + year + " er allerede startet.");
    }
    return reports.saveAndFlush(new FollowUpReport(contract, round));
  }

  @Transactional(readOnly = true)
  public FollowUpReport get(long reportId) {
    FollowUpReport report =
        reports
            .findById(reportId)
            .orElseThrow(
                () -> new IllegalStateException("Opfølgning " + reportId + " findes ikke"));
    report.getContract().getGoals().size();
    report.getGoalStatuses().forEach(status -> status.getGoal().getTitle());
    return report;
  }

  /** Candidate group of the report task. */
  @Transactional(readOnly = true)
  public String contractHolderGroup(FollowUpReport report) {
    return Groups.contractHolder(report.getContract().getUnit().getCode());
  }

  /** Candidate group of the review task: the group chief of the unit's area. */
  @Transactional(readOnly = true)
  public String groupChiefGroup(FollowUpReport report) {
    return Groups.groupChief(report.getContract().getUnit().getArea().getCode());
  }

  /** Readable business key, e.g. "2027/Gl. Rye skole og dagtilbud/opfølgning 2". */
  @Transactional(readOnly = true)
  public String businessKey(FollowUpReport report) {
    return report.getContract().businessKey() + "/Opfølgning " + roundName(report);
  }

  /**
   * The round as a user names it: its number in a budget year ("2"), its year in a term ("2027": a
   * term's follow-up is yearly, round n in its year n).
   */
  static String roundName(FollowUpReport report) {
    Period period = report.getContract().getYear();
    return period.getKind() == PeriodKind.ELECTION_TERM
        ? String.valueOf(period.getFirstYear() + report.getRoundNumber() - 1)
        : String.valueOf(report.getRoundNumber());
  }

  /** "Opfølgning 2 i 2027", or for a term "Opfølgning 2027 på målene for 2026–2029". */
  static String roundTitle(FollowUpReport report) {
    Period period = report.getContract().getYear();
    return period.getKind() == PeriodKind.ELECTION_TERM
        ? "Opfølgning " + roundName(report) + " på målene for " + period.getName()
        : "Opfølgning " + report.getRoundNumber() + " i " + period.getYear();
  }

  // ---- report
  // -------------------------------------------------------------------------------------------

  /** What the report form is prefilled with. */
  @Transactional(readOnly = true)
  public ReportView reportView(long reportId) {
    FollowUpReport report = get(reportId);
    DevelopmentContract contract = report.getContract();
    String info =
        "### "
            + roundTitle(report)
            + " – "
            + PlainText.markdown(contract.getUnit().getName())
            + "\n\n"
            + "Rapportér status på hvert udviklingsmål i kontrakten og den virkning, det har haft for borgerne.";
    String feedback =
        report.getStatus() == FollowUpStatus.SENT_BACK && report.getReviewComment() != null
            ? DanishText.cutToVariable(
                "**Sendt tilbage af "
                    + PlainText.markdown(userNames.displayName(report.getReviewedBy()))
                    + ":**\n\n"
                    + PlainText.markdownBlock(report.getReviewComment()),
                "Kommentaren er forkortet.")
            : "";
    Optional<FollowUpReport> previous =
        reports
            .findByContractIdAndRoundNumberLessThanOrderByRoundNumberDesc(
                contract.getId(), report.getRoundNumber())
            .stream()
            .filter(FollowUpReport::hasGoalStatuses)
            .findFirst();
    ArrayNode entries = objectMapper.createArrayNode();
    for (Goal goal : contract.getGoals()) {
      ObjectNode entry = entries.addObject();
      entry.put(FollowUpVariables.ENTRY_TITLE, goal.getTitle());
      entry.put(FollowUpVariables.ENTRY_GOAL_INFO, goalInfo(goal));
      entry.put(FollowUpVariables.ENTRY_USES_SATISFACTION, goal.getSatisfactionMeasure() != null);
      entry.put(
          FollowUpVariables.ENTRY_SATISFACTION_RESULT,
          report.statusOf(goal).map(GoalStatus::getSatisfactionResult).orElse(null));
      // the target is always the approved contract's; a follow-up reports against it and never
      // changes it
      putNumber(
          entry,
          FollowUpVariables.ENTRY_TARGET_VALUE,
          GoalStatusParser.targetNumber(goal.getTarget()));
      Optional<GoalStatus> current = report.statusOf(goal);
      Optional<GoalStatus> earlier = previous.flatMap(r -> r.statusOf(goal));
      if (current.isPresent()) {
        // sent back: the holder corrects what was reported
        GoalStatus status = current.get();
        putNumber(entry, FollowUpVariables.ENTRY_ACTUAL_VALUE, status.getActualValue());
        entry.put(FollowUpVariables.ENTRY_DIRECTION, direction(status.isHigherIsBetter()));
        // a colour the decision table chose is suggested again from the corrected values
        entry.put(
            FollowUpVariables.ENTRY_COLOUR,
            status.getColour() == status.getSuggestedColour() ? null : status.getColour().code());
        entry.put(FollowUpVariables.ENTRY_EFFECT, status.getEffect());
      } else {
        // a later round keeps the direction the holder chose in the previous round, the first
        // takes it from the contract's target or indicator, else the holder chooses; the rest is
        // new
        Optional<Boolean> higherIsBetter =
            earlier
                .map(GoalStatus::isHigherIsBetter)
                .or(
                    () ->
                        GoalStatusParser.higherIsBetter(
                            goal.getTarget(), goal.getIndicator(), goal.getTitle()));
        entry.putNull(FollowUpVariables.ENTRY_ACTUAL_VALUE);
        if (higherIsBetter.isPresent()) {
          entry.put(FollowUpVariables.ENTRY_DIRECTION, direction(higherIsBetter.get()));
        } else {
          entry.putNull(FollowUpVariables.ENTRY_DIRECTION);
        }
        entry.putNull(FollowUpVariables.ENTRY_COLOUR);
        entry.putNull(FollowUpVariables.ENTRY_EFFECT);
      }
    }
    return new ReportView(info, feedback, entries.toString());
  }

  /**
   * Validates and stores the holder's report; colours left empty are taken from the decision table.
   */
  public void saveReport(long reportId, String goalStatusesJson, String actor) {
    FollowUpReport report = get(reportId);
    if (report.getStatus() != FollowUpStatus.AWAITING_REPORT
        && report.getStatus() != FollowUpStatus.SENT_BACK) {
      throw GoalStatusParser.invalid("Opfølgningen er allerede indberettet og kan ikke ændres nu.");
    }
    List<Goal> goals = report.getContract().getGoals();
    List<GoalStatusParser.SubmittedStatus> submitted = parser.parse(goalStatusesJson, goals);
    for (int i = 0; i < goals.size(); i++) {
      GoalStatusParser.SubmittedStatus status = submitted.get(i);
      TrafficLight suggested =
          status.measurable()
              ? trafficLight.suggest(
                  status.targetValue(), status.actualValue(), status.higherIsBetter())
              : null;
      TrafficLight colour = status.colour() != null ? status.colour() : suggested;
      report.putStatus(
          goals.get(i),
          colour,
          suggested,
          status.targetValue(),
          status.actualValue(),
          status.higherIsBetter(),
          status.effect(),
          status.satisfactionResult());
    }
    report.markReported(actor);
  }

  // ---- review
  // -------------------------------------------------------------------------------------------

  /** A read-only markdown summary of the report for the group chief (at most 4,000 characters). */
  @Transactional(readOnly = true)
  public String summary(long reportId) {
    FollowUpReport report = get(reportId);
    // long effects are shortened first, so every goal stays visible
    for (int effectLength : new int[] {Integer.MAX_VALUE, 600, 250}) {
      String text = summary(report, effectLength);
      if (text.length() <= DanishText.MAX_VARIABLE) {
        return text;
      }
    }
    return DanishText.cutToVariable(summary(report, 120), "Opsummeringen er forkortet.");
  }

  private String summary(FollowUpReport report, int effectLength) {
    DevelopmentContract contract = report.getContract();
    StringBuilder text = new StringBuilder();
    text.append("**")
        .append(PlainText.markdown(contract.getUnit().getName()))
        .append(" – ")
        .append(roundTitle(report).toLowerCase(java.util.Locale.ROOT))
        .append("**\n\n");
    if (report.getReportedBy() != null) {
      text.append("Indberettet af ")
          .append(PlainText.markdown(userNames.displayName(report.getReportedBy())))
          .append(" den ")
          .append(DanishText.date(report.getReportedAt()))
          .append(".\n\n");
    }
    for (GoalStatus status : report.getGoalStatuses()) {
      Goal goal = status.getGoal();
      TrafficLight colour = status.getColour();
      text.append("**Mål ")
          .append(goal.getPosition() + 1)
          .append(": ")
          .append(PlainText.markdown(goal.getTitle()))
          .append("** – ")
          .append(colour.display())
          .append(" (")
          .append(colour.meaning())
          .append(")\n\n");
      BigDecimal contractTarget = GoalStatusParser.targetNumber(goal.getTarget());
      if (contractTarget == null && status.getActualValue() == null) {
        text.append("- Ingen målværdi eller faktisk værdi angivet");
      } else {
        text.append("- Faktisk værdi ")
            .append(valueOrMissing(status.getActualValue()))
            .append(" – målværdi ")
            .append(valueOrMissing(contractTarget))
            .append(" (")
            .append(status.isHigherIsBetter() ? "højere er bedre" : "lavere er bedre")
            .append(")");
      }
      if (goal.getIndicator() != null) {
        text.append(". Indikator: ").append(PlainText.markdown(goal.getIndicator()));
      }
      if (goal.getTarget() != null) {
        text.append(". Mål i kontrakten: ").append(PlainText.markdown(goal.getTarget()));
      }
      text.append('\n');
      if (status.deviatesFromSuggestion()) {
        text.append("- **Afviger fra forslaget:** beslutningstabellen foreslog ")
            .append(status.getSuggestedColour().display())
            .append(", kontraktholderen har valgt ")
            .append(colour.display())
            .append('\n');
      } else if (status.getSuggestedColour() == null) {
        text.append(
            "- Farven er valgt af kontraktholderen (ingen målværdi og faktisk værdi at beregne ud fra)\n");
      }
      text.append("- Virkning for borgerne: ")
          .append(PlainText.markdown(DanishText.cut(status.getEffect(), effectLength)))
          .append("\n\n");
    }
    return text.toString().stripTrailing();
  }

  /** Records the group chief's decision; returns true when approved. */
  public boolean recordReview(
      long reportId, Object decision, Object commentValue, String reviewer) {
    FollowUpReport report = get(reportId);
    if (report.getStatus() != FollowUpStatus.REPORTED) {
      throw new InvalidSubmissionException(
          FollowUpVariables.DECISION, "Opfølgningen afventer ikke gennemgang.");
    }
    boolean approved;
    if (FollowUpVariables.DECISION_APPROVE.equals(decision)) {
      approved = true;
    } else if (FollowUpVariables.DECISION_SEND_BACK.equals(decision)) {
      approved = false;
    } else {
      throw new InvalidSubmissionException(
          FollowUpVariables.DECISION, "Vælg om målstatus godkendes eller sendes tilbage.");
    }
    String comment = optionalComment(commentValue);
    if (!approved && comment == null) {
      throw new InvalidSubmissionException(
          FollowUpVariables.COMMENT,
          "Skriv hvad kontraktholderen skal rette, når målstatus sendes tilbage.");
    }
    report.markReviewed(approved, comment, reviewer);
    return approved;
  }

  // ---- helpers
  // ------------------------------------------------------------------------------------------

  private static String goalInfo(Goal goal) {
    StringBuilder info = new StringBuilder();
    if (goal.getExpectedEffect() != null) {
      info.append("**Forventet effekt:** ")
          .append(PlainText.markdown(DanishText.cut(goal.getExpectedEffect(), 300)))
          .append("\n\n");
    }
    if (goal.getIndicator() != null) {
      info.append("**Indikator:** ").append(PlainText.markdown(goal.getIndicator()));
    }
    if (goal.getTarget() != null) {
      info.append(info.isEmpty() ? "" : " · ")
          .append("**Målværdi i kontrakten:** ")
          .append(PlainText.markdown(goal.getTarget()));
    } else if (!info.isEmpty()) {
      info.append(" · Kontrakten angiver ingen målværdi – vælg selv farven.");
    }
    if (info.isEmpty()) {
      info.append("Kontrakten angiver ingen indikator eller målværdi – vælg selv farven.");
    }
    info.append("\n\n**Opfølgning på virkning:** ")
        .append(PlainText.markdown(DanishText.cut(goal.getEffectFollowUp(), 300)));
    if (goal.getSatisfactionMeasure() != null) {
      info.append("\n\n**Borgertilfredshedsmåling:** ")
          .append(PlainText.markdown(DanishText.cut(goal.getSatisfactionMeasure(), 300)));
    }
    return info.toString();
  }

  private static String valueOrMissing(BigDecimal value) {
    return value == null ? "ikke angivet" : DanishText.number(value);
  }

  private static String direction(boolean higherIsBetter) {
    return higherIsBetter ? FollowUpVariables.DIRECTION_HIGHER : FollowUpVariables.DIRECTION_LOWER;
  }

  private static void putNumber(ObjectNode entry, String field, BigDecimal value) {
    if (value == null) {
      entry.putNull(field);
    } else {
      entry.put(field, new BigDecimal(value.stripTrailingZeros().toPlainString()));
    }
  }

  private static long wholeNumber(Object value, long min, long max, String field, String message) {
    if (!(value instanceof Integer || value instanceof Long || value instanceof Short)) {
      if (!(value instanceof Number number)
          || number.doubleValue() != Math.rint(number.doubleValue())) {
        throw new InvalidSubmissionException(field, message);
      }
    }
    long whole = ((Number) value).longValue();
    if (whole < min || whole > max) {
      throw new InvalidSubmissionException(field, message);
    }
    return whole;
  }

  private static String optionalComment(Object value) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      throw new InvalidSubmissionException(
          FollowUpVariables.COMMENT, "Kommentaren skal være tekst.");
    }
    if (text.length() > FollowUpFields.COMMENT.maxLength()) {
      throw new InvalidSubmissionException(
          FollowUpVariables.COMMENT,
          "Kommentaren må højst være " + FollowUpFields.COMMENT.maxLength() + " tegn.");
    }
    return text.isBlank() ? null : text.strip();
  }

  /** What the report form is prefilled with. */
  public record ReportView(String reportInfo, String feedbackInfo, String goalStatusesJson) {}
}
