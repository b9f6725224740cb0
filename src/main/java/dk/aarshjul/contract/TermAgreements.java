package dk.aarshjul.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.period.Aim;
import dk.aarshjul.period.GoalTemplate;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.PeriodVariables;
import dk.aarshjul.period.Periods;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.process.PlainText;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements for a whole term in the common goal template (Hvidovre): started by a model for each
 * of a committee's institutions, written by the pen holder, every goal serving a decided beacon of
 * the committee, and reviewed after each budget adoption – kept, or adjusted with a reason and
 * approved by the approver of the agreement.
 */
@Service
@Transactional
public class TermAgreements {

  private final ContractRepository contracts;
  private final UnitRepository units;
  private final Periods periods;
  private final ContractService contractService;
  private final ContractReviewRepository approvals;
  private final AgreementReviewRepository reviews;
  private final RequirementCheckService checker;
  private final ObjectMapper objectMapper;
  private final TermGoalParser parser;
  private final java.util.List<GoalHistory> histories;

  public TermAgreements(
      ContractRepository contracts,
      UnitRepository units,
      Periods periods,
      ContractService contractService,
      ContractReviewRepository approvals,
      AgreementReviewRepository reviews,
      RequirementCheckService checker,
      ObjectMapper objectMapper,
      java.util.List<GoalHistory> histories) {
    this.histories = histories;
    this.contracts = contracts;
    this.units = units;
    this.periods = periods;
    this.contractService = contractService;
    this.approvals = approvals;
    this.reviews = reviews;
    this.checker = checker;
    this.objectMapper = objectMapper;
    this.parser = new TermGoalParser(objectMapper);
  }

  /**
   * Creates a unit's agreement for the term {@code periodId}; only a model starts it (through its
   * call activity), for an open term in the common template, once per unit.
   */
  public DevelopmentContract start(Object periodIdValue, Object unitCodeValue) {
    if (!(periodIdValue instanceof Number number) || number.longValue() != number.doubleValue()) {
      throw new IllegalStateException(
          "Procesvariablen 'periodId' skal være en periodes id (er " + periodIdValue + ").");
    }
    Period period = periods.get(number.longValue());
    if (!period.isOpen() || period.getGoalTemplate() != GoalTemplate.EFFECT) {
      throw new IllegalStateException(
          "Perioden " + period.getName() + " er ikke åben for mål i den fælles målskabelon.");
    }
    if (!(unitCodeValue instanceof String unitCode) || unitCode.isBlank()) {
      throw new InvalidSubmissionException(ContractVariables.UNIT_CODE, "Angiv enhedens kode.");
    }
    Unit unit =
        units
            .findByCode(unitCode.strip())
            .filter(Unit::isActive)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Enheden '" + unitCode + "' findes ikke eller er ikke aktiv."));
    if (contracts.findByUnitIdAndYearId(unit.getId(), period.getId()).isPresent()) {
      throw new IllegalStateException(
          unit.getName() + " har allerede mål for valgperioden " + period.getName() + ".");
    }
    return contracts.saveAndFlush(new DevelopmentContract(unit, period));
  }

  /** The group that writes the unit's goals: its leader, or its committee's secretariat. */
  @Transactional(readOnly = true)
  public String penHolderGroup(long contractId) {
    return contractService.get(contractId).getUnit().penHolderGroup();
  }

  /** The approved agreements of a committee's active units in the term, by unit name. */
  @Transactional(readOnly = true)
  public List<Long> approvedIds(long periodId, String committeeCode) {
    return contracts.findApprovedIdsOfCommittee(periodId, committeeCode);
  }

  // ---- Skriv mål for valgperioden
  // --------------------------------------------------------------------

  /**
   * What the draft form shows: the saved goals, the committee's beacons and the template's rules.
   */
  @Transactional(readOnly = true)
  public DraftView draftView(long contractId) {
    DevelopmentContract contract = contractService.get(contractId);
    Period period = contract.getYear();
    Unit unit = contract.getUnit();
    List<Aim> beacons = TermGoalParser.beacons(period, unit.getCommittee().getId());
    String templateInfo =
        "### Mål for valgperioden "
            + period.getName()
            + " – "
            + PlainText.markdown(unit.getName())
            + "\n\nSkriv **højst "
            + TermGoalParser.maxGoals(period)
            + " udviklingsmål** (ikke produktionsmål) i den fælles skabelon: mål, forventet"
            + " effekt, hvordan effekten følges op i valgperioden, indikator og evt. en"
            + " borgertilfredshedsmåling. Hvert mål skal tjene mindst ét af "
            + PlainText.markdown(unit.getCommittee().getName())
            + "s politiske pejlemærker:\n\n"
            + java.util.stream.IntStream.range(0, beacons.size())
                .mapToObj(
                    i ->
                        "- **"
                            + PlainText.markdown(TermGoalTexts.beaconLabel(i + 1, beacons.get(i)))
                            + "**"
                            + (beacons.get(i).getDescription() == null
                                ? ""
                                : " – " + PlainText.markdown(beacons.get(i).getDescription())))
                .collect(Collectors.joining("\n"));
    String missingInfo = checker.missingNote(contract);
    String feedbackInfo = approvals.sentBackNote(contractId, "udvalget");
    return new DraftView(
        unit.getName(),
        TermGoalTexts.goalsJson(objectMapper, contract.getGoals()),
        beaconOptions(beacons),
        FormValues.fitForm(templateInfo),
        FormValues.fitForm(missingInfo),
        FormValues.fitForm(feedbackInfo));
  }

  /** Stores the goals the pen holder submitted; a bad submission stores nothing. */
  public void saveDraft(long contractId, String goalsJson) {
    DevelopmentContract contract = contractService.get(contractId);
    if (contract.getStatus() == ContractStatus.APPROVED
        || contract.getStatus() == ContractStatus.SUBMITTED) {
      throw DraftParser.invalid("Målene er allerede indsendt og kan ikke ændres nu.");
    }
    contractService.replaceGoals(
        contract,
        null,
        parser.parseGoals(
            goalsJson, contract.getYear(), contract.getUnit().getCommittee().getId()));
  }

  private String beaconOptions(List<Aim> beacons) {
    ArrayNode options = objectMapper.createArrayNode();
    for (int i = 0; i < beacons.size(); i++) {
      options
          .addObject()
          .put("label", TermGoalTexts.beaconLabel(i + 1, beacons.get(i)))
          .put("value", String.valueOf(beacons.get(i).getId()));
    }
    return options.toString();
  }

  // ---- Gennemgå mål efter budgetvedtagelse
  // ----------------------------------------------------------

  /**
   * Opens the review of an approved term agreement against the budget of {@code yearValue} (a year
   * of the term after its first); a second review for the same budget is refused.
   */
  public AgreementReview startReview(Object contractIdValue, Object yearValue) {
    if (!(contractIdValue instanceof Number number)) {
      throw new IllegalStateException("Procesvariablen 'contractId' mangler.");
    }
    int year = Periods.requireYear(yearValue);
    DevelopmentContract contract = contractService.get(number.longValue());
    Period period = contract.getYear();
    if (contract.getStatus() != ContractStatus.APPROVED) {
      throw new IllegalStateException(
          "Målene for " + contract.getUnit().getName() + " er ikke godkendt endnu.");
    }
    if (!period.covers(year) || year == period.getFirstYear()) {
      throw new IllegalStateException(
          "Budgettet for "
              + year
              + " ligger ikke i valgperioden "
              + period.getName()
              + " efter dens første år.");
    }
    if (reviews.findByContractIdAndBudgetYear(contract.getId(), year).isPresent()) {
      throw new IllegalStateException(
          contract.getUnit().getName() + " har allerede gennemgået målene efter budget " + year);
    }
    return reviews.saveAndFlush(new AgreementReview(contract.getId(), year));
  }

  @Transactional(readOnly = true)
  public AgreementReview review(long reviewId) {
    return reviews
        .findById(reviewId)
        .orElseThrow(() -> new IllegalStateException("Gennemgang " + reviewId + " findes ikke"));
  }

  /** Readable business key, e.g. "2026–2029/Avedøre Skole/Budget 2027". */
  @Transactional(readOnly = true)
  public String businessKey(long reviewId) {
    AgreementReview review = review(reviewId);
    return contractService.get(review.getContractId()).businessKey()
        + "/Budget "
        + review.getBudgetYear();
  }

  /** The pen holder of the reviewed agreement's unit. */
  @Transactional(readOnly = true)
  public String reviewPenHolderGroup(long reviewId) {
    return penHolderGroup(review(reviewId).getContractId());
  }

  /**
   * Who approved the agreement approves an adjustment of it (the committee, via its secretariat).
   */
  @Transactional(readOnly = true)
  public String reviewApproverGroup(long reviewId) {
    return contractService.approverGroup(review(reviewId).getContractId());
  }

  /** What the review form shows: the goals as approved, the beacons, the committee's comment. */
  @Transactional(readOnly = true)
  public ReviewView reviewView(long reviewId) {
    AgreementReview review = review(reviewId);
    DraftView draft = draftView(review.getContractId());
    DevelopmentContract contract = contractService.get(review.getContractId());
    String info =
        "### Budget "
            + review.getBudgetYear()
            + " er vedtaget – gennemgå målene for "
            + PlainText.markdown(contract.getUnit().getName())
            + "\n\nBehold målene, eller tilpas dem, hvis budgettets"
            + " tiltag, prioriteringer eller ændringer skal slå igennem. En tilpasning kræver en"
            + " begrundelse og udvalgets godkendelse og gemmes som en ny version.\n\n"
            + "#### Målene som godkendt i dag\n\n"
            + TermGoalTexts.goals(contract.getGoals(), TermGoalTexts.beaconTitles(contract));
    String feedback =
        review.getApproverComment() == null
            ? ""
            : "**Sendt tilbage af udvalget:**\n\n"
                + PlainText.markdownBlock(review.getApproverComment());
    String goals =
        review.getProposedGoals() != null ? review.getProposedGoals() : draft.goalsJson();
    return new ReviewView(draft, FormValues.fitForm(info), FormValues.fitForm(feedback), goals);
  }

  /**
   * Records the review: keep (nothing changes) or adjust (the goals are validated like a draft and
   * wait for approval; the agreement keeps its goals until then). Returns whether it adjusts.
   */
  public boolean recordReview(
      long reviewId, Object decisionValue, Object reasonValue, String goalsJson, String actor) {
    AgreementReview review = review(reviewId);
    if (review.getStatus() != AgreementReview.Status.AWAITING_REVIEW) {
      throw new InvalidSubmissionException(
          ContractVariables.DECISION, "Målene er allerede gennemgået.");
    }
    if (DECISION_KEEP.equals(decisionValue)) {
      review.keep(actor);
      return false;
    }
    if (!DECISION_ADJUST.equals(decisionValue)) {
      throw new InvalidSubmissionException(
          ContractVariables.DECISION, "Vælg om målene beholdes eller tilpasses.");
    }
    String reason =
        FormValues.optionalText(
            reasonValue,
            TermGoalFields.REASON.key(),
            TermGoalFields.REASON.label(),
            TermGoalFields.REASON.maxLength());
    if (reason == null) {
      throw new InvalidSubmissionException(
          TermGoalFields.REASON.key(), "Begrund tilpasningen af målene.");
    }
    DevelopmentContract contract = contractService.get(review.getContractId());
    List<Goal> goals =
        parser.parseGoals(goalsJson, contract.getYear(), contract.getUnit().getCommittee().getId());
    List<Goal> current = contract.getGoals();
    for (int i = goals.size(); i < current.size(); i++) {
      Goal removed = current.get(i);
      if (histories.stream().anyMatch(history -> history.hasResults(removed.getId()))) {
        throw new InvalidSubmissionException(
            ContractVariables.GOALS,
            "Mål "
                + (i + 1)
                + " '"
                + removed.getTitle()
                + "' er fulgt op på og kan ikke fjernes midt i valgperioden. Ret målet i stedet,"
                + " fx så det beskriver, hvad der nu arbejdes videre med.");
      }
    }
    String proposed = TermGoalTexts.goalsJson(objectMapper, goals);
    if (proposed.equals(TermGoalTexts.goalsJson(objectMapper, contract.getGoals()))) {
      throw new InvalidSubmissionException(
          ContractVariables.GOALS,
          "Målene er ikke ændret. Vælg 'Behold målene', eller ret de mål, der skal tilpasses.");
    }
    review.propose(proposed, reason, actor);
    return true;
  }

  /** What the approval form shows: the goals as approved and as proposed, and the reason. */
  @Transactional(readOnly = true)
  public String adjustmentSummary(long reviewId) {
    AgreementReview review = review(reviewId);
    DevelopmentContract contract = contractService.get(review.getContractId());
    List<Goal> proposed =
        parser.parseGoals(
            review.getProposedGoals(),
            contract.getYear(),
            contract.getUnit().getCommittee().getId());
    var titles = TermGoalTexts.beaconTitles(contract);
    return FormValues.fitForm(
        "### "
            + PlainText.markdown(contract.getUnit().getName())
            + " tilpasser sine mål efter budget "
            + review.getBudgetYear()
            + "\n\n**Begrundelse:**\n\n"
            + PlainText.markdownBlock(review.getReason())
            + "\n\n#### Målene som foreslået\n\n"
            + TermGoalTexts.goals(proposed, titles)
            + "#### Målene som godkendt i dag\n\n"
            + TermGoalTexts.goals(contract.getGoals(), titles));
  }

  /**
   * The approver's decision on an adjustment: approved, the proposed goals replace the agreement's
   * and a new version records them with the reason; sent back, the institution reviews again.
   */
  public boolean decideAdjustment(
      long reviewId, Object decisionValue, Object commentValue, String actor) {
    AgreementReview review = review(reviewId);
    if (review.getStatus() != AgreementReview.Status.AWAITING_APPROVAL) {
      throw new InvalidSubmissionException(
          ContractVariables.DECISION, "Tilpasningen afventer ikke godkendelse.");
    }
    String comment =
        FormValues.optionalText(
            commentValue,
            ContractVariables.COMMENT,
            ContractFields.APPROVER_COMMENT.label(),
            ContractFields.APPROVER_COMMENT.maxLength());
    if (ContractVariables.DECISION_SEND_BACK.equals(decisionValue)) {
      if (comment == null) {
        throw new InvalidSubmissionException(
            ContractVariables.COMMENT,
            "Skriv hvad der skal rettes, når tilpasningen sendes tilbage.");
      }
      review.sendBack(comment, actor);
      return false;
    }
    if (!ContractVariables.DECISION_APPROVE.equals(decisionValue)) {
      throw new InvalidSubmissionException(
          ContractVariables.DECISION, "Vælg om tilpasningen godkendes eller sendes tilbage.");
    }
    DevelopmentContract contract = contractService.get(review.getContractId());
    contractService.reviseGoals(
        contract,
        parser.parseGoals(
            review.getProposedGoals(),
            contract.getYear(),
            contract.getUnit().getCommittee().getId()));
    contracts.flush();
    ContractVersion version =
        contractService.recordVersion(
            contract,
            ContractVersion.Reason.BUDGET_ADJUSTMENT,
            "Tilpasset efter budget " + review.getBudgetYear() + ": " + review.getReason(),
            actor);
    review.approve(version.getVersionNumber(), comment, actor);
    return true;
  }

  public static final String DECISION_KEEP = "behold";
  public static final String DECISION_ADJUST = "tilpas";

  /** Values of the draft form. */
  public record DraftView(
      String unitName,
      String goalsJson,
      String beaconOptionsJson,
      String templateInfo,
      String missingInfo,
      String feedbackInfo) {}

  /** Values of the review form. */
  public record ReviewView(DraftView draft, String info, String feedbackInfo, String goalsJson) {}

  /** Why the period variable is named once. */
  static final String PERIOD_ID = PeriodVariables.PERIOD.name();
}
