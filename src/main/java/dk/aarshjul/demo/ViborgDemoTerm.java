package dk.aarshjul.demo;

import static dk.aarshjul.demo.DemoData.login;

import dk.aarshjul.contract.CouncilGoals;
import dk.aarshjul.contract.CouncilGoals.GoalDraft;
import dk.aarshjul.contract.CouncilGoals.ThemeDraft;
import dk.aarshjul.contract.Goal;
import dk.aarshjul.measure.DataImport;
import dk.aarshjul.measure.ImportKind;
import dk.aarshjul.measure.MeasureSource;
import dk.aarshjul.measure.MeasureUnit;
import dk.aarshjul.measure.Measurements;
import dk.aarshjul.measure.Measurements.IndicatorDraft;
import dk.aarshjul.period.GoalTemplate;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Periods;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Viborg's previous election term 2022–2025 as the demo seeds it (seed 001): the council's
 * Sammenhængsmodel with five themes and 21 goals, each measured – 8 by the yearly citizen survey,
 * 13 by register data – and the survey's six statements on coherence across the municipality; the
 * baseline survey 2022, the surveys 2023 and 2024 and the register data of the three years, each
 * imported by the data team's first member and published by the second. So the public
 * Sammenhængsbarometer shows 2022–2025 from the start, and the new council's political workshop for
 * 2026–2029 begins from its status. The values are demo data (about 4,000 respondents a year); the
 * themes are Viborg's, the goals written in the same spirit.
 */
@Component
@ConditionalOnProperty(name = "aarshjul.demo.enabled", havingValue = "true")
class ViborgDemoTerm implements DemoSeed {

  private static final Logger LOG = LoggerFactory.getLogger(ViborgDemoTerm.class);

  static final int FIRST_YEAR = 2022;
  static final String TITLE = "Sammenhængsmodellen";

  /** The years with data: the baseline 2022 and the yearly surveys; 2025 is not yet measured. */
  static final List<Integer> MEASURED_YEARS = List.of(2022, 2023, 2024);

  /** Respondents to the survey's first question per year; later questions lose a few each. */
  static final Map<Integer, Integer> RESPONDENTS = Map.of(2022, 4012, 2023, 3968, 2024, 4041);

  /** Respondents who skip each further question of the survey. */
  static final int SKIPPED_PER_QUESTION = 7;

  static final boolean HIGHER = true;
  static final boolean LOWER = false;

  static final List<String> AGREEMENT =
      List.of("Helt enig", "Enig", "Hverken enig eller uenig", "Uenig", "Helt uenig");
  static final List<String> AGREE = List.of("Helt enig", "Enig");

  /** How a goal is measured, with its demo values. */
  sealed interface Measure permits Register, Survey {}

  /**
   * A register indicator: its code as in the register file, what the barometer calls it, the target
   * for 2025 and the values of {@link #MEASURED_YEARS} as the file gives them (Danish numbers).
   */
  record Register(
      String code,
      String label,
      MeasureUnit unit,
      String target,
      boolean higherIsBetter,
      List<String> values)
      implements Measure {}

  /**
   * A survey question with its answers and the ones counted, the target for 2025 (none for a
   * coherence statement) and per measured year the share (percent) of each answer, in the answers'
   * order.
   */
  record Survey(
      String question,
      List<String> answers,
      List<String> counted,
      String label,
      String target,
      boolean higherIsBetter,
      List<YearShares> shares)
      implements Measure {

    /** The shares of {@code year}, one per answer. */
    List<String> sharesIn(int year) {
      return shares.stream()
          .filter(row -> row.year() == year && row.shares().size() == answers.size())
          .findFirst()
          .map(YearShares::shares)
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "Viborgs demodata: '" + question + "' har ingen andele for " + year));
    }
  }

  /** The shares of a survey question's answers in one year. */
  record YearShares(int year, List<String> shares) {}

  record DemoGoal(String title, String description, Measure measure) {}

  record DemoTheme(String title, String description, List<DemoGoal> goals) {}

  static final List<DemoTheme> THEMES =
      List.of(
          new DemoTheme(
              "Bæredygtighed",
              "Vi passer på klimaet, naturen og ressourcerne, så kommunen også er et godt sted at"
                  + " leve for de næste generationer.",
              List.of(
                  new DemoGoal(
                      "Lavere CO2-udledning pr. indbygger",
                      "Udledningen af drivhusgasser fra kommunen som geografisk område skal falde"
                          + " år for år, så vi bidrager til de nationale klimamål.",
                      new Register(
                          "CO2-udledning pr. indbygger",
                          "Udledning af drivhusgasser pr. indbygger (ton CO2e)",
                          MeasureUnit.NUMBER,
                          "8,5",
                          LOWER,
                          values("9,8", "9,4", "9,1"))),
                  new DemoGoal(
                      "Mere husholdningsaffald genanvendes",
                      "Borgerne sorterer mere, og mere af affaldet bliver til nye materialer.",
                      new Register(
                          "Genanvendelse af husholdningsaffald",
                          "Andel af husholdningsaffaldet, der genanvendes",
                          MeasureUnit.PERCENT,
                          "55",
                          HIGHER,
                          values("52,4", "54,0", "56,1"))),
                  new DemoGoal(
                      "Kommunens bygninger bruger mindre energi",
                      "Skoler, plejecentre og de øvrige kommunale bygninger energirenoveres og"
                          + " drives, så energiforbruget falder.",
                      new Register(
                          "Energiforbrug i kommunale bygninger",
                          "Energiforbrug i kommunens bygninger (kWh pr. m²)",
                          MeasureUnit.NUMBER,
                          "115",
                          LOWER,
                          values("128", "124", "121"))),
                  new DemoGoal(
                      "Mere plads til natur",
                      "Flere og større sammenhængende naturområder, hvor planter og dyr kan trives,"
                          + " og hvor borgerne kan komme ud.",
                      new Register(
                          "Naturareal i procent af kommunens areal",
                          "Andel af kommunens areal, der er natur",
                          MeasureUnit.PERCENT,
                          "12",
                          HIGHER,
                          values("10,2", "10,3", "10,5"))))),
          new DemoTheme(
              "Vækst og socialt ansvar",
              "Vi vil have vækst i hele kommunen – flere indbyggere og flere arbejdspladser – og"
                  + " et arbejdsmarked, hvor alle, der kan, bidrager.",
              List.of(
                  new DemoGoal(
                      "Flere indbyggere",
                      "Befolkningen skal vokse med mindst en halv procent om året.",
                      new Register(
                          "Indbyggertal 1. januar",
                          "Antal indbyggere",
                          MeasureUnit.COUNT,
                          "99.000",
                          HIGHER,
                          values("97.312", "97.845", "98.290"))),
                  new DemoGoal(
                      "Flere arbejdspladser",
                      "Virksomhederne i kommunen skal have gode vilkår for at vokse og skabe nye"
                          + " job.",
                      new Register(
                          "Arbejdspladser i kommunen",
                          "Antal arbejdspladser i kommunen",
                          MeasureUnit.COUNT,
                          "49.500",
                          HIGHER,
                          values("47.860", "48.420", "48.950"))),
                  new DemoGoal(
                      "Flere borgere er i job eller uddannelse",
                      "Færre borgere i den erhvervsaktive alder er på offentlig forsørgelse; alle,"
                          + " der kan, skal have mulighed for at bidrage på arbejdsmarkedet.",
                      new Register(
                          "Fuldtidspersoner på offentlig forsørgelse, 16-66 år",
                          "Andel af de 16-66-årige, der er på offentlig forsørgelse",
                          MeasureUnit.PERCENT,
                          "13,5",
                          LOWER,
                          values("14,9", "14,6", "14,2"))),
                  new DemoGoal(
                      "Vækst i lokalsamfundene",
                      "Flere af kommunens 40 byer med over 200 indbyggere skal vokse – ikke kun"
                          + " Viborg by.",
                      new Register(
                          "Byer over 200 indbyggere med vækst i indbyggertal",
                          "Antal byer over 200 indbyggere, hvor indbyggertallet er steget",
                          MeasureUnit.COUNT,
                          "30",
                          HIGHER,
                          values("17", "19", "21"))),
                  new DemoGoal(
                      "Flere borgere arbejder som frivillige",
                      "Frivillige gør en stor forskel i foreningerne, på plejecentrene og i"
                          + " lokalsamfundene; flere skal have lyst til at give en hånd med.",
                      new Survey(
                          "Har du udført frivilligt, ulønnet arbejde inden for det seneste år?",
                          List.of("Ja, jævnligt", "Ja, en eller flere gange", "Nej", "Ved ikke"),
                          List.of("Ja, jævnligt", "Ja, en eller flere gange"),
                          "Andel af borgerne, der har arbejdet frivilligt det seneste år",
                          "50",
                          HIGHER,
                          List.of(
                              year(2022, "21,6", "25,2", "51,0", "2,2"),
                              year(2023, "21,9", "25,6", "50,4", "2,1"),
                              year(2024, "20,8", "25,1", "52,0", "2,1")))))),
          new DemoTheme(
              "Sundhed",
              "Alle borgere skal have mulighed for et sundt og aktivt liv, og færre skal blive"
                  + " syge af noget, der kan forebygges.",
              List.of(
                  new DemoGoal(
                      "Flere borgere er fysisk aktive",
                      "Flere bevæger sig i hverdagen – i foreningerne, i naturen og på vej til"
                          + " arbejde og skole.",
                      new Survey(
                          "Hvor mange dage om ugen er du fysisk aktiv i mindst en halv time?",
                          List.of("5-7 dage", "2-4 dage", "1 dag", "Sjældnere end 1 dag om ugen"),
                          List.of("5-7 dage", "2-4 dage"),
                          "Andel af borgerne, der er fysisk aktive mindst to dage om ugen",
                          "85",
                          HIGHER,
                          List.of(
                              year(2022, "41,3", "45,6", "6,8", "6,3"),
                              year(2023, "42,0", "45,4", "6,5", "6,1"),
                              year(2024, "42,9", "45,2", "6,3", "5,6")))),
                  new DemoGoal(
                      "Flere borgere spiser sundt",
                      "Sund mad i dagtilbud, skoler og på plejecentre, og viden om sund kost til"
                          + " alle aldre.",
                      new Survey(
                          "Hvordan vil du beskrive dine kostvaner?",
                          List.of(
                              "Meget sunde",
                              "Overvejende sunde",
                              "Hverken sunde eller usunde",
                              "Overvejende usunde",
                              "Meget usunde"),
                          List.of("Meget sunde", "Overvejende sunde"),
                          "Andel af borgerne med sunde kostvaner",
                          "80",
                          HIGHER,
                          List.of(
                              year(2022, "12,4", "58,8", "21,6", "6,1", "1,1"),
                              year(2023, "11,9", "58,5", "22,3", "6,2", "1,1"),
                              year(2024, "12,2", "58,6", "21,9", "6,2", "1,1")))),
                  new DemoGoal(
                      "Færre borgere ryger dagligt",
                      "Færre begynder at ryge, og flere får hjælp til at holde op – især de unge.",
                      new Survey(
                          "Ryger du?",
                          List.of(
                              "Ja, dagligt",
                              "Ja, men ikke hver dag",
                              "Nej, men jeg har røget",
                              "Nej, jeg har aldrig røget"),
                          List.of("Ja, dagligt"),
                          "Andel af borgerne, der ryger dagligt",
                          "10",
                          LOWER,
                          List.of(
                              year(2022, "13,6", "4,1", "29,8", "52,5"),
                              year(2023, "12,7", "4,3", "30,1", "52,9"),
                              year(2024, "10,9", "4,6", "30,8", "53,7")))),
                  new DemoGoal(
                      "Færre ældre indlægges med sygdomme, der kan forebygges",
                      "Hjemmeplejen, sygeplejen og plejecentrene opdager tidligt, når en ældre"
                          + " borger bliver syg, så en indlæggelse kan undgås.",
                      new Register(
                          "Forebyggelige indlæggelser pr. 1.000 ældre (65+)",
                          "Forebyggelige indlæggelser pr. 1.000 borgere på 65 år og derover",
                          MeasureUnit.NUMBER,
                          "31",
                          LOWER,
                          values("34,2", "32,6", "30,4"))))),
          new DemoTheme(
              "Læring og uddannelse",
              "Alle børn og unge skal lære mest muligt og have en uddannelse, og flere skal vælge"
                  + " at uddanne sig i kommunen.",
              List.of(
                  new DemoGoal(
                      "Flere børn har et alderssvarende sprog, når de begynder i skole",
                      "Dagplejen og børnehusene styrker sproget og den sociale trivsel hos de"
                          + " 0-6-årige.",
                      new Register(
                          "Sprogvurdering ved skolestart, alderssvarende",
                          "Andel af børnene med alderssvarende sprog ved skolestart",
                          MeasureUnit.PERCENT,
                          "90",
                          HIGHER,
                          values("86,0", "87,1", "87,8"))),
                  new DemoGoal(
                      "Flere elever får mindst 2 i dansk og matematik",
                      "Ved folkeskolens afgangsprøver i 9. klasse, så eleverne kan begynde på en"
                          + " ungdomsuddannelse.",
                      new Register(
                          "Elever med mindst 2 i dansk og matematik, 9. klasse",
                          "Andel af eleverne i 9. klasse med mindst 2 i både dansk og matematik",
                          MeasureUnit.PERCENT,
                          "92",
                          HIGHER,
                          values("88,4", "89,9", "92,3"))),
                  new DemoGoal(
                      "Flere unge gennemfører en ungdomsuddannelse",
                      "Ni ud af ti unge skal have gennemført en ungdomsuddannelse, inden de fylder"
                          + " 25 år.",
                      new Register(
                          "25-årige med en ungdomsuddannelse",
                          "Andel af de 25-årige, der har gennemført en ungdomsuddannelse",
                          MeasureUnit.PERCENT,
                          "90",
                          HIGHER,
                          values("85,6", "86,2", "86,9"))),
                  new DemoGoal(
                      "Flere unge vælger kommunen som uddannelsesby",
                      "Vi vil tiltrække flere uddannelser, og flere unge skal vælge at tage deres"
                          + " videregående uddannelse her.",
                      new Register(
                          "Studerende på videregående uddannelser i kommunen",
                          "Antal studerende på videregående uddannelser i kommunen",
                          MeasureUnit.COUNT,
                          "3.500",
                          HIGHER,
                          values("3.080", "3.035", "3.010"))))),
          new DemoTheme(
              "Oplevelser og fællesskaber",
              "Et rigt forenings-, kultur- og fritidsliv, hvor alle kan finde et fællesskab, og"
                  + " hvor færre føler sig alene.",
              List.of(
                  new DemoGoal(
                      "Flere borgere er en del af et fællesskab",
                      "I foreningen, i lokalområdet, på arbejdet eller i skolen.",
                      new Survey(
                          "Føler du dig som en del af et fællesskab, fx i en forening, i dit"
                              + " lokalområde eller på dit arbejde?",
                          List.of("Ja, i høj grad", "Ja, i nogen grad", "Kun i ringe grad", "Nej"),
                          List.of("Ja, i høj grad", "Ja, i nogen grad"),
                          "Andel af borgerne, der føler sig som en del af et fællesskab",
                          "80",
                          HIGHER,
                          List.of(
                              year(2022, "31,2", "40,2", "19,5", "9,1"),
                              year(2023, "32,0", "40,8", "18,9", "8,3"),
                              year(2024, "32,9", "41,2", "18,2", "7,7")))),
                  new DemoGoal(
                      "Færre borgere føler sig ensomme",
                      "Ingen skal være alene mod deres vilje; dagtilbud, skoler, plejecentre og"
                          + " foreninger hjælper hinanden med at række ud.",
                      new Survey(
                          "Hvor ofte føler du dig alene, selv om du helst ville være sammen med"
                              + " andre?",
                          List.of("Ofte", "En gang imellem", "Sjældent", "Aldrig"),
                          List.of("Ofte"),
                          "Andel af borgerne, der ofte føler sig ensomme",
                          "6",
                          LOWER,
                          List.of(
                              year(2022, "8,2", "22,4", "38,9", "30,5"),
                              year(2023, "7,6", "22,1", "39,6", "30,7"),
                              year(2024, "7,9", "22,8", "39,0", "30,3")))),
                  new DemoGoal(
                      "Flere borgere er medlem af en lokal forening",
                      "Foreningerne er limen i lokalsamfundene; flere skal være med.",
                      new Survey(
                          "Er du medlem af en forening i dit lokalområde, fx en idrætsforening,"
                              + " en borgerforening eller et kor?",
                          List.of(
                              "Ja, og jeg deltager aktivt",
                              "Ja, men jeg deltager ikke aktivt",
                              "Nej"),
                          List.of("Ja, og jeg deltager aktivt", "Ja, men jeg deltager ikke aktivt"),
                          "Andel af borgerne, der er medlem af en lokal forening",
                          "70",
                          HIGHER,
                          List.of(
                              year(2022, "44,1", "15,3", "40,6"),
                              year(2023, "45,6", "15,6", "38,8"),
                              year(2024, "48,2", "15,8", "36,0")))),
                  new DemoGoal(
                      "Flere borgere er tilfredse med kultur- og fritidstilbuddene",
                      "Events, koncerter, biblioteker, idræt og oplevelser i hele kommunen.",
                      new Survey(
                          "Hvor tilfreds er du med udbuddet af kultur, events og oplevelser i"
                              + " kommunen?",
                          List.of(
                              "Meget tilfreds",
                              "Tilfreds",
                              "Hverken tilfreds eller utilfreds",
                              "Utilfreds",
                              "Meget utilfreds"),
                          List.of("Meget tilfreds", "Tilfreds"),
                          "Andel af borgerne, der er tilfredse med udbuddet af kultur, events og"
                              + " oplevelser",
                          "80",
                          HIGHER,
                          List.of(
                              year(2022, "21,3", "53,2", "17,9", "5,8", "1,8"),
                              year(2023, "23,0", "55,2", "15,6", "4,7", "1,5"),
                              year(2024, "24,8", "55,8", "14,3", "3,9", "1,2")))))));

  /** The survey's statements on coherence across the municipality: followed, without a target. */
  static final List<Survey> STATEMENTS =
      List.of(
          statement(
              "Kommunen sørger for, at mine sager hænger sammen, selv om flere afdelinger er"
                  + " involveret",
              "Andel, der oplever, at deres sager hænger sammen på tværs af afdelinger",
              year(2022, "9,8", "31,4", "33,0", "17,6", "8,2"),
              year(2023, "10,5", "32,6", "32,4", "16,8", "7,7"),
              year(2024, "11,2", "33,5", "32,0", "16,1", "7,2")),
          statement(
              "Det er let at finde ud af, hvem i kommunen jeg skal kontakte",
              "Andel, der let finder den rette at kontakte i kommunen",
              year(2022, "12,6", "35,1", "25,4", "18,7", "8,2"),
              year(2023, "13,0", "36,2", "25,0", "17,9", "7,9"),
              year(2024, "12,8", "35,6", "25,6", "18,1", "7,9")),
          statement(
              "Jeg skal ikke fortælle det samme flere gange, når jeg har kontakt med flere"
                  + " medarbejdere i kommunen",
              "Andel, der ikke skal gentage sig selv over for flere medarbejdere",
              year(2022, "8,1", "26,9", "30,2", "23,5", "11,3"),
              year(2023, "8,9", "28,0", "30,1", "22,6", "10,4"),
              year(2024, "9,6", "29,4", "29,8", "21,7", "9,5")),
          statement(
              "Kommunens medarbejdere samarbejder om at finde en løsning, der passer til min"
                  + " situation",
              "Andel, der oplever, at medarbejderne samarbejder om en løsning, der passer til dem",
              year(2022, "10,4", "33,8", "34,1", "14,5", "7,2"),
              year(2023, "11,1", "34,9", "33,6", "13,9", "6,5"),
              year(2024, "11,8", "35,7", "33,2", "13,2", "6,1")),
          statement(
              "Jeg ved, hvad der skal ske i min sag, og hvornår det sker",
              "Andel, der ved, hvad der skal ske i deres sag, og hvornår",
              year(2022, "11,9", "38,2", "26,7", "15,8", "7,4"),
              year(2023, "12,3", "38,0", "26,9", "15,6", "7,2"),
              year(2024, "11,6", "37,4", "27,5", "16,0", "7,5")),
          statement(
              "Jeg har tillid til, at kommunen træffer de rigtige beslutninger i min sag",
              "Andel, der har tillid til kommunens beslutninger i deres sag",
              year(2022, "13,5", "40,6", "27,2", "12,4", "6,3"),
              year(2023, "14,2", "41,3", "26,5", "12,0", "6,0"),
              year(2024, "14,6", "41,9", "26,3", "11,5", "5,7")));

  private final Periods periods;
  private final CouncilGoals councilGoals;
  private final Measurements measurements;

  ViborgDemoTerm(Periods periods, CouncilGoals councilGoals, Measurements measurements) {
    this.periods = periods;
    this.councilGoals = councilGoals;
    this.measurements = measurements;
  }

  @Override
  public String model() {
    return "viborg";
  }

  /**
   * Opens the term, records the council's themes and goals, defines their measurement and imports
   * and publishes the data of {@link #MEASURED_YEARS}: the first data-team member imports, the
   * second reviews.
   */
  @Override
  public void seed(DemoData demo) {
    if (demo.dataTeam().size() < 2) {
      throw new IllegalStateException(
          "Demokommunen "
              + demo.name()
              + " skal have to i dataholdet: én indlæser, en anden kontrollerer");
    }
    String importer = login(demo.dataTeam().get(0));
    String reviewer = login(demo.dataTeam().get(1));
    Period term = periods.openElectionTerm(FIRST_YEAR, TITLE, GoalTemplate.EFFECT);
    councilGoals.record(
        term.getId(),
        THEMES.stream()
            .map(
                theme ->
                    new ThemeDraft(
                        theme.title(),
                        theme.description(),
                        theme.goals().stream()
                            .map(goal -> new GoalDraft(null, goal.title(), goal.description()))
                            .toList()))
            .toList());
    Map<String, Long> goalIds =
        councilGoals.ofPeriod(term.getId()).stream()
            .collect(Collectors.toMap(Goal::getTitle, Goal::getId));
    measurements.define(term.getId(), indicators(goalIds));
    for (int year : MEASURED_YEARS) {
      String survey = (year == FIRST_YEAR ? "Baseline-borgermåling " : "Borgermåling ") + year;
      publish(
          measurements.importFile(
              term.getId(), ImportKind.SURVEY, year, survey + ".csv", surveyFile(year), importer),
          reviewer);
      publish(
          measurements.importFile(
              term.getId(),
              ImportKind.REGISTER,
              null,
              "Registerdata " + year + ".csv",
              registerFile(year),
              importer),
          reviewer);
    }
    LOG.info(
        "Demokommunen {}: valgperioden {} ({}) er oprettet med {} temaer og {} målsætninger;"
            + " borgermålinger og registerdata for {} er offentliggjort på barometeret",
        demo.name(),
        term.getName(),
        term.getTitle(),
        THEMES.size(),
        goals().size(),
        MEASURED_YEARS);
  }

  private void publish(DataImport data, String reviewer) {
    measurements.review(data.getId(), true, null, reviewer);
  }

  /** Every goal in the themes' order. */
  static List<DemoGoal> goals() {
    return THEMES.stream().flatMap(theme -> theme.goals().stream()).toList();
  }

  /** One indicator per goal, in the goals' order, then the coherence statements. */
  static List<IndicatorDraft> indicators(Map<String, Long> goalIds) {
    List<IndicatorDraft> drafts = new ArrayList<>();
    for (DemoGoal goal : goals()) {
      Long goalId = goalIds.get(goal.title());
      if (goal.measure() instanceof Register register) {
        drafts.add(
            new IndicatorDraft(
                goalId,
                MeasureSource.REGISTER,
                register.code(),
                List.of(),
                register.label(),
                register.unit(),
                FIRST_YEAR,
                number(register.target()),
                register.higherIsBetter()));
      } else if (goal.measure() instanceof Survey survey) {
        drafts.add(survey(goalId, survey));
      }
    }
    STATEMENTS.forEach(statement -> drafts.add(survey(null, statement)));
    return drafts;
  }

  private static IndicatorDraft survey(Long goalId, Survey survey) {
    return new IndicatorDraft(
        goalId,
        MeasureSource.SURVEY,
        survey.question(),
        survey.counted(),
        survey.label(),
        MeasureUnit.PERCENT,
        FIRST_YEAR,
        survey.target() == null ? null : number(survey.target()),
        survey.higherIsBetter());
  }

  /** Every survey question: the goals' in their order, then the statements. */
  static List<Survey> questions() {
    return Stream.concat(
            goals().stream()
                .map(DemoGoal::measure)
                .filter(Survey.class::isInstance)
                .map(Survey.class::cast),
            STATEMENTS.stream())
        .toList();
  }

  /**
   * The survey of {@code year} as the survey provider delivers it: one line per question and answer
   * ({@code spørgsmål;antal svar;svar;andel}).
   */
  static String surveyFile(int year) {
    StringBuilder file = new StringBuilder("spørgsmål;antal svar;svar;andel\n");
    List<Survey> questions = questions();
    for (int q = 0; q < questions.size(); q++) {
      Survey survey = questions.get(q);
      int respondents = RESPONDENTS.get(year) - q * SKIPPED_PER_QUESTION;
      List<String> shares = survey.sharesIn(year);
      for (int a = 0; a < survey.answers().size(); a++) {
        file.append(survey.question())
            .append(';')
            .append(respondents)
            .append(';')
            .append(survey.answers().get(a))
            .append(';')
            .append(shares.get(a))
            .append('\n');
      }
    }
    return file.toString();
  }

  /** The register data of {@code year}: one line per register indicator. */
  static String registerFile(int year) {
    int index = MEASURED_YEARS.indexOf(year);
    StringBuilder file = new StringBuilder("indikator;år;værdi\n");
    goals().stream()
        .map(DemoGoal::measure)
        .filter(Register.class::isInstance)
        .map(Register.class::cast)
        .forEach(
            register ->
                file.append(register.code())
                    .append(';')
                    .append(year)
                    .append(';')
                    .append(register.values().get(index))
                    .append('\n'));
    return file.toString();
  }

  /** A Danish number ("99.000", "8,5") as a value. */
  static BigDecimal number(String danish) {
    return new BigDecimal(danish.replace(".", "").replace(',', '.'));
  }

  private static List<String> values(String in2022, String in2023, String in2024) {
    return List.of(in2022, in2023, in2024);
  }

  private static YearShares year(int year, String... shares) {
    return new YearShares(year, List.of(shares));
  }

  private static Survey statement(String question, String label, YearShares... shares) {
    return new Survey(question, AGREEMENT, AGREE, label, null, HIGHER, List.of(shares));
  }
}
