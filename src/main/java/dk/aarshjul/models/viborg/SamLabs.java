package dk.aarshjul.models.viborg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dk.aarshjul.organisation.Groups;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.organisation.UserNames;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.process.PlainText;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Viborg's Sammenhængslaboratorium (viborg-samlab.bpmn, {@code ${samLabs…}}): the directorate picks
 * a cross-cutting problem and 6–8 leaders and staff, who work on it for six weeks and present the
 * result to the directorate on at most 10 slides; the directorate decides what follows.
 */
@Service("samLabs")
@Transactional
public class SamLabs {

  static final int WEEKS = 6;
  static final int MIN_PARTICIPANTS = 6;
  static final int MAX_PARTICIPANTS = 8;
  static final int MAX_SLIDES = 10;
  static final Map<String, String> DECISIONS =
      Map.of(
          "initiativ", "Et videre forløb igangsættes",
          "drift", "Resultatet indarbejdes i driften",
          "afslut", "Intet videre forløb");

  private final SamLabRepository samLabs;
  private final UnitRepository units;
  private final UserNames userNames;
  private final ObjectMapper json;

  SamLabs(SamLabRepository samLabs, UnitRepository units, UserNames userNames, ObjectMapper json) {
    this.samLabs = samLabs;
    this.units = units;
    this.userNames = userNames;
    this.json = json;
  }

  /** Starts a SamLab on a problem; it runs six weeks from its start. */
  public long start(
      Object problemValue, Object descriptionValue, Object startsOnValue, String actor) {
    String problem = SamLabFields.PROBLEM.requiredValue(problemValue, "Skriv problemstillingen.");
    String description =
        SamLabFields.DESCRIPTION.requiredValue(descriptionValue, "Beskriv problemstillingen.");
    LocalDate startsOn;
    try {
      startsOn = FormValues.parseDate(startsOnValue);
    } catch (IllegalArgumentException e) {
      startsOn = null;
    }
    if (startsOn == null) {
      throw new InvalidSubmissionException(
          SamLabFields.STARTS_ON.key(), "Angiv hvornår SamLab'et begynder.");
    }
    return samLabs.save(new SamLab(problem, description, startsOn, WEEKS, actor)).getId();
  }

  /** The called process's business key, e.g. "SamLab/Nedbringelse af ensomhed". */
  @Transactional(readOnly = true)
  public String businessKey(Long samLabId) {
    return "SamLab/" + get(samLabId).getProblem();
  }

  /** The units whose leaders can take part: every active unit, as checklist options. */
  @Transactional(readOnly = true)
  public String unitOptionsJson() {
    ArrayNode options = json.createArrayNode();
    for (Unit unit : units.findByActiveTrueOrderByName()) {
      options.addObject().put("label", unit.getName()).put("value", unit.getCode());
    }
    return options.toString();
  }

  @Transactional(readOnly = true)
  public String composeInfo(long samLabId) {
    SamLab lab = get(samLabId);
    return "### SamLab: "
        + PlainText.markdown(lab.getProblem())
        + "\n\n"
        + PlainText.markdown(lab.getDescription())
        + "\n\nVælg 6–8 deltagere: lederne af de valgte enheder og de medarbejdere, der skrives nedenfor. De arbejder "
        + "med problemstillingen i seks uger (½–1 dag om ugen) fra "
        + FormValues.longDate(lab.getStartsOn())
        + " til "
        + FormValues.longDate(lab.getEndsOn())
        + " og præsenterer resultatet for direktionen på højst 10 slides. Tovholderen præsenterer.";
  }

  /** Records the participants: the chosen units' leaders and the staff named; 6 to 8 in all. */
  public void compose(long samLabId, Object unitsValue, Object leadValue, Object staffValue) {
    SamLab lab = get(samLabId);
    Map<String, Unit> active =
        units.findByActiveTrueOrderByName().stream()
            .collect(Collectors.toMap(Unit::getCode, Function.identity()));
    Set<Long> chosen = new LinkedHashSet<>();
    try {
      JsonNode codes = unitsValue == null ? null : json.readTree(unitsValue.toString());
      if (codes != null && codes.isArray()) {
        for (JsonNode code : codes) {
          Unit unit = active.get(code.asText());
          if (unit == null) {
            throw new InvalidSubmissionException(
                SamLabFields.UNITS.key(), "Vælg enhederne på listen.");
          }
          chosen.add(unit.getId());
        }
      }
    } catch (IOException e) {
      throw new InvalidSubmissionException(SamLabFields.UNITS.key(), "Vælg enhederne på listen.");
    }
    String staff = SamLabFields.STAFF.optionalValue(staffValue);
    List<String> staffLines =
        staff == null
            ? List.of()
            : Arrays.stream(staff.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    int participants = chosen.size() + staffLines.size();
    if (participants < MIN_PARTICIPANTS || participants > MAX_PARTICIPANTS) {
      throw new InvalidSubmissionException(
          SamLabFields.UNITS.key(),
          "Et SamLab har 6–8 deltagere (ledere og medarbejdere); der er valgt "
              + participants
              + ".");
    }
    Unit lead = leadValue instanceof String code ? active.get(code) : null;
    if (lead == null || !chosen.contains(lead.getId())) {
      throw new InvalidSubmissionException(
          SamLabFields.LEAD.key(), "Tovholderen skal være leder af en af de valgte enheder.");
    }
    lab.compose(chosen, lead.getId(), staffLines.isEmpty() ? null : String.join("\n", staffLines));
  }

  /** When the six weeks end: the presentation is due then. */
  @Transactional(readOnly = true)
  public Date endsOn(Long samLabId) {
    return Date.from(
        get(samLabId).getEndsOn().atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant());
  }

  /** Who presents the result: the leader of the lead unit. */
  @Transactional(readOnly = true)
  public String leadGroup(Long samLabId) {
    Long unitId = get(samLabId).getLeadUnitId();
    return units.findById(unitId).map(unit -> Groups.contractHolder(unit.getCode())).orElseThrow();
  }

  @Transactional(readOnly = true)
  public String presentInfo(long samLabId) {
    SamLab lab = get(samLabId);
    return "### SamLab: "
        + PlainText.markdown(lab.getProblem())
        + "\n\nDeltagere: "
        + PlainText.markdown(participants(lab))
        + ".\n\nPræsentér resultatet for direktionen mundtligt ud fra højst 10 slides, uden rapporter. Læg slides i "
        + "kommunens dokumentsystem og indsæt linket her.";
  }

  /** Records the result: a summary, the link to the slides and how many there are (at most 10). */
  public void present(
      long samLabId, Object summaryValue, Object linkValue, Object countValue, String actor) {
    String summary = SamLabFields.SUMMARY.requiredValue(summaryValue, "Skriv resultatet kort.");
    String link = SamLabFields.SLIDES_LINK.requiredValue(linkValue, "Indsæt linket til slides.");
    try {
      URI uri = URI.create(link);
      if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          || uri.getHost() == null) {
        throw new IllegalArgumentException(link);
      }
    } catch (IllegalArgumentException e) {
      throw new InvalidSubmissionException(
          SamLabFields.SLIDES_LINK.key(),
          "Linket skal være en webadresse, der begynder med https://.");
    }
    if (!(countValue instanceof Number count)
        || count.doubleValue() != count.intValue()
        || count.intValue() < 1
        || count.intValue() > MAX_SLIDES) {
      throw new InvalidSubmissionException(
          SamLabFields.SLIDE_COUNT.key(), "Resultatet præsenteres på 1 til højst 10 slides.");
    }
    get(samLabId).present(summary, link, count.intValue(), actor);
  }

  @Transactional(readOnly = true)
  public String decideInfo(long samLabId) {
    SamLab lab = get(samLabId);
    return "### SamLab: "
        + PlainText.markdown(lab.getProblem())
        + "\n\n**Resultat:** "
        + PlainText.markdown(lab.getResultSummary())
        + "\n\n**Slides ("
        + lab.getSlideCount()
        + "):** "
        + PlainText.markdown(lab.getSlidesLink())
        + "\n\n**Deltagere:** "
        + PlainText.markdown(participants(lab))
        + "\n\nBeslut, hvad resultatet fører til.";
  }

  /** Records the directorate's decision on what follows. */
  public void decide(long samLabId, Object decisionValue, Object textValue, String actor) {
    if (!(decisionValue instanceof String decision) || !DECISIONS.containsKey(decision)) {
      throw new InvalidSubmissionException(
          SamLabFields.DECISION.key(), "Vælg hvad resultatet fører til.");
    }
    String text =
        SamLabFields.DECISION_TEXT.requiredValue(textValue, "Skriv direktionens beslutning.");
    get(samLabId).decide(decision, text, actor);
  }

  private String participants(SamLab lab) {
    List<String> names =
        lab.getUnitIds().stream()
            .map(id -> units.findById(id).orElseThrow())
            .map(unit -> "leder af " + unit.getName())
            .sorted()
            .collect(Collectors.toList());
    if (lab.getStaff() != null) {
      names.addAll(Arrays.asList(lab.getStaff().split("\n")));
    }
    return String.join(", ", names);
  }

  SamLab get(long samLabId) {
    return samLabs
        .findById(samLabId)
        .orElseThrow(() -> new IllegalArgumentException("SamLab " + samLabId + " findes ikke"));
  }
}
