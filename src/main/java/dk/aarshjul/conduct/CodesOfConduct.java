package dk.aarshjul.conduct;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dk.aarshjul.period.Period;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.process.PlainText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The code of conduct: the council adopts versions of it, the version in force goes first on every
 * dialogue meeting's agenda, and each participant acknowledges it once per election term.
 */
@Service
@Transactional
public class CodesOfConduct {

  static final int MAX_VALUES = 12;

  /**
   * The sketch of Slagelse's working group (seed 002), offered when no code has been adopted yet.
   */
  static final List<CodeOfConduct.Value> SKETCH =
      List.of(
          new CodeOfConduct.Value("Sandhed", null),
          new CodeOfConduct.Value("Faglighed", null),
          new CodeOfConduct.Value("Åbenhed om fejl", null),
          new CodeOfConduct.Value("Udvikling og samarbejde", null),
          new CodeOfConduct.Value("Kommunens værdier", null));

  private final CodeOfConductRepository codes;
  private final ConductAcknowledgementRepository acknowledgements;
  private final ObjectMapper json;

  CodesOfConduct(
      CodeOfConductRepository codes,
      ConductAcknowledgementRepository acknowledgements,
      ObjectMapper json) {
    this.codes = codes;
    this.acknowledgements = acknowledgements;
    this.json = json;
  }

  /** The version in force on the day: the newest adopted on or before it. */
  @Transactional(readOnly = true)
  public Optional<CodeOfConduct> inForce(LocalDate day) {
    return codes.findFirstByAdoptedOnLessThanEqualOrderByVersionDesc(day);
  }

  /** The version in force today (the engine's clock). */
  @Transactional(readOnly = true)
  public Optional<CodeOfConduct> inForceToday() {
    return inForce(today());
  }

  @Transactional(readOnly = true)
  public CodeOfConduct get(long codeId) {
    return codes
        .findById(codeId)
        .orElseThrow(() -> new IllegalArgumentException("Kodeks " + codeId + " findes ikke"));
  }

  /** What the adoption form shows and starts from. */
  public record AdoptionForm(String info, String title, String text, String valuesJson) {}

  /** The form of the next adoption: the latest version to revise, or the working group's sketch. */
  @Transactional(readOnly = true)
  public AdoptionForm adoptionForm() {
    Optional<CodeOfConduct> latest = codes.findFirstByOrderByVersionDesc();
    StringBuilder info =
        new StringBuilder(
            "### Kodeks for samarbejde\n\nByrådet vedtager et kodeks for samarbejdet mellem"
                + " politikere og ansatte: de pligter og værdier, begge parter holder sig til, når de"
                + " mødes. Kodekset står først på dagsordenen ved hvert dialogmøde, og hver deltager"
                + " tilslutter sig den gældende version én gang i valgperioden. Registrér byrådets"
                + " vedtagelse: dato, tekst og værdier. En ny vedtagelse bliver en ny version.\n");
    List<CodeOfConduct.Value> values;
    String title;
    String text;
    if (latest.isPresent()) {
      CodeOfConduct code = latest.get();
      info.append("\n**Gældende nu:** ")
          .append(PlainText.markdown(code.label()))
          .append(", vedtaget ")
          .append(FormValues.longDate(code.getAdoptedOn()))
          .append(". Formularen er udfyldt med den, så byrådets ændringer kan skrives ind.\n");
      values = code.getValues();
      title = code.getTitle();
      text = code.getText();
    } else {
      info.append(
          "\nDer er endnu ikke vedtaget et kodeks. Formularen er udfyldt med arbejdsgruppens skitse"
              + " til pligter og værdier; skriv byrådets vedtagne tekst.\n");
      values = SKETCH;
      title = "Kodeks for samarbejde";
      text = null;
    }
    ArrayNode rows = json.createArrayNode();
    values.forEach(
        value ->
            rows.addObject().put("name", value.name()).put("description", value.description()));
    return new AdoptionForm(FormValues.fitForm(info.toString()), title, text, rows.toString());
  }

  /**
   * Registers the council's adoption as the next version; refused in Danish (nothing stored) when a
   * field is missing or too long, the date lies ahead or before the version in force, or a value
   * stands twice.
   */
  public CodeOfConduct adopt(
      Object adoptedOnValue,
      Object titleValue,
      Object textValue,
      Object valuesValue,
      String actor) {
    LocalDate adoptedOn;
    try {
      adoptedOn = FormValues.parseDate(adoptedOnValue);
    } catch (IllegalArgumentException e) {
      adoptedOn = null;
    }
    if (adoptedOn == null) {
      throw new InvalidSubmissionException(
          ConductFields.ADOPTED_ON.key(), "Angiv datoen for byrådets vedtagelse.");
    }
    if (adoptedOn.isAfter(today())) {
      throw new InvalidSubmissionException(
          ConductFields.ADOPTED_ON.key(),
          "Byrådet kan ikke have vedtaget kodekset "
              + FormValues.longDate(adoptedOn)
              + ": datoen ligger ude i fremtiden.");
    }
    Optional<CodeOfConduct> latest = codes.findFirstByOrderByVersionDesc();
    if (latest.isPresent() && adoptedOn.isBefore(latest.get().getAdoptedOn())) {
      throw new InvalidSubmissionException(
          ConductFields.ADOPTED_ON.key(),
          "Version "
              + latest.get().getVersion()
              + " blev vedtaget "
              + FormValues.longDate(latest.get().getAdoptedOn())
              + "; en ny version kan ikke være vedtaget før.");
    }
    String title = ConductFields.TITLE.requiredValue(titleValue, "Skriv kodeksets titel.");
    String text = ConductFields.TEXT.requiredValue(textValue, "Skriv kodeksets tekst.");
    List<CodeOfConduct.Value> values = values(valuesValue);
    int version = latest.map(code -> code.getVersion() + 1).orElse(1);
    return codes.saveAndFlush(new CodeOfConduct(version, title, text, values, adoptedOn, actor));
  }

  private static List<CodeOfConduct.Value> values(Object value) {
    JsonNode rows = FormValues.rows(value, ConductFields.VALUES);
    if (rows.isEmpty() || rows.size() > MAX_VALUES) {
      throw new InvalidSubmissionException(
          ConductFields.VALUES, "Angiv fra 1 til " + MAX_VALUES + " værdier eller pligter.");
    }
    List<CodeOfConduct.Value> values = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    int n = 1;
    for (JsonNode row : rows) {
      String prefix = "Værdi " + n++ + ": ";
      String name = ConductFields.VALUE_NAME.text(row, ConductFields.VALUES, prefix);
      if (!names.add(name.toLowerCase(Locale.ROOT))) {
        throw new InvalidSubmissionException(
            ConductFields.VALUES, prefix + "'" + name + "' står to gange.");
      }
      values.add(
          new CodeOfConduct.Value(
              name, ConductFields.VALUE_DESCRIPTION.text(row, ConductFields.VALUES, prefix)));
    }
    return values;
  }

  /** The first item of every dialogue meeting's agenda: the code in force on the meeting's day. */
  @Transactional(readOnly = true)
  public Optional<String> agendaItem(LocalDate meetingDay) {
    return inForce(meetingDay)
        .map(
            code ->
                code.label()
                    + ": "
                    + code.getValues().stream()
                        .map(CodeOfConduct.Value::name)
                        .collect(Collectors.joining(", ")));
  }

  /** Who has acknowledged the version in the term of the year. */
  @Transactional(readOnly = true)
  public Set<String> acknowledgedBy(long codeId, int year) {
    return acknowledgements
        .findByCodeIdAndTermFirstYearOrderByAcknowledgedAtAsc(codeId, Period.termStartingIn(year))
        .stream()
        .map(ConductAcknowledgement::getUserId)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** Whether the user has acknowledged the version in the term of the year. */
  @Transactional(readOnly = true)
  public boolean hasAcknowledged(long codeId, int year, String userId) {
    return acknowledgements.existsByCodeIdAndTermFirstYearAndUserId(
        codeId, Period.termStartingIn(year), userId);
  }

  /**
   * Records the acknowledgements of the version in the term of the year (once per term: a user who
   * has acknowledged it is skipped); returns the users newly recorded.
   */
  public List<String> acknowledge(
      long codeId, int year, Collection<String> userIds, String occasion, String recordedBy) {
    CodeOfConduct code = get(codeId);
    int term = Period.termStartingIn(year);
    List<String> recorded = new ArrayList<>();
    for (String userId : new LinkedHashSet<>(userIds)) {
      if (!acknowledgements.existsByCodeIdAndTermFirstYearAndUserId(code.getId(), term, userId)) {
        acknowledgements.save(
            new ConductAcknowledgement(code.getId(), term, userId, occasion, recordedBy));
        recorded.add(userId);
      }
    }
    acknowledgements.flush();
    return recorded;
  }

  /** The code as a form shows it: title, version, date, text and values (Markdown). */
  @Transactional(readOnly = true)
  public String markdown(CodeOfConduct code) {
    StringBuilder text =
        new StringBuilder("**")
            .append(PlainText.markdown(code.label()))
            .append("** (vedtaget af byrådet ")
            .append(FormValues.longDate(code.getAdoptedOn()))
            .append(")\n\n")
            .append(PlainText.markdown(code.getText()))
            .append("\n");
    for (CodeOfConduct.Value value : code.getValues()) {
      text.append("\n- **").append(PlainText.markdown(value.name())).append("**");
      if (value.description() != null) {
        text.append(": ").append(PlainText.markdown(value.description()));
      }
    }
    return text.append('\n').toString();
  }

  private static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(FormValues.DENMARK).toLocalDate();
  }
}
