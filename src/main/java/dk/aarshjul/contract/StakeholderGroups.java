package dk.aarshjul.contract;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Collection of the stakeholder hearing multi-instance: {@code
 * ${stakeholderGroups.toHear(contractId)}}.
 */
@Component("stakeholderGroups")
public class StakeholderGroups {

  private final ContractService contracts;

  public StakeholderGroups(ContractService contracts) {
    this.contracts = contracts;
  }

  public List<String> toHear(Long contractId) {
    return contracts.stakeholderGroupsToHear(contractId);
  }
}
