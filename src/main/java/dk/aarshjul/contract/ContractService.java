package dk.aarshjul.contract;

import static dk.aarshjul.contract.DraftParser.invalid;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.aarshjul.organisation.Groups;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.period.Aim;
import dk.aarshjul.period.GoalTemplate;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Periods;
import dk.aarshjul.period.Requirement;
import dk.aarshjul.period.RequirementRule;
import dk.aarshjul.process.FormField;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.process.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules of drafting, checking, hearing and approving a development contract. */
@Service
@Transactional
public class ContractService {

  private final ContractRepository contracts;
  private final UnitRepository units;
  private final Periods periods;
  private final ApproverRoleRepository approverRoles;
  private final EarlyDialogueTrial earlyDialogue;
  private final StakeholderCommentRepository comments;
  private final ContractReviewRepository reviews;
  private final ContractVersionRepository versions;
  private final RequirementCheckService checker;
  private final ObjectMapper objectMapper;
  private final DraftParser parser;
  private final CommonGoals commonGoals;

  public ContractService(
      ContractRepository contracts,
      UnitRepository units,
      Periods periods,
      EarlyDialogueTrial earlyDialogue,
      ApproverRoleRepository approverRoles,
      StakeholderCommentRepository comments,
      ContractReviewRepository reviews,
      ContractVersionRepository versions,
      RequirementCheckService checker,
      ObjectMapper objectMapper,
      CommonGoals commonGoals) {
    this.commonGoals = commonGoals;
    this.versions = versions;
    this.contracts = contracts;
    this.units = units;
    this.periods = periods;
    this.approverRoles = approverRoles;
    this.earlyDialogue = earlyDialogue;
    this.comments = comments;
    this.reviews = reviews;
    this.checker = checker;
    this.objectMapper = objectMapper;
    this.parser = new DraftParser(objectMapper);
  }

  /**
   * Creates the year's contract for a unit; rejects unknown units, years without DUS and
   * duplicates.
   */
  public DevelopmentContract start(Object yearValue, Object unitCodeValue) {
    return start(yearValue, unitCodeValue, false, null);
  }

  /**
   * As {@link #start(Object, Object)} for a contract a user starts by hand (not the annual cycle):
   * only for a unit the user holds (the directorate and administrators for any unit), and refused
   * for a year whose DUS the annual cycle published, because the cycle starts that year's contracts
   * for every active unit.
   *
   * @param startedByHand false when the annual cycle starts it through its call activity
   * @param starter the authenticated user who starts it, null for trusted code without a user
   */
  public DevelopmentContract start(
      Object yearValue, Object unitCodeValue, boolean startedByHand, Authentication starter) {
    if (!(yearValue instanceof Number number) || number.intValue() != number.doubleValue()) {
      throw new InvalidSubmissionException(
          ContractVariables.YEAR, "Angiv året som et helt tal, fx 2027.");
    }
    int year = number.intValue();
    if (!(unitCodeValue instanceof String unitCode) || unitCode.isBlank()) {
      throw new InvalidSubmissionException(ContractVariables.UNIT_CODE, "Angiv enhedens kode.");
    }
    Unit unit =
        units
            .findByCode(unitCode.strip().toLowerCase())
            .filter(Unit::isActive)
            .orElseThrow(
                () ->
                    new InvalidSubmissionException(
                        ContractVariables.UNIT_CODE,
                        "Enheden '"
                            + unitCode
                            + "' findes ikke. Gyldige koder: "
                            + String.join(", ", activeUnitCodes())
                            + "."));
    Period cycleYear =
        periods
            .findBudgetYear(year)
            .filter(Period::isOpen)
            .orElseThrow(
                () ->
                    new InvalidSubmissionException(
                        ContractVariables.YEAR,
                        "Direktionen har ikke udgivet udviklingsspor (DUS) for " + year + "."));
    if (startedByHand && starter != null && !mayStartFor(starter, unit)) {
      throw new InvalidSubmissionException(
          ContractVariables.UNIT_CODE,
          "Du kan kun starte en udviklingskontrakt for en enhed, du er kontraktholder for.");
    }
    // a period a model opened starts every unit's contract itself; one opened without a model
    // (demo) does not
    if (startedByHand && cycleYear.getOpenedAt() != null) {
      throw new InvalidSubmissionException(
          ContractVariables.YEAR,
          "Udviklingskontrakterne for "
              + year
              + " startes af årshjulet for alle aktive enheder. Find din opgave i Tasklist i stedet.");
    }
    // this year's contract (refused: one per unit and year) and last year's (its multi-year goals
    // carry over): one query
    List<DevelopmentContract> recent =
        contracts.findOfUnitInBudgetYears(unit.getId(), year - 1, year);
    if (recent.stream().anyMatch(c -> c.getYear().getYear() == year)) {
      throw new InvalidSubmissionException(
          ContractVariables.UNIT_CODE,
          unit.getName() + " har allerede en udviklingskontrakt for " + year + ".");
    }
    DevelopmentContract contract = new DevelopmentContract(unit, cycleYear);
    recent.stream()
        .filter(c -> c.getStatus() == ContractStatus.APPROVED)
        .findFirst()
        .ifPresent(
            previous ->
                contract.replaceDraft(
                    null,
                    previous.getGoals().stream()
                        .filter(Goal::isMultiYear)
                        .map(Goal::continuation)
                        .toList()));
    return contracts.saveAndFlush(contract);
  }

  private static boolean mayStartFor(Authentication starter, Unit unit) {
    List<String> groups = starter.getGroupIds() == null ? List.of() : starter.getGroupIds();
    return groups.contains(Groups.contractHolder(unit.getCode()))
        || groups.contains(Groups.DIRECTORATE)
        || groups.contains(Groups.ADMIN);
  }

  /**
   * The code of the committee the contract's unit belongs to, e.g.
   * "boerne-og-undervisningsudvalget". Found through the persistence context, not a query: the
   * contract is usually loaded already, and a query would flush its pending changes early.
   */
  @Transactional(readOnly = true)
  public String committeeCodeOf(long contractId) {
    return contracts
        .findById(contractId)
        .map(contract -> contract.getUnit().getCommittee().getCode())
        .orElseThrow(
            () -> new IllegalStateException("Udviklingskontrakt " + contractId + " findes ikke"));
  }

  /**
   * The kind of the contract's period as the approver DMN reads it: "budgetaar" or "valgperiode".
   */
  @Transactional(readOnly = true)
  public String periodKindOf(long contractId) {
    return contracts
        .findById(contractId)
        .map(
            contract ->
                contract.getYear().getKind() == dk.aarshjul.period.PeriodKind.ELECTION_TERM
                    ? "valgperiode"
                    : "budgetaar")
        .orElseThrow(
            () -> new IllegalStateException("Udviklingskontrakt " + contractId + " findes ikke"));
  }

  /**
   * The template the contract's goals are written in, as the approver DMN reads it (input
   * "Målskabelon"): "udviklingskontrakt", "maalskabelon" or "udviklingsaftale".
   */
  @Transactional(readOnly = true)
  public String templateCodeOf(long contractId) {
    return contracts
        .findById(contractId)
        .map(contract -> contract.getYear().getGoalTemplate().decisionCode())
        .orElseThrow(
            () -> new IllegalStateException("Udviklingskontrakt " + contractId + " findes ikke"));
  }

  @Transactional(readOnly = true)
  public DevelopmentContract get(long contractId) {
    DevelopmentContract contract =
        contracts
            .findById(contractId)
            .orElseThrow(
                () ->
                    new IllegalStateException("Udviklingskontrakt " + contractId + " findes ikke"));
    contract.getGoals().size();
    contract.getYear().getRequirements().size();
    return contract;
  }

  /**
   * The candidate group of the contract holder's tasks: the holder group of the contract's unit.
   */
  @Transactional(readOnly = true)
  public String holderGroup(long contractId) {
    return Groups.contractHolder(unitOf(contractId).getCode());
  }

  /**
   * The approver group stored on the contract when it was submitted (named by the contract-approver
   * DMN).
   */
  @Transactional(readOnly = true)
  public String approverGroup(long contractId) {
    String group =
        contracts.findById(contractId).map(DevelopmentContract::getApproverGroup).orElse(null);
    if (group == null) {
      throw new IllegalStateException(
          "Udviklingskontrakt " + contractId + " er ikke sendt til godkendelse");
    }
    return group;
  }

  /** The given body's group if it is the board or works council of the contract's own unit. */
  @Transactional(readOnly = true)
  public String stakeholderGroup(long contractId, String stakeholderGroup) {
    Unit unit = unitOf(contractId);
    if (unit.hasBoard() && Groups.board(unit.getCode()).equals(stakeholderGroup)
        || unit.hasWorksCouncil() && Groups.worksCouncil(unit.getCode()).equals(stakeholderGroup)) {
      return stakeholderGroup;
    }
    throw new IllegalStateException(
        "Gruppen " + stakeholderGroup + " skal ikke høres om udviklingskontrakt " + contractId);
  }

  private Unit unitOf(long contractId) {
    return contracts
        .findById(contractId)
        .map(DevelopmentContract::getUnit)
        .orElseThrow(
            () -> new IllegalStateException("Udviklingskontrakt " + contractId + " findes ikke"));
  }

  /** Stores what the contract holder submitted; a bad submission stores nothing. */
  public void saveDraft(long contractId, String goalsJson, Object leadershipSpan) {
    DevelopmentContract contract = get(contractId);
    if (contract.getStatus() == ContractStatus.APPROVED
        || contract.getStatus() == ContractStatus.SUBMITTED) {
      throw invalid("Kontrakten er allerede indsendt og kan ikke ændres nu.");
    }
    replaceGoals(
        contract, leadershipSpan(leadershipSpan), parser.parseGoals(goalsJson, contract.getYear()));
  }

  /**
   * Goals are unique per (contract, position): the old ones are deleted and flushed before the new
   * ones are inserted (Hibernate would otherwise insert first and collide). A multi-year goal
   * carried over from last year stays linked to it while its title is kept.
   */
  void replaceGoals(DevelopmentContract contract, String leadershipSpan, List<Goal> goals) {
    // a goal that keeps the title of a goal carried over from last year keeps its history
    Map<String, Long> carried =
        contract.getGoals().stream()
            .filter(goal -> goal.getCarriedFromId() != null)
            .collect(
                Collectors.toMap(
                    goal -> Goal.sameTitle(goal.getTitle()), Goal::getCarriedFromId, (a, b) -> a));
    goals.forEach(goal -> goal.continues(carried.get(Goal.sameTitle(goal.getTitle()))));
    contract.getGoals().clear();
    contracts.flush();
    contract.replaceDraft(leadershipSpan, goals);
  }

  private static String leadershipSpan(Object leadershipSpan) {
    if (leadershipSpan == null) {
      return null;
    }
    if (!(leadershipSpan instanceof String text)) {
      throw new InvalidSubmissionException(
          ContractVariables.LEADERSHIP_SPAN, "Vurderingen af ledelsesspænd skal være tekst.");
    }
    if (text.length() > GoalFields.LEADERSHIP_SPAN.maxLength()) {
      throw new InvalidSubmissionException(
          ContractVariables.LEADERSHIP_SPAN,
          "Vurderingen af ledelsesspænd må højst være "
              + GoalFields.LEADERSHIP_SPAN.maxLength()
              + " tegn.");
    }
    return text.isBlank() ? null : text.strip();
  }

  @Transactional(readOnly = true)
  public List<Requirement> unmetRequirements(long contractId) {
    return checker.unmetRequirements(get(contractId));
  }

  /**
   * Group ids of the unit's board and works council that have not yet commented on this contract.
   */
  @Transactional(readOnly = true)
  public List<String> stakeholderGroupsToHear(long contractId) {
    DevelopmentContract contract = get(contractId);
    if (contract.getYear().getGoalTemplate() == GoalTemplate.EFFECT
        || contract.getYear().getGoalTemplate() == GoalTemplate.AGREEMENT) {
      // the common template's goals: the leader brought staff's and board's input to the dialogue
      // meeting before they were written, so no hearing follows; an udviklingsaftale is agreed
      // between the committee and the unit, drafted in dialogue with the committee
      return List.of();
    }
    List<StakeholderBody> heard =
        comments.findByContractIdOrderById(contractId).stream()
            .map(StakeholderComment::getBody)
            .toList();
    Unit unit = contract.getUnit();
    List<String> groups = new ArrayList<>();
    if (unit.hasBoard() && !heard.contains(StakeholderBody.BOARD)) {
      groups.add(Groups.board(unit.getCode()));
    }
    if (unit.hasWorksCouncil() && !heard.contains(StakeholderBody.WORKS_COUNCIL)) {
      groups.add(Groups.worksCouncil(unit.getCode()));
    }
    return groups;
  }

  public void recordStakeholderComment(
      long contractId, String stakeholderGroup, Object commentValue, String author) {
    DevelopmentContract contract = get(contractId);
    String unitCode = contract.getUnit().getCode();
    StakeholderBody body;
    if (Groups.board(unitCode).equals(stakeholderGroup)) {
      body = StakeholderBody.BOARD;
    } else if (Groups.worksCouncil(unitCode).equals(stakeholderGroup)) {
      body = StakeholderBody.WORKS_COUNCIL;
    } else {
      throw new IllegalStateException("Ukendt interessentgruppe " + stakeholderGroup);
    }
    String text =
        requiredComment(commentValue, ContractFields.STAKEHOLDER_COMMENT, "Skriv høringssvaret.");
    comments.save(new StakeholderComment(contractId, body, text, author));
  }

  /**
   * Marks the contract submitted to the body the approver DMN named; returns its candidate group.
   */
  public String submitForApproval(long contractId, String approverRole) {
    DevelopmentContract contract = get(contractId);
    ApproverRole role =
        approverRoles
            .findById(approverRole == null ? "" : approverRole)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Beslutningstabellen contract-approver gav en ukendt godkender: '"
                            + approverRole
                            + "'. Gyldige værdier: "
                            + approverRoles.findAll().stream()
                                .map(ApproverRole::getCode)
                                .sorted()
                                .collect(Collectors.joining(", "))
                            + "."));
    String group = role.groupFor(contract.getUnit());
    contract.markSubmitted(group);
    return group;
  }

  /**
   * Records the approver's decision; returns true when approved. Approving requires the approver to
   * confirm every free-text requirement of the DUS ({@code confirmedCodes}: the codes ticked in the
   * form).
   */
  public boolean recordDecision(
      long contractId,
      Object decision,
      Object commentValue,
      List<String> confirmedCodes,
      String reviewer) {
    DevelopmentContract contract = get(contractId);
    if (contract.getStatus() != ContractStatus.SUBMITTED) {
      throw new InvalidSubmissionException(
          ContractVariables.DECISION, "Kontrakten afventer ikke godkendelse.");
    }
    boolean approved;
    if (ContractVariables.DECISION_APPROVE.equals(decision)) {
      approved = true;
    } else if (ContractVariables.DECISION_SEND_BACK.equals(decision)) {
      approved = false;
    } else {
      throw new InvalidSubmissionException(
          ContractVariables.DECISION, "Vælg om kontrakten godkendes eller sendes tilbage.");
    }
    String comment =
        approved
            ? optionalComment(commentValue)
            : requiredComment(
                commentValue,
                ContractFields.APPROVER_COMMENT,
                "Skriv hvad der skal rettes, når kontrakten sendes tilbage.");
    if (approved) {
      List<String> unconfirmed =
          requirementsToConfirm(contract).stream()
              .filter(requirement -> !confirmedCodes.contains(requirement.getCode()))
              .map(Requirement::getTitle)
              .toList();
      if (!unconfirmed.isEmpty()) {
        throw new InvalidSubmissionException(
            ContractVariables.CONFIRMED_REQUIREMENTS,
            "Bekræft at kontrakten opfylder: "
                + String.join("; ", unconfirmed)
                + " – eller send den tilbage.");
      }
    }
    reviews.save(new ContractReview(contractId, approved, comment, reviewer));
    if (approved) {
      contract.markApproved(reviewer);
      recordVersion(contract, ContractVersion.Reason.APPROVED, comment, reviewer);
    } else {
      contract.markChangesRequested();
    }
    return approved;
  }

  /** Whether the DUS puts this contract's unit in the early-dialogue trial. */
  @Transactional(readOnly = true)
  public boolean startsWithEarlyDialogue(long contractId) {
    DevelopmentContract contract = get(contractId);
    return earlyDialogue.includes(contract.getYear().getId(), contract.getUnit());
  }

  /** Stores the directorate's notes from the early dialogue; they are shown in the draft form. */
  public void recordEarlyDialogue(long contractId, Object notesValue) {
    get(contractId)
        .recordEarlyDialogue(
            requiredText(
                ContractFields.EARLY_DIALOGUE_NOTES,
                notesValue,
                "Skriv hvad der blev drøftet i den tidlige dialog."));
  }

  /**
   * Applies the adjustments agreed in a contract dialogue to an approved contract: the goals are
   * validated like a draft, the contract stays approved and a new version is recorded with the
   * agreement as note. Whether goals or assessment changed is returned; when they did not, the
   * version records that (and the holder's reason, if given).
   */
  public Revision reviseAfterDialogue(
      long contractId,
      String goalsJson,
      Object leadershipSpan,
      String agreedNote,
      String notAppliedReason,
      String actor) {
    DevelopmentContract contract = get(contractId);
    if (contract.getStatus() != ContractStatus.APPROVED) {
      throw invalid("Kun en godkendt kontrakt kan tilpasses efter dialogmødet.");
    }
    String before = content(contract);
    replaceGoals(
        contract, leadershipSpan(leadershipSpan), parser.parseGoals(goalsJson, contract.getYear()));
    List<Requirement> unmet = checker.unmetRequirements(contract);
    if (!unmet.isEmpty()) {
      throw invalid(
          "Tilpasningen opfylder ikke længere årets krav: "
              + unmet.stream().map(Requirement::getTitle).collect(Collectors.joining("; "))
              + ".");
    }
    contracts.flush();
    boolean changed = !before.equals(content(contract));
    String note = agreedNote;
    if (notAppliedReason != null) {
      note +=
          changed
              ? "\n\nKontraktholderens bemærkning: " + notAppliedReason
              : "\n\nJusteringen er ikke indarbejdet. Begrundelse: " + notAppliedReason;
    }
    ContractVersion version =
        recordVersion(
            contract,
            changed
                ? ContractVersion.Reason.DIALOGUE_ADJUSTMENT
                : ContractVersion.Reason.DIALOGUE_NOT_APPLIED,
            note,
            actor);
    return new Revision(version, changed);
  }

  /**
   * A contract version recorded after a dialogue; changed is false when goals and assessment are as
   * before.
   */
  public record Revision(ContractVersion version, boolean changed) {}

  @Transactional(readOnly = true)
  public List<ContractVersion> versions(long contractId) {
    return versions.findByContractIdOrderByVersionNumber(contractId);
  }

  /**
   * Revises a term agreement's goals in place (a budget adjustment): goal n takes the content of
   * revised goal n and keeps its identity and follow-ups; new goals are added after them; goals no
   * longer there are removed (the caller has made sure they have no results).
   */
  void reviseGoals(DevelopmentContract contract, List<Goal> revised) {
    List<Goal> goals = contract.getGoals();
    for (int i = 0; i < revised.size(); i++) {
      if (i < goals.size()) {
        goals.get(i).reviseFrom(revised.get(i));
      } else {
        revised.get(i).attach(contract, i);
        goals.add(revised.get(i));
      }
    }
    while (goals.size() > revised.size()) {
      goals.remove(goals.size() - 1);
    }
  }

  ContractVersion recordVersion(
      DevelopmentContract contract, ContractVersion.Reason reason, String note, String actor) {
    int number = versions.findByContractIdOrderByVersionNumber(contract.getId()).size() + 1;
    return versions.save(
        new ContractVersion(contract.getId(), number, reason, content(contract), note, actor));
  }

  /** The contract's goals and leadership-span assessment as Json, as a version records them. */
  private String content(DevelopmentContract contract) {
    ObjectNode content = objectMapper.createObjectNode();
    content.put("leadershipSpanAssessment", contract.getLeadershipSpanAssessment());
    try {
      content.set("goals", objectMapper.readTree(goalsJson(contract)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return content.toString();
  }

  /** The DUS requirements the approver confirms by hand, as options for the approval form. */
  @Transactional(readOnly = true)
  public String requirementsToConfirmJson(long contractId) {
    ArrayNode options = objectMapper.createArrayNode();
    for (Requirement requirement : requirementsToConfirm(get(contractId))) {
      options.addObject().put("label", requirement.getTitle()).put("value", requirement.getCode());
    }
    return options.toString();
  }

  private static List<Requirement> requirementsToConfirm(DevelopmentContract contract) {
    return contract.getYear().getRequirements().stream()
        .filter(requirement -> requirement.getRule() == RequirementRule.APPROVER_CONFIRMS)
        .toList();
  }

  // ---- what the forms show ---------------------------------------------------------------------

  /** Values for the draft form: the saved draft, options and what the DUS and approver require. */
  @Transactional(readOnly = true)
  public DraftView draftView(long contractId) {
    DevelopmentContract contract = get(contractId);
    Period year = contract.getYear();
    ArrayNode trackOptions = objectMapper.createArrayNode();
    for (Aim track : year.getTracks()) {
      trackOptions
          .addObject()
          .put("label", track.getNumber() + ". " + track.getTitle())
          .put("value", String.valueOf(track.getNumber()));
    }
    ArrayNode requirementOptions = objectMapper.createArrayNode();
    for (Requirement requirement : year.getRequirements()) {
      if (requirement.getRule() == RequirementRule.GOAL_ADDRESSES
          || requirement.getRule() == RequirementRule.GOAL_WITH_TARGET) {
        requirementOptions
            .addObject()
            .put("label", requirement.getTitle())
            .put("value", requirement.getCode());
      }
    }
    String requirementsInfo =
        "**Krav til årets kontrakt (DUS "
            + year.getYear()
            + ")**\n\n"
            + year.getRequirements().stream()
                .map(r -> "- " + PlainText.markdown(r.getTitle()) + hint(r))
                .collect(Collectors.joining("\n"));
    String missingInfo = checker.missingNote(contract);
    String feedbackInfo = reviews.sentBackNote(contractId, "godkender");
    if (contract.getEarlyDialogueNotes() != null) {
      feedbackInfo =
          (feedbackInfo.isEmpty() ? "" : feedbackInfo + "\n\n")
              + "**Fra den tidlige dialog med direktionen:**\n\n"
              + PlainText.markdownBlock(contract.getEarlyDialogueNotes());
    }
    return new DraftView(
        contract.getUnit().getName(),
        goalsJson(contract),
        contract.getLeadershipSpanAssessment(),
        trackOptions.toString(),
        requirementOptions.toString(),
        truncate(requirementsInfo),
        truncate(missingInfo),
        truncate(feedbackInfo));
  }

  /** A read-only markdown summary of the contract for hearing and approval. */
  @Transactional(readOnly = true)
  public String approvalHeading(long contractId) {
    return switch (get(contractId).getYear().getGoalTemplate()) {
      case AGREEMENT -> "### Godkend udviklingsaftalen";
      case EFFECT -> "### Godkend målene for valgperioden";
      default -> "### Godkend udviklingskontrakten";
    };
  }

  public String summary(long contractId) {
    DevelopmentContract contract = get(contractId);
    if (contract.getYear().getGoalTemplate() == GoalTemplate.EFFECT) {
      return TermGoalTexts.summary(contract);
    }
    if (contract.getYear().getGoalTemplate() == GoalTemplate.AGREEMENT) {
      return AgreementTexts.summary(contract, commonGoals.labels(contract.getYear().getId()));
    }
    Map<Integer, String> trackTitles =
        contract.getYear().getTracks().stream()
            .collect(Collectors.toMap(Aim::getNumber, Aim::getTitle));
    StringBuilder text = new StringBuilder();
    text.append("**")
        .append(PlainText.markdown(contract.getUnit().getName()))
        .append(" – udviklingskontrakt ")
        .append(contract.getYear().getYear())
        .append("**\n\n");
    text.append("**Vurdering af ledelsesspænd:**")
        .append(
            contract.getLeadershipSpanAssessment() == null
                ? " (ikke udfyldt)"
                : "\n\n" + PlainText.markdownBlock(contract.getLeadershipSpanAssessment()))
        .append("\n\n");
    for (Goal goal : contract.getGoals()) {
      text.append("**Mål ")
          .append(goal.getPosition() + 1)
          .append(": ")
          .append(PlainText.markdown(goal.getTitle()))
          .append("** (spor ")
          .append(goal.getTrackNumber())
          .append(" – ")
          .append(PlainText.markdown(trackTitles.getOrDefault(goal.getTrackNumber(), "")))
          .append(")\n\n")
          .append("- Formål: ")
          .append(PlainText.markdown(goal.getPurpose()))
          .append('\n')
          .append("- Aktiviteter: ")
          .append(PlainText.markdown(goal.getActivities()))
          .append('\n')
          .append("- Opfølgning på virkning: ")
          .append(PlainText.markdown(goal.getEffectFollowUp()))
          .append('\n');
      if (goal.getIndicator() != null) {
        text.append("- Indikator: ")
            .append(PlainText.markdown(goal.getIndicator()))
            .append(
                goal.getTarget() == null ? "" : " – mål: " + PlainText.markdown(goal.getTarget()))
            .append('\n');
      }
      if (goal.isMultiYear() || goal.isSharedWithOthers()) {
        text.append("- ")
            .append(goal.isMultiYear() ? "Flerårigt mål. " : "")
            .append(goal.isSharedWithOthers() ? "Fælles mål med andre enheder." : "")
            .append('\n');
      }
      text.append('\n');
    }
    for (StakeholderComment comment : comments.findByContractIdOrderById(contractId)) {
      text.append("**Høringssvar fra ")
          .append(comment.getBody().label())
          .append(":**\n\n")
          .append(PlainText.markdownBlock(comment.getText()))
          .append("\n\n");
    }
    return truncate(text.toString());
  }

  String goalsJson(DevelopmentContract contract) {
    if (contract.getYear().getGoalTemplate() == GoalTemplate.EFFECT) {
      return TermGoalTexts.goalsJson(objectMapper, contract.getGoals());
    }
    if (contract.getYear().getGoalTemplate() == GoalTemplate.AGREEMENT) {
      return AgreementTexts.goalsJson(objectMapper, contract.getGoals());
    }
    ArrayNode goals = objectMapper.createArrayNode();
    for (Goal goal : contract.getGoals()) {
      ObjectNode node = goals.addObject();
      node.put("track", String.valueOf(goal.getTrackNumber()));
      node.put("title", goal.getTitle());
      node.put("purpose", goal.getPurpose());
      node.put("activities", goal.getActivities());
      node.put("effectFollowUp", goal.getEffectFollowUp());
      node.put("indicator", goal.getIndicator());
      node.put("target", goal.getTarget());
      node.put("multiYear", goal.isMultiYear());
      node.put("sharedWithOthers", goal.isSharedWithOthers());
      ArrayNode addresses = node.putArray("addresses");
      goal.getAddresses().forEach(addresses::add);
    }
    return goals.toString();
  }

  static String hint(Requirement requirement) {
    return switch (requirement.getRule()) {
      case GOAL_ON_TRACK -> " – mindst ét mål på spor " + requirement.getTrackNumber();
      case GOAL_ADDRESSES -> " – markér det mål, der opfylder kravet";
      case GOAL_WITH_TARGET -> " – markér målet og angiv indikator og målværdi";
      case LEADERSHIP_SPAN_ASSESSED -> " – udfyld vurderingen af ledelsesspænd";
      case APPROVER_CONFIRMS -> " – godkenderen bekræfter, at kontrakten opfylder kravet";
      case MAX_GOALS -> " – højst " + requirement.getLimit() + " mål";
      case EVERY_GOAL_SERVES_BEACON -> " – vælg mindst ét pejlemærke for hvert mål";
    };
  }

  /** String process variables hold at most 4,000 characters. */
  private static String truncate(String text) {
    return FormValues.fitForm(text);
  }

  private static String optionalComment(Object value) {
    return optionalComment(value, ContractFields.APPROVER_COMMENT.maxLength());
  }

  private static String optionalComment(Object value, int maxLength) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      throw new InvalidSubmissionException(
          ContractVariables.COMMENT, "Kommentaren skal være tekst.");
    }
    if (text.length() > maxLength) {
      throw new InvalidSubmissionException(
          ContractVariables.COMMENT, "Kommentaren må højst være " + maxLength + " tegn.");
    }
    return text.isBlank() ? null : text.strip();
  }

  private static String requiredText(FormField declared, Object value, String missingMessage) {
    String field = declared.key();
    if (value != null && !(value instanceof String)) {
      throw new InvalidSubmissionException(field, "Feltet skal være tekst.");
    }
    String text = (String) value;
    if (text == null || text.isBlank()) {
      throw new InvalidSubmissionException(field, missingMessage);
    }
    if (text.length() > declared.maxLength()) {
      throw new InvalidSubmissionException(
          field, "Teksten må højst være " + declared.maxLength() + " tegn.");
    }
    return text.strip();
  }

  private static String requiredComment(Object value, FormField declared, String missingMessage) {
    String text = optionalComment(value, declared.maxLength());
    if (text == null) {
      throw new InvalidSubmissionException(ContractVariables.COMMENT, missingMessage);
    }
    return text;
  }

  private List<String> activeUnitCodes() {
    return units.findByActiveTrueOrderByName().stream().map(Unit::getCode).toList();
  }

  /** What the draft form is prefilled with. */
  public record DraftView(
      String unitName,
      String goalsJson,
      String leadershipSpanAssessment,
      String trackOptionsJson,
      String requirementOptionsJson,
      String requirementsInfo,
      String missingInfo,
      String feedbackInfo) {}
}
