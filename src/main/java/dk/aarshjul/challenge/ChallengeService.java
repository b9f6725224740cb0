package dk.aarshjul.challenge;

import static dk.aarshjul.challenge.ChallengeVariables.*;

import dk.aarshjul.organisation.Groups;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.organisation.UserNames;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.process.PlainText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of the right to challenge (udfordringsret): who may challenge, how the directorate
 * decides.
 */
@Service
@Transactional
public class ChallengeService {

  static final int MAX_SUBJECT = ChallengeFields.SUBJECT.maxLength();
  static final int MAX_INFO = 4000;

  private final ChallengeRepository challenges;
  private final ChallengeDecisionRepository decisions;
  private final ChallengeElaborationRepository elaborations;
  private final UnitRepository units;
  private final IdentityService identity;
  private final UserNames userNames;
  private final int maxOpenPerUnit;

  public ChallengeService(
      ChallengeRepository challenges,
      ChallengeDecisionRepository decisions,
      ChallengeElaborationRepository elaborations,
      UnitRepository units,
      IdentityService identity,
      UserNames userNames,
      @Value("${aarshjul.challenge.max-open-per-unit:5}") int maxOpenPerUnit) {
    this.maxOpenPerUnit = maxOpenPerUnit;
    this.userNames = userNames;
    this.challenges = challenges;
    this.decisions = decisions;
    this.elaborations = elaborations;
    this.units = units;
    this.identity = identity;
  }

  /**
   * Stores a new challenge for the unit the user holds. The unit comes from the user's
   * kontraktholder-&lt;unit&gt; memberships; {@code unitCodeValue} only picks one of them when the
   * user holds several.
   */
  public Challenge submit(
      String userId,
      Object unitCodeValue,
      Object kindValue,
      Object subjectValue,
      Object reasonValue,
      Object proposedChangeValue) {
    if (userId == null || userId.isBlank()) {
      throw new InvalidSubmissionException(
          UNIT_CODE, "Du skal være logget ind for at bruge udfordringsretten.");
    }
    Unit unit = unitOf(userId, unitCodeValue);
    long open =
        challenges.countByUnitCodeAndStatusIn(
            unit.getCode(),
            List.of(ChallengeStatus.SUBMITTED, ChallengeStatus.MORE_INFO_REQUESTED));
    if (open >= maxOpenPerUnit) {
      throw new InvalidSubmissionException(
          UNIT_CODE,
          unit.getName()
              + " har allerede "
              + open
              + " udfordringer, som direktionen ikke har afgjort (højst "
              + maxOpenPerUnit
              + " ad gangen). Vent på "
              + "afgørelserne, eller saml dine forslag i én udfordring. Intet er gemt.");
    }
    if (!(kindValue instanceof String kindText)
        || ChallengeKind.fromFormValue(kindText.strip()).isEmpty()) {
      throw new InvalidSubmissionException(
          KIND, "Vælg om du udfordrer en regel, en administrativ retningslinje eller en opgave.");
    }
    ChallengeKind kind = ChallengeKind.fromFormValue(kindText.strip()).orElseThrow();
    String subject =
        FormValues.requiredText(
            subjectValue, SUBJECT, "Emne", MAX_SUBJECT, "Skriv kort, hvad du udfordrer.");
    String reason =
        FormValues.requiredText(
            reasonValue,
            REASON,
            "Begrundelse",
            ChallengeFields.REASON.maxLength(),
            "Begrund, hvorfor det er unødvendigt for løsningen af kerneopgaven.");
    String proposedChange =
        FormValues.requiredText(
            proposedChangeValue,
            PROPOSED_CHANGE,
            "Forslag til ændring",
            ChallengeFields.PROPOSED_CHANGE.maxLength(),
            "Beskriv, hvad du foreslår: skal det bortfalde eller ændre karakter?");
    return challenges.saveAndFlush(
        new Challenge(unit, kind, subject, reason, proposedChange, userId));
  }

  /**
   * The active units the user is contract holder of (kontraktholder-&lt;unit&gt; groups), by name.
   */
  @Transactional(readOnly = true)
  public List<Unit> heldUnits(String userId) {
    String prefix = Groups.contractHolder("");
    return identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .filter(groupId -> groupId.startsWith(prefix))
        .map(groupId -> units.findByCode(groupId.substring(prefix.length())))
        .flatMap(Optional::stream)
        .filter(Unit::isActive)
        .sorted(Comparator.comparing(Unit::getName))
        .toList();
  }

  private Unit unitOf(String userId, Object unitCodeValue) {
    List<Unit> held = heldUnits(userId);
    if (held.isEmpty()) {
      throw new InvalidSubmissionException(
          UNIT_CODE,
          "Udfordringsretten er for kontrakt- og aftaleholdere. Du er ikke kontraktholder for nogen enhed.");
    }
    String unitCode = FormValues.optionalText(unitCodeValue, UNIT_CODE, "Enhedskode", 100);
    if (unitCode != null) {
      return held.stream()
          .filter(unit -> unit.getCode().equals(unitCode.toLowerCase(Locale.ROOT)))
          .findFirst()
          .orElseThrow(
              () ->
                  new InvalidSubmissionException(
                      UNIT_CODE,
                      "Du er ikke kontraktholder for enheden '"
                          + unitCode
                          + "'. Du kan bruge udfordringsretten for: "
                          + describe(held)
                          + "."));
    }
    if (held.size() > 1) {
      throw new InvalidSubmissionException(
          UNIT_CODE,
          "Du er kontraktholder for flere enheder. Skriv enhedskoden "
              + "for den enhed, udfordringen gælder: "
              + describe(held)
              + ".");
    }
    return held.get(0);
  }

  /** Records the directorate's decision; returns the new status (the process routes on it). */
  public ChallengeStatus decide(
      long challengeId, Object decisionValue, Object reasoningValue, String decidedBy) {
    Challenge challenge = get(challengeId);
    if (challenge.getStatus() != ChallengeStatus.SUBMITTED) {
      throw new InvalidSubmissionException(
          DECISION, "Udfordringen afventer ikke direktionens afgørelse.");
    }
    ChallengeDecisionType type =
        ChallengeDecisionType.fromFormValue(decisionValue)
            .orElseThrow(
                () ->
                    new InvalidSubmissionException(
                        DECISION,
                        "Vælg om udfordringen imødekommes, afvises, eller om I beder om en uddybning."));
    String reasoning =
        FormValues.requiredText(
            reasoningValue,
            REASONING,
            "Begrundelse",
            ChallengeFields.REASONING.maxLength(),
            type == ChallengeDecisionType.REQUEST_MORE_INFO
                ? "Skriv, hvad kontraktholderen skal uddybe."
                : "Begrund afgørelsen, så kontraktholderen kan se, hvorfor.");
    decisions.save(new ChallengeDecision(challengeId, type, reasoning, decidedBy));
    challenge.apply(type);
    return challenge.getStatus();
  }

  /**
   * Stores the contract holder's answer to the directorate's latest question; back to the
   * directorate.
   */
  public void elaborate(long challengeId, Object elaborationValue, String elaboratedBy) {
    Challenge challenge = get(challengeId);
    if (challenge.getStatus() != ChallengeStatus.MORE_INFO_REQUESTED) {
      throw new InvalidSubmissionException(
          ELABORATION, "Direktionen har ikke bedt om en uddybning af udfordringen.");
    }
    ChallengeDecision question = latestDecision(challengeId);
    String text =
        FormValues.requiredText(
            elaborationValue,
            ELABORATION,
            "Uddybning",
            ChallengeFields.ELABORATION.maxLength(),
            "Skriv din uddybning.");
    elaborations.save(new ChallengeElaboration(challengeId, question.getId(), text, elaboratedBy));
    challenge.markElaborated();
  }

  /** The contract holder confirms having read the decision. */
  public void acknowledge(long challengeId, Object acknowledgedValue, String acknowledgedBy) {
    Challenge challenge = get(challengeId);
    if (!challenge.isDecided()) {
      throw new InvalidSubmissionException(ACKNOWLEDGED, "Udfordringen er ikke afgjort endnu.");
    }
    if (!Boolean.TRUE.equals(acknowledgedValue)) {
      throw new InvalidSubmissionException(
          ACKNOWLEDGED, "Sæt flueben ved 'Jeg har læst afgørelsen'.");
    }
    challenge.markAcknowledged(acknowledgedBy);
  }

  /**
   * The contract holder group of the challenge's unit: the candidate group of the holder's tasks.
   */
  @Transactional(readOnly = true)
  public String holderGroup(long challengeId) {
    return Groups.contractHolder(
        challenges
            .findById(challengeId)
            .orElseThrow(
                () -> new IllegalStateException("Udfordring " + challengeId + " findes ikke"))
            .getUnit()
            .getCode());
  }

  @Transactional(readOnly = true)
  public Challenge get(long challengeId) {
    return challenges
        .findById(challengeId)
        .orElseThrow(() -> new IllegalStateException("Udfordring " + challengeId + " findes ikke"));
  }

  @Transactional(readOnly = true)
  public List<ChallengeDecision> decisions(long challengeId) {
    return decisions.findByChallengeIdOrderById(challengeId);
  }

  @Transactional(readOnly = true)
  public List<ChallengeElaboration> elaborations(long challengeId) {
    return elaborations.findByChallengeIdOrderById(challengeId);
  }

  // ---- what the forms show ---------------------------------------------------------------------

  /** Read-only markdown of the challenge itself (unit, kind, subject, reason, proposal). */
  @Transactional(readOnly = true)
  public String summary(long challengeId) {
    Challenge challenge = get(challengeId);
    String text =
        "### "
            + challenge.businessKey()
            + "\n\n"
            + "- **Udfordrer:** "
            + challenge.getKind().label()
            + "\n"
            + "- **Emne:** "
            + PlainText.markdown(challenge.getSubject())
            + "\n"
            + "- **Indsendt af:** "
            + displayName(challenge.getSubmittedBy())
            + ", "
            + FormValues.longDate(challenge.getSubmittedAt())
            + "\n"
            + "- **Status:** "
            + challenge.getStatus().label()
            + "\n\n"
            + "**Hvorfor er det unødvendigt?**\n\n"
            + PlainText.markdownBlock(challenge.getReason())
            + "\n\n"
            + "**Forslag til ændring**\n\n"
            + PlainText.markdownBlock(challenge.getProposedChange());
    return FormValues.fitForm(text);
  }

  /**
   * Markdown of the dialogue so far: every decision and elaboration, oldest first. When it is too
   * long the oldest entries are left out, because the latest answer matters most to the
   * directorate.
   */
  @Transactional(readOnly = true)
  public String dialogue(long challengeId) {
    Map<Long, ChallengeElaboration> answers =
        elaborations(challengeId).stream()
            .collect(Collectors.toMap(ChallengeElaboration::getDecisionId, Function.identity()));
    List<String> entries = new ArrayList<>();
    for (ChallengeDecision decision : decisions(challengeId)) {
      String verb =
          decision.getDecision() == ChallengeDecisionType.REQUEST_MORE_INFO
              ? "bad om uddybning"
              : decision.getDecision().label().toLowerCase(Locale.ROOT);
      entries.add(
          "**"
              + FormValues.longDate(decision.getDecidedAt())
              + " – direktionen ("
              + displayName(decision.getDecidedBy())
              + ") "
              + verb
              + ":**\n\n"
              + PlainText.markdownBlock(decision.getReasoning()));
      ChallengeElaboration answer = answers.get(decision.getId());
      if (answer != null) {
        entries.add(
            "**"
                + FormValues.longDate(answer.getElaboratedAt())
                + " – uddybning fra "
                + displayName(answer.getElaboratedBy())
                + ":**\n\n"
                + PlainText.markdownBlock(answer.getElaboration()));
      }
    }
    if (entries.isEmpty()) {
      return "";
    }
    String heading = "#### Dialog med direktionen\n\n";
    String omitted = "*(Ældre dialog er udeladt her.)*\n\n";
    String text = heading + String.join("\n\n", entries);
    while (text.length() > MAX_INFO && entries.size() > 1) {
      entries.remove(0);
      text = heading + omitted + String.join("\n\n", entries);
    }
    return FormValues.fitForm(text);
  }

  /** Markdown of the directorate's latest question, for the contract holder's elaboration task. */
  @Transactional(readOnly = true)
  public String questionInfo(long challengeId) {
    ChallengeDecision question = latestDecision(challengeId);
    return FormValues.fitForm(
        "### Direktionen beder om en uddybning\n\n**Spørgsmål fra "
            + displayName(question.getDecidedBy())
            + " ("
            + FormValues.longDate(question.getDecidedAt())
            + "):**\n\n"
            + PlainText.markdownBlock(question.getReasoning()));
  }

  /** Markdown of the final decision with its reasoning, for the contract holder. */
  @Transactional(readOnly = true)
  public String outcomeInfo(long challengeId) {
    Challenge challenge = get(challengeId);
    ChallengeDecision decision = latestDecision(challengeId);
    String outcome = challenge.getStatus() == ChallengeStatus.ACCEPTED ? "imødekommet" : "afvist";
    return FormValues.fitForm(
        "### Direktionen har "
            + outcome
            + " udfordringen\n\n**Begrundelse:**\n\n"
            + PlainText.markdownBlock(decision.getReasoning())
            + "\n\n*Afgjort af "
            + displayName(decision.getDecidedBy())
            + " den "
            + FormValues.longDate(decision.getDecidedAt())
            + ".*");
  }

  private ChallengeDecision latestDecision(long challengeId) {
    return decisions
        .findFirstByChallengeIdOrderByIdDesc(challengeId)
        .orElseThrow(
            () -> new IllegalStateException("Udfordring " + challengeId + " har ingen afgørelse"));
  }

  /**
   * "Mette Skov" for a known user, else the user id; as markdown text: a name is data, never
   * markup.
   */
  private String displayName(String userId) {
    return PlainText.markdown(userNames.displayName(userId));
  }

  private static String describe(List<Unit> units) {
    return units.stream()
        .map(unit -> unit.getCode() + " (" + unit.getName() + ")")
        .collect(Collectors.joining(", "));
  }
}
