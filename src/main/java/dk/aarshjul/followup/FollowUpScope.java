package dk.aarshjul.followup;

import dk.aarshjul.contract.DevelopmentContract;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Collection of the main process's follow-up multi-instance: {@code ${followUpScope.contractIds(year)}} – one
 * follow-up.bpmn instance per approved contract of the year.
 */
@Component("followUpScope")
public class FollowUpScope {

  private final RollUpService rollUps;

  public FollowUpScope(RollUpService rollUps) {
    this.rollUps = rollUps;
  }

  /** Ids of the year's APPROVED contracts, ordered by unit name. */
  public List<Long> contractIds(Integer year) {
    if (year == null) {
      throw new IllegalStateException("Procesvariablen year mangler");
    }
    return rollUps.approvedContracts(year).stream().map(DevelopmentContract::getId).toList();
  }
}
