package dk.aarshjul.dialogue;

import dk.aarshjul.organisation.Area;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which meeting model each area's dialogues follow in a period; set by the model's source (e.g. the
 * DUS).
 */
@Service
@Transactional
public class MeetingModels {

  private final AreaMeetingModelRepository models;

  MeetingModels(AreaMeetingModelRepository models) {
    this.models = models;
  }

  /** Replaces the period's meeting models. */
  public void replace(long periodId, Map<Area, MeetingModel> chosen) {
    models.deleteByPeriodId(periodId);
    chosen.forEach((area, model) -> models.save(new AreaMeetingModel(periodId, area, model)));
    models.flush();
  }

  @Transactional(readOnly = true)
  public List<AreaMeetingModel> of(long periodId) {
    return models.findByPeriodIdOrderById(periodId);
  }

  /** The area's meeting model; one dialogue per unit when none was chosen. */
  @Transactional(readOnly = true)
  public MeetingModel modelFor(long periodId, Area area) {
    return of(periodId).stream()
        .filter(m -> Objects.equals(m.getArea().getId(), area.getId()))
        .map(AreaMeetingModel::getMeetingModel)
        .findFirst()
        .orElse(MeetingModel.SINGLE_UNIT);
  }
}
