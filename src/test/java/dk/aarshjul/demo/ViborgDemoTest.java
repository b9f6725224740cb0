package dk.aarshjul.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dk.aarshjul.contract.CouncilGoals;
import dk.aarshjul.contract.Goal;
import dk.aarshjul.demo.ViborgDemoTerm.DemoGoal;
import dk.aarshjul.demo.ViborgDemoTerm.Register;
import dk.aarshjul.demo.ViborgDemoTerm.Survey;
import dk.aarshjul.measure.Indicator;
import dk.aarshjul.measure.Measurements;
import dk.aarshjul.organisation.Committee;
import dk.aarshjul.organisation.CommitteeKind;
import dk.aarshjul.organisation.CommitteeMember;
import dk.aarshjul.organisation.Committees;
import dk.aarshjul.organisation.Groups;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.period.AimKind;
import dk.aarshjul.period.GoalTemplate;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Periods;
import dk.aarshjul.reporting.Barometer;
import dk.aarshjul.reporting.Barometer.GoalView;
import dk.aarshjul.reporting.Barometer.ValueView;
import dk.aarshjul.reporting.BarometerReport;
import dk.aarshjul.reporting.BarometerStatus;
import dk.aarshjul.theme.CouncilWorkshop;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

/**
 * The Viborg demo municipality: its committees, units and people, and the previous term 2022–2025
 * with five themes, 21 goals and a published Sammenhængsbarometer. It starts on a database and
 * engine of its own (tag own-database), as the demos never share a database.
 */
@Tag("own-database")
class ViborgDemoTest {

  static final String PASSWORD = "demo";

  @Test
  void shouldMeasureTwentyOneGoalsEightBySurveyAndThirteenByRegister() {
    // Given Viborg's demo term as data
    List<DemoGoal> goals = ViborgDemoTerm.goals();

    // Then five themes hold 21 goals: 8 measured by the citizen survey, 13 by register data; and
    // the survey asks six statements on coherence besides
    assertThat(ViborgDemoTerm.THEMES)
        .extracting(ViborgDemoTerm.DemoTheme::title)
        .containsExactly(
            "Bæredygtighed",
            "Vækst og socialt ansvar",
            "Sundhed",
            "Læring og uddannelse",
            "Oplevelser og fællesskaber");
    assertThat(goals).hasSize(21);
    assertThat(goals).filteredOn(goal -> goal.measure() instanceof Survey).hasSize(8);
    assertThat(goals).filteredOn(goal -> goal.measure() instanceof Register).hasSize(13);
    assertThat(ViborgDemoTerm.STATEMENTS).hasSize(6);
  }

  @Test
  void shouldGiveEverySurveyQuestionSharesThatAddUpToOneHundredEachYear() {
    // Given every survey question of the demo (goals and statements)
    for (Survey survey : ViborgDemoTerm.questions()) {
      for (int year : ViborgDemoTerm.MEASURED_YEARS) {
        // When its shares of the year are added up
        BigDecimal sum =
            survey.sharesIn(year).stream()
                .map(ViborgDemoTerm::number)
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        // Then they make exactly 100 %, with 3–5 answers, the counted ones among them
        assertThat(sum).as(survey.question() + " " + year).isEqualByComparingTo("100");
        assertThat(survey.answers()).as(survey.question()).hasSizeBetween(3, 5);
        assertThat(survey.answers()).containsAll(survey.counted());
      }
    }
  }

  @Test
  void shouldGiveEveryRegisterIndicatorAValueForEachMeasuredYear() {
    // Given the register file of each measured year
    for (int year : ViborgDemoTerm.MEASURED_YEARS) {
      String file = ViborgDemoTerm.registerFile(year);

      // Then it has a header and one line per register indicator, all of that year
      List<String> lines = file.lines().toList();
      assertThat(lines.get(0)).isEqualTo("indikator;år;værdi");
      assertThat(lines.subList(1, lines.size()))
          .hasSize(13)
          .allSatisfy(line -> assertThat(line).contains(";" + year + ";"));
    }
  }

  @Nested
  @SpringBootTest(
      properties = {
        "spring.datasource.url=jdbc:h2:mem:demo-viborg;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=demo-viborg",
        "aarshjul.demo.enabled=true",
        "aarshjul.demo.password=" + PASSWORD,
        "aarshjul.governance-model=viborg"
      })
  @Transactional
  class Viborg {

    @Autowired Committees committees;
    @Autowired UnitRepository units;
    @Autowired IdentityService identity;
    @Autowired Periods periods;
    @Autowired CouncilGoals councilGoals;
    @Autowired Measurements measurements;
    @Autowired BarometerReport barometers;
    @Autowired CouncilWorkshop workshop;
    @Autowired WebApplicationContext context;

    @Test
    void shouldSeatTheFinanceCommitteeAndFourStandingCommitteesOverTheirUnits() {
      // Given the Viborg demo has started
      // When the units are read with the committee they answer to
      Map<String, List<String>> unitsOfCommittee =
          units.findByActiveTrueOrderByName().stream()
              .collect(
                  Collectors.groupingBy(
                      unit -> unit.getCommittee().getName(),
                      Collectors.mapping(Unit::getCode, Collectors.toList())));

      // Then Viborg's five committees each have their institutions
      assertThat(unitsOfCommittee)
          .containsOnlyKeys(
              "Børne- og Ungdomsudvalget",
              "Social- og Sundhedsudvalget",
              "Beskæftigelsesudvalget",
              "Kultur- og Fritidsudvalget",
              "Økonomiudvalget");
      assertThat(unitsOfCommittee.get("Børne- og Ungdomsudvalget"))
          .containsExactlyInAnyOrder("vestervangskolen", "hald-ege-skole", "dagplejen-viborg");
      assertThat(unitsOfCommittee.get("Social- og Sundhedsudvalget"))
          .containsExactlyInAnyOrder("liselund", "kildehaven");
      assertThat(unitsOfCommittee.get("Beskæftigelsesudvalget"))
          .containsExactly("jobcenter-viborg");
      assertThat(unitsOfCommittee.get("Kultur- og Fritidsudvalget"))
          .containsExactlyInAnyOrder("viborg-bibliotekerne", "borgerservice-viborg");
      assertThat(unitsOfCommittee.get("Økonomiudvalget")).containsExactly("oekonomi-og-analyse");

      // And each has 3–5 politicians with a chair and one secretary; the mayor chairs
      // Økonomiudvalget and the council
      for (String code :
          List.of(
              "boerne-og-ungdomsudvalget",
              "social-og-sundhedsudvalget",
              "beskaeftigelsesudvalget",
              "kultur-og-fritidsudvalget",
              "oekonomiudvalget")) {
        Committee committee = committees.findByCode(code).orElseThrow();
        assertThat(committee.getMembers()).as(code).hasSizeBetween(3, 5);
        assertThat(committee.chair()).as(code).isPresent();
        assertThat(members(committee.secretariatGroup())).as(code).hasSize(1);
      }
      assertThat(
              committees
                  .findByCode("oekonomiudvalget")
                  .flatMap(Committee::chair)
                  .map(CommitteeMember::getUserId))
          .hasValue("soeren");
      Committee council =
          committees.all().stream()
              .filter(c -> c.getKind() == CommitteeKind.COUNCIL)
              .findFirst()
              .orElseThrow();
      assertThat(council.chair().map(CommitteeMember::getUserId)).hasValue("soeren");
    }

    @Test
    void shouldCreateTheDataTeamBesideTheSharedRoles() {
      // Given the Viborg demo has started
      // Then the data team (analyse) has the importer and the reviewer, who log in with the demo
      // password, beside the council secretariat, the directorate and the process owner
      assertThat(members(Groups.DATA_TEAM))
          .extracting(User::getId)
          .containsExactlyInAnyOrder("nanna", "kasper");
      assertThat(identity.checkPassword("nanna", PASSWORD)).isTrue();
      assertThat(identity.checkPassword("kasper", PASSWORD)).isTrue();
      assertThat(members(Groups.COUNCIL_SECRETARIAT))
          .extracting(User::getId)
          .containsExactly("mette");
      assertThat(members(Groups.DIRECTORATE))
          .extracting(User::getId)
          .containsExactlyInAnyOrder("anders", "hanne");
      assertThat(members(Groups.PROCESS_OWNERS)).extracting(User::getId).containsExactly("inge");
      assertThat(members(Groups.CONTRACT_HOLDERS)).hasSize(9);
    }

    @Test
    void shouldSeedThePreviousTermWithFiveThemesAndTwentyOneGoals() {
      // Given the Viborg demo has started
      // When the election term 2022–2025 is read
      Period term = periods.findElectionTerm(2022).map(p -> periods.get(p.getId())).orElseThrow();

      // Then it is Viborg's Sammenhængsmodel with its five themes and 21 goals
      assertThat(term.getName()).isEqualTo("2022–2025");
      assertThat(term.getTitle()).isEqualTo("Sammenhængsmodellen");
      assertThat(term.getGoalTemplate()).isEqualTo(GoalTemplate.EFFECT);
      assertThat(term.aims(AimKind.THEME))
          .extracting(aim -> aim.getTitle())
          .containsExactly(
              "Bæredygtighed",
              "Vækst og socialt ansvar",
              "Sundhed",
              "Læring og uddannelse",
              "Oplevelser og fællesskaber");
      List<Goal> goals = councilGoals.ofPeriod(term.getId());
      assertThat(goals).hasSize(21);
      assertThat(goals)
          .extracting(Goal::getTitle)
          .contains(
              "Lavere CO2-udledning pr. indbygger",
              "Flere indbyggere",
              "Flere unge gennemfører en ungdomsuddannelse",
              "Flere borgere er en del af et fællesskab",
              "Færre borgere føler sig ensomme");

      // And every goal and statement is measured and published by the data team's reviewer
      List<Indicator> indicators = measurements.indicators(term.getId());
      assertThat(indicators).hasSize(27).allMatch(Indicator::isPublished);
      assertThat(indicators).extracting(Indicator::getPublishedBy).containsOnly("kasper");

      // And the next term is left to the council secretariat
      assertThat(periods.findElectionTerm(2026)).isEmpty();
    }

    @Test
    void shouldPublishTheBarometerWithValuesForThreeYearsAndEveryStatus() {
      // Given the Viborg demo's previous term
      long termId = periods.findElectionTerm(2022).orElseThrow().getId();

      // When its barometer is built from the published data
      Barometer barometer = barometers.of(termId).orElseThrow();

      // Then it shows the five themes with 21 goals and the six statements on coherence
      assertThat(barometer.periodName()).isEqualTo("2022–2025");
      assertThat(barometer.themes()).hasSize(5);
      List<GoalView> goals =
          barometer.themes().stream().flatMap(theme -> theme.goals().stream()).toList();
      assertThat(goals).hasSize(21);
      assertThat(goals).filteredOn(goal -> goal.source().equals("Borgermåling")).hasSize(8);
      assertThat(goals).filteredOn(goal -> goal.source().equals("Registerdata")).hasSize(13);
      assertThat(barometer.statements()).hasSize(6);

      // And every goal and statement has a value for 2022 (baseline), 2023 and 2024, the survey's
      // from about 4,000 respondents
      assertThat(goals)
          .allSatisfy(
              goal ->
                  assertThat(goal.values())
                      .as(goal.title())
                      .extracting(ValueView::year)
                      .containsExactly(2022, 2023, 2024));
      assertThat(barometer.statements())
          .allSatisfy(
              statement ->
                  assertThat(statement.values())
                      .extracting(ValueView::year)
                      .containsExactly(2022, 2023, 2024));
      assertThat(goals)
          .filteredOn(goal -> goal.source().equals("Borgermåling"))
          .flatExtracting(GoalView::values)
          .extracting(ValueView::respondents)
          .allSatisfy(respondents -> assertThat(respondents).isBetween(3800, 4100));

      // And some goals have reached their target, some are close and some far from it
      assertThat(goals)
          .extracting(GoalView::status)
          .contains(BarometerStatus.REACHED, BarometerStatus.CLOSE, BarometerStatus.FAR)
          .doesNotContain(BarometerStatus.NOT_MEASURED, BarometerStatus.NO_TARGET);
      assertThat(goals)
          .filteredOn(goal -> goal.title().equals("Færre borgere føler sig ensomme"))
          .singleElement()
          .satisfies(
              goal ->
                  assertThat(goal.sentence())
                      .isEqualTo(
                          "Fra 8,2 % i 2022 til 7,9 % i 2024 – en forbedring. Målet er højst 6 %"
                              + " i 2025: langt fra målet."));

      // And it is the barometer the public page shows in 2026, before the new term is measured
      assertThat(barometers.current(2026)).map(p -> p.id()).hasValue(termId);
    }

    @Test
    void shouldStartTheNewCouncilsWorkshopFromThePreviousTermsStatus() {
      // Given the council secretariat has started the term 2026–2029 (here: opened directly)
      Period next = periods.openElectionTerm(2026, "Sammenhængsmodellen", GoalTemplate.EFFECT);

      // When the first theme meeting's form is read
      String info = workshop.meetingForm(next.getId()).info();

      // Then it shows the status of the 21 goals of 2022–2025 to start from
      assertThat(info)
          .contains(
              "Status for målsætningerne i 2022–2025",
              "**Bæredygtighed**",
              "Færre borgere føler sig ensomme – *Langt fra målet*",
              "Mere husholdningsaffald genanvendes – *Målet er nået*");
    }

    @Test
    void shouldShowTheThemesOnThePublicBarometer() throws Exception {
      // Given the Viborg demo's published barometer
      MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();

      // When a citizen opens the barometer of 2022–2025
      String html =
          mvc.perform(get("/barometer/2022-2025"))
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);

      // Then the page shows Viborg's themes and goals
      assertThat(html)
          .contains(
              "Sammenhængsbarometeret 2022–2025",
              "1. Bæredygtighed",
              "5. Oplevelser og fællesskaber",
              "Flere borgere er en del af et fællesskab");
    }

    private List<User> members(String group) {
      return identity.createUserQuery().memberOfGroup(group).unlimitedList();
    }
  }
}
