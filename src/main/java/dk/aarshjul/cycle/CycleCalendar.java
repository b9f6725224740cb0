package dk.aarshjul.cycle;

import dk.aarshjul.organisation.Unit;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.tracks.CycleYear;
import dk.aarshjul.tracks.DusService;
import dk.aarshjul.tracks.FollowUpDate;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the annual cycle's expressions ask of the year: the units that get a contract, when the dialogue window
 * opens and the follow-up rounds and dates. Used as {@code ${cycleCalendar.…}} in skanderborg-annual-cycle.bpmn.
 */
@Component("cycleCalendar")
@Transactional(readOnly = true)
public class CycleCalendar {

  /** Timers fire at the start of the Danish working day, whatever time zone the server runs in. */
  static final LocalTime WORKDAY_START = LocalTime.of(8, 0);

  private final DusService dus;
  private final UnitRepository units;

  public CycleCalendar(DusService dus, UnitRepository units) {
    this.dus = dus;
    this.units = units;
  }

  /** The codes of all active units: each gets its own development-contract instance. */
  public List<String> activeUnitCodes(Integer year) {
    return units.findByActiveTrueOrderByName().stream().map(Unit::getCode).toList();
  }

  /** When the contract dialogues may begin; at once when the DUS set no window or it has begun. */
  public Date dialogueWindowOpens(Integer year) {
    return atWorkdayStart(dus.year(year).getDialogueFrom());
  }

  /** The follow-up rounds of the year, 1..n. */
  public List<Integer> followUpRounds(Integer year) {
    return dus.year(year).getFollowUpDates().stream().map(FollowUpDate::getRoundNumber).toList();
  }

  /** When follow-up round {@code round} is due. */
  public Date followUpDate(Integer year, Integer round) {
    CycleYear cycleYear = dus.year(year);
    return atWorkdayStart(cycleYear.getFollowUpDates().stream().filter(f -> f.getRoundNumber() == round)
        .map(FollowUpDate::getDueDate).findFirst()
        .orElseThrow(() -> new IllegalStateException("DUS " + year + " har ingen opfølgningsrunde " + round)));
  }

  private static Date atWorkdayStart(LocalDate date) {
    Date now = ClockUtil.getCurrentTime();
    if (date == null) {
      return now;
    }
    Date at = Date.from(date.atTime(WORKDAY_START).atZone(FormValues.DENMARK).toInstant());
    return at.before(now) ? now : at;
  }
}
