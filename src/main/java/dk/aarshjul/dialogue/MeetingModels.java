package dk.aarshjul.dialogue;

import dk.aarshjul.organisation.Area;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** The period's meeting models read once, for planning all of its dialogues. */
  @Transactional(readOnly = true)
  public Chosen chosenIn(long periodId) {
    Map<Long, MeetingModel> byArea = new HashMap<>();
    // the first choice per area, as modelFor always answered
    of(periodId).forEach(m -> byArea.putIfAbsent(m.getArea().getId(), m.getMeetingModel()));
    return new Chosen(Map.copyOf(byArea));
  }

  /** The meeting models chosen in one period, by area id. */
  public record Chosen(Map<Long, MeetingModel> byAreaId) {

    /** The area's meeting model; one dialogue per unit when none was chosen. */
    public MeetingModel of(Area area) {
      return byAreaId.getOrDefault(area.getId(), MeetingModel.SINGLE_UNIT);
    }
  }
}
