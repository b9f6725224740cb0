package dk.aarshjul.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dk.aarshjul.organisation.Groups;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.period.GoalTemplate;
import dk.aarshjul.period.Period;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.PlainText;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Udviklingsaftaler between a committee and a unit for a budget year (Slagelse, {@link
 * GoalTemplate#AGREEMENT}): the unit's leader drafts few, clear goals in dialogue with the
 * committee – each the management's goal for the unit or the unit's part of a common goal of the
 * whole organisation or its area, at least one of each – and the committee approves them (its
 * secretariat registers the decision, as the approver DMN names it). Approval, versions and
 * follow-up are the agreement block's, as for every contract.
 */
@Service
@Transactional
@EnableConfigurationProperties(AgreementSettings.class)
public class Agreements {

  private final ContractService contracts;
  private final CommonGoals commonGoals;
  private final ContractReviewRepository approvals;
  private final RequirementCheckService checker;
  private final AgreementSettings settings;
  private final List<CommitteeDialogueMinutes> dialogues;
  private final ObjectMapper objectMapper;
  private final AgreementGoalParser parser;
  private final ContractRepository contractRows;

  Agreements(
      ContractService contracts,
      ContractRepository contractRows,
      CommonGoals commonGoals,
      ContractReviewRepository approvals,
      RequirementCheckService checker,
      AgreementSettings settings,
      List<CommitteeDialogueMinutes> dialogues,
      ObjectMapper objectMapper) {
    this.contracts = contracts;
    this.contractRows = contractRows;
    this.commonGoals = commonGoals;
    this.approvals = approvals;
    this.checker = checker;
    this.settings = settings;
    this.dialogues = dialogues;
    this.objectMapper = objectMapper;
    this.parser = new AgreementGoalParser(objectMapper);
  }

  /** The most goals an udviklingsaftale may have ({@code aarshjul.agreement.max-goals}). */
  public int maxGoals() {
    return settings.maxGoals();
  }

  // ---- Skriv udviklingsaftalen
  // ----------------------------------------------------------------------

  /**
   * What the draft form shows: the unit, its committee, the year and the rule; the minutes of the
   * year's dialogue meetings between them; the saved goals and the common goals that apply.
   */
  @Transactional(readOnly = true)
  public DraftView draftView(long contractId) {
    DevelopmentContract contract = agreement(contractId);
    Period period = contract.getYear();
    Unit unit = contract.getUnit();
    Map<Long, String> labels = commonGoals.labels(period.getId());
    List<Goal> applying = commonGoals.applyingTo(period.getId(), unit);
    ArrayNode options = objectMapper.createArrayNode();
    applying.forEach(
        goal ->
            options
                .addObject()
                .put("label", labels.get(goal.getId()))
                .put("value", String.valueOf(goal.getId())));
    String committee = PlainText.markdown(unit.getCommittee().getName());
    String templateInfo =
        "### Udviklingsaftale "
            + period.getName()
            + " – "
            + PlainText.markdown(unit.getName())
            + "\n\nAftalen indgås mellem **"
            + committee
            + "** og **"
            + PlainText.markdown(unit.getName())
            + "** for **"
            + period.getName()
            + "**. Skriv den i dialog med udvalget. Derefter godkendes den – af udvalget, hvis"
            + " sekretariat registrerer beslutningen, medmindre beslutningstabellen for godkendelse"
            + " udpeger en anden (stabe: direktionen).\n\n**Få og klare mål: højst "
            + maxGoals()
            + " mål, mindst ét af hver slags:**\n\n- *"
            + GoalKind.OWN.label()
            + "* – hvad ledelsen vil med enheden i år.\n- *"
            + GoalKind.COMMON.label()
            + "* – enhedens bidrag til et af årets fælles mål, så der tænkes i fællesskaber og"
            + " ikke kun i den enkelte enhed. "
            + (applying.isEmpty()
                ? "**Direktionen har ikke fastlagt fælles mål, der gælder for enheden, endnu.**"
                : "De fælles mål, der gælder for enheden:\n"
                    + applying.stream()
                        .map(goal -> "  - " + PlainText.markdown(labels.get(goal.getId())))
                        .collect(Collectors.joining("\n")))
            + "\n\nFor hvert mål: hvorfor, og hvad enheden vil gøre, og hvordan målet følges op"
            + " (en indikator, eller hvad der ses på ved opfølgningen). Målene følges op med"
            + " rød, gul eller grøn.";
    String missingInfo = checker.missingNote(contract);
    String feedbackInfo = approvals.sentBackNote(contractId, approverName(contract));
    return new DraftView(
        unit.getName(),
        contract.getGoals().isEmpty()
            ? firstDraft()
            : AgreementTexts.goalsJson(objectMapper, contract.getGoals()),
        options.toString(),
        FormValues.fitForm(templateInfo),
        dialogueInfo(contract),
        FormValues.fitForm(missingInfo),
        FormValues.fitForm(feedbackInfo));
  }

  /** Who sent the agreement back, as the draft names them: the approver stored on it. */
  private static String approverName(DevelopmentContract contract) {
    String group = contract.getApproverGroup();
    if (Groups.committeeSecretariat(contract.getUnit().getCommittee()).equals(group)) {
      return "udvalget";
    }
    return Groups.DIRECTORATE.equals(group) ? "direktionen" : "godkenderen";
  }

  /** A new agreement's form opens with one goal of each kind to write. */
  private String firstDraft() {
    ArrayNode rows = objectMapper.createArrayNode();
    rows.addObject().put(AgreementGoalFields.KIND.key(), GoalKind.OWN.formValue());
    rows.addObject().put(AgreementGoalFields.KIND.key(), GoalKind.COMMON.formValue());
    return rows.toString();
  }

  /**
   * The dialogue minutes as the draft form shows them now, for each of the units' udviklingsaftaler
   * of the budget year that are not yet approved, by contract.
   */
  @Transactional(readOnly = true)
  public Map<DevelopmentContract, String> dialogueInfoOfDrafts(Set<Long> unitIds, int year) {
    Map<DevelopmentContract, String> infos = new java.util.LinkedHashMap<>();
    for (Long unitId : unitIds) {
      for (DevelopmentContract contract :
          contractRows.findOfUnitInBudgetYears(unitId, year, year)) {
        if (contract.getYear().getGoalTemplate() == GoalTemplate.AGREEMENT
            && contract.getStatus() != ContractStatus.APPROVED) {
          infos.put(contract, dialogueInfo(contract));
        }
      }
    }
    return infos;
  }

  /** The minutes of the year's dialogue meetings between the committee and the unit, if any. */
  private String dialogueInfo(DevelopmentContract contract) {
    Unit unit = contract.getUnit();
    List<CommitteeDialogueMinutes.Minutes> held =
        dialogues.stream()
            .flatMap(
                source ->
                    source
                        .of(
                            unit.getId(),
                            unit.getCommittee().getId(),
                            contract.getYear().getFirstYear())
                        .stream())
            .toList();
    if (held.isEmpty()) {
      return "";
    }
    // every meeting gets its share of the 4,000 characters
    int share = Math.max(300, 3600 / held.size() - 200);
    StringBuilder text =
        new StringBuilder("#### Dialogmøder med ")
            .append(PlainText.markdown(unit.getCommittee().getName()))
            .append(" i ")
            .append(contract.getYear().getName())
            .append("\n\n");
    for (CommitteeDialogueMinutes.Minutes minutes : held) {
      text.append("**")
          .append(PlainText.markdown(minutes.title()))
          .append(minutes.heldOn() == null ? "" : " – " + FormValues.longDate(minutes.heldOn()))
          .append("**\n\n")
          .append(PlainText.markdownBlock(FormValues.cut(minutes.minutes(), share)))
          .append("\n\n");
      if (minutes.committeeWishes() != null) {
        text.append("*Udvalgets ønsker til enheden:* ")
            .append(PlainText.markdown(FormValues.cut(minutes.committeeWishes(), share / 2)))
            .append("\n\n");
      }
      if (minutes.followUpNotes() != null) {
        text.append("*Opfølgning på sidste års mål:* ")
            .append(PlainText.markdown(FormValues.cut(minutes.followUpNotes(), share / 2)))
            .append("\n\n");
      }
    }
    return FormValues.fitForm(text.toString().stripTrailing());
  }

  /**
   * Stores the goals the leader submitted, checked against the rules and the common goals that
   * apply to the unit; a bad submission stores nothing.
   */
  public void saveDraft(long contractId, String goalsJson) {
    DevelopmentContract contract = agreement(contractId);
    if (contract.getStatus() == ContractStatus.APPROVED
        || contract.getStatus() == ContractStatus.SUBMITTED) {
      throw DraftParser.invalid("Udviklingsaftalen er allerede indsendt og kan ikke ændres nu.");
    }
    contracts.replaceGoals(contract, null, parse(contract, goalsJson));
  }

  /** The submitted goals as the agreement's, checked against the domain as it is now. */
  List<Goal> parse(DevelopmentContract contract, String goalsJson) {
    long periodId = contract.getYear().getId();
    Set<Long> applying = new HashSet<>();
    commonGoals
        .applyingTo(periodId, contract.getUnit())
        .forEach(goal -> applying.add(goal.getId()));
    Set<Long> others = new HashSet<>();
    commonGoals.commonGoals(periodId).stream()
        .map(Goal::getId)
        .filter(id -> !applying.contains(id))
        .forEach(others::add);
    if (applying.isEmpty()) {
      throw DraftParser.invalid(
          "Direktionen har ikke fastlagt fælles mål for "
              + contract.getYear().getName()
              + ", der gælder for "
              + contract.getUnit().getName()
              + ", så aftalen kan ikke få sit fælles mål endnu. Kontakt direktionen.");
    }
    return parser.parseGoals(goalsJson, maxGoals(), applying, others);
  }

  private DevelopmentContract agreement(long contractId) {
    DevelopmentContract contract = contracts.get(contractId);
    if (contract.getYear().getGoalTemplate() != GoalTemplate.AGREEMENT) {
      throw new IllegalStateException(
          "Udviklingskontrakt "
              + contractId
              + " er ikke en udviklingsaftale mellem udvalg og enhed.");
    }
    return contract;
  }

  /** Values of draft-agreement.form. */
  public record DraftView(
      String unitName,
      String goalsJson,
      String commonGoalOptionsJson,
      String templateInfo,
      String dialogueInfo,
      String missingInfo,
      String feedbackInfo) {}
}
