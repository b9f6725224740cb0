package dk.aarshjul.contract;

import dk.aarshjul.organisation.Unit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units whose contract drafting in a period starts with an early dialogue; set by the model's
 * source (DUS).
 */
@Service
@Transactional
public class EarlyDialogueTrial {

  private final EarlyDialogueUnitRepository trial;

  EarlyDialogueTrial(EarlyDialogueUnitRepository trial) {
    this.trial = trial;
  }

  /** Replaces the period's trial units. */
  public void replace(long periodId, List<Unit> units) {
    trial.deleteByPeriodId(periodId);
    units.forEach(unit -> trial.save(new EarlyDialogueUnit(periodId, unit)));
    trial.flush();
  }

  @Transactional(readOnly = true)
  public List<Unit> units(long periodId) {
    return trial.findByPeriodIdOrderById(periodId).stream()
        .map(EarlyDialogueUnit::getUnit)
        .toList();
  }

  @Transactional(readOnly = true)
  public boolean includes(long periodId, Unit unit) {
    return trial.existsByPeriodIdAndUnitId(periodId, unit.getId());
  }
}
