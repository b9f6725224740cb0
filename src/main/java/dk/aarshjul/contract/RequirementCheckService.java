package dk.aarshjul.contract;

import dk.aarshjul.period.Requirement;
import java.util.List;
import org.springframework.stereotype.Service;

/** The automatic check of a draft against the year's DUS requirements. */
@Service
class RequirementCheckService {

  /** Returns the requirements the contract does not meet, in DUS order; empty when all are met. */
  /**
   * What a draft form shows once the contract has been drafted and the check found requirements
   * unmet: the list with a hint each (Markdown); empty before the first draft and when all are met.
   */
  String missingNote(DevelopmentContract contract) {
    if (contract.getVersion() == 0 && contract.getGoals().isEmpty()) {
      return "";
    }
    List<Requirement> unmet = unmetRequirements(contract);
    if (unmet.isEmpty()) {
      return "";
    }
    return "**Kontrollen fandt mangler – ret dem og indsend igen:**\n\n"
        + unmet.stream()
            .map(
                r ->
                    "- "
                        + dk.aarshjul.process.PlainText.markdown(r.getTitle())
                        + ContractService.hint(r))
            .collect(java.util.stream.Collectors.joining("\n"));
  }

  public List<Requirement> unmetRequirements(DevelopmentContract contract) {
    return contract.getYear().getRequirements().stream()
        .filter(requirement -> !isMet(requirement, contract))
        .toList();
  }

  boolean isMet(Requirement requirement, DevelopmentContract contract) {
    List<Goal> goals = contract.getGoals();
    return switch (requirement.getRule()) {
      case GOAL_ON_TRACK ->
          requirement.getTrackNumber() != null
              && goals.stream()
                  .anyMatch(goal -> goal.getTrackNumber() == requirement.getTrackNumber());
      case GOAL_ADDRESSES -> goals.stream().anyMatch(goal -> goal.addresses(requirement.getCode()));
      case GOAL_WITH_TARGET ->
          goals.stream()
              .anyMatch(
                  goal ->
                      goal.addresses(requirement.getCode())
                          && notBlank(goal.getIndicator())
                          && notBlank(goal.getTarget()));
      case LEADERSHIP_SPAN_ASSESSED -> notBlank(contract.getLeadershipSpanAssessment());
      case MAX_GOALS -> requirement.getLimit() == null || goals.size() <= requirement.getLimit();
      case EVERY_GOAL_SERVES_BEACON ->
          !goals.isEmpty() && goals.stream().allMatch(goal -> !goal.getServedAims().isEmpty());
      // free text: not judged automatically, the approver confirms it when approving
      case APPROVER_CONFIRMS -> true;
    };
  }

  private static boolean notBlank(String text) {
    return text != null && !text.isBlank();
  }
}
