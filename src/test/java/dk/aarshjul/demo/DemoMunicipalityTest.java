package dk.aarshjul.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dk.aarshjul.demo.DemoData.DemoArea;
import dk.aarshjul.demo.DemoData.DemoCommittee;
import dk.aarshjul.demo.DemoData.DemoUnit;
import dk.aarshjul.organisation.Committee;
import dk.aarshjul.organisation.CommitteeKind;
import dk.aarshjul.organisation.CommitteeMember;
import dk.aarshjul.organisation.CommitteeRole;
import dk.aarshjul.organisation.Committees;
import dk.aarshjul.organisation.District;
import dk.aarshjul.organisation.DistrictRepository;
import dk.aarshjul.organisation.Groups;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.PeriodKind;
import dk.aarshjul.period.PeriodRepository;
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
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo municipality follows {@code aarshjul.governance-model}: Hvidovre's committees,
 * districts, units and people, or Skanderborg's as before. Each municipality starts on a database
 * and engine of its own (tag own-database), as the two demos never share a database.
 */
@Tag("own-database")
class DemoMunicipalityTest {

  static final String PASSWORD = "demo";

  @Test
  void shouldRefuseTwoPeopleWithOneLogin() {
    // Given a municipality whose group chief and unit leader share the first name Mette
    // When it is described, then it is refused, naming both and the login
    assertThatThrownBy(
            () ->
                municipality(
                    new DemoUnit(
                        "skole", "Skolen", "skole", "omraade", null, "Mette Hansen", null, null)))
        .hasMessageContaining("Mette Skov og Mette Hansen ville få samme login mette");
  }

  @Test
  void shouldRefuseUnitInUnknownDistrict() {
    // Given a unit placed in a district the municipality does not have
    // When it is described, then it is refused, naming the unit
    assertThatThrownBy(
            () ->
                municipality(
                    new DemoUnit(
                        "skole", "Skolen", "skole", "omraade", "nord", "Hans Berg", null, null)))
        .hasMessageContaining("enheden skole ligger i et ukendt område eller distrikt");
  }

  @Test
  void shouldRefuseModelWithoutDemo() {
    // When the demo is asked for a model it has no municipality for
    // Then it says so in Danish and names the ones it has
    assertThatThrownBy(() -> DemoMunicipality.of("odense"))
        .hasMessageContaining("Styringsmodellen odense har ingen demokommune")
        .hasMessageContaining("skanderborg, hvidovre, viborg");
  }

  private static DemoData municipality(DemoUnit unit) {
    return new DemoData(
        "Testby",
        "test",
        "Administrator Testby",
        "Ulla Bak",
        "Bente Kjær",
        List.of("Jens Thorsen"),
        "Vibeke Mortensen",
        List.of(),
        List.of(new DemoArea("omraade", "Området", "Mette Skov", "Ida Lund")),
        List.of(),
        List.of(
            new DemoCommittee(
                "oekonomiudvalget",
                "Økonomiudvalget",
                CommitteeKind.FINANCE,
                List.of("omraade"),
                "Ida Lund",
                List.of("Vibeke Mortensen"))),
        List.of(unit),
        List.of());
  }

  @Nested
  @SpringBootTest(
      properties = {
        "spring.datasource.url=jdbc:h2:mem:demo-hvidovre;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=demo-hvidovre",
        "aarshjul.demo.enabled=true",
        "aarshjul.demo.password=" + PASSWORD,
        "aarshjul.governance-model=hvidovre"
      })
  @Transactional
  class Hvidovre {

    @Autowired Committees committees;
    @Autowired UnitRepository units;
    @Autowired DistrictRepository districts;
    @Autowired PeriodRepository periods;
    @Autowired IdentityService identity;

    @Test
    void shouldSeatThreeCommitteesOverTheirUnits() {
      // Given the Hvidovre demo has started
      // When the committees are read with the units that answer to them
      Map<String, List<String>> unitsOfCommittee =
          units.findByActiveTrueOrderByName().stream()
              .collect(
                  Collectors.groupingBy(
                      unit -> unit.getCommittee().getName(),
                      Collectors.mapping(Unit::getCode, Collectors.toList())));

      // Then there are Børne- og Undervisningsudvalget with schools and daycare, Social- og
      // Sundhedsudvalget with the care homes and Økonomiudvalget with citizen service and staff
      assertThat(unitsOfCommittee)
          .containsOnlyKeys(
              "Børne- og Undervisningsudvalget", "Social- og Sundhedsudvalget", "Økonomiudvalget");
      assertThat(unitsOfCommittee.get("Børne- og Undervisningsudvalget"))
          .containsExactlyInAnyOrder(
              "avedoere-skole",
              "engstrandskolen",
              "risbjergskolen",
              "dagtilbud-avedoere",
              "dagtilbud-hvidovre-nord");
      assertThat(unitsOfCommittee.get("Social- og Sundhedsudvalget"))
          .containsExactlyInAnyOrder("plejecenter-krogaarden", "plejecenter-henrikshave");
      assertThat(unitsOfCommittee.get("Økonomiudvalget"))
          .containsExactlyInAnyOrder("borgerservice", "oekonomi-og-styring");

      // And each committee has 3–5 politicians with a chair and a secretary; the mayor chairs
      // Økonomiudvalget and the council
      for (String code :
          List.of(
              "boerne-og-undervisningsudvalget",
              "social-og-sundhedsudvalget",
              "oekonomiudvalget")) {
        Committee committee = committees.findByCode(code).orElseThrow();
        assertThat(committee.getMembers()).as(code).hasSizeBetween(3, 5);
        assertThat(committee.chair()).as(code).isPresent();
        assertThat(members(committee.secretariatGroup())).as(code).hasSize(1);
        // the secretary may start a hearing before the committee treats a case
        // (udvalgssekretariater)
        assertThat(members(Groups.COMMITTEE_SECRETARIATS))
            .as(code)
            .extracting(User::getId)
            .containsAll(members(committee.secretariatGroup()).stream().map(User::getId).toList());
        assertThat(members(committee.membersGroup()))
            .as(code)
            .hasSize(committee.getMembers().size());
      }
      assertThat(
              committees
                  .findByCode("oekonomiudvalget")
                  .flatMap(Committee::chair)
                  .map(CommitteeMember::getUserId))
          .hasValue("torben");
      Committee council =
          committees.all().stream()
              .filter(c -> c.getKind() == CommitteeKind.COUNCIL)
              .findFirst()
              .orElseThrow();
      assertThat(council.chair().map(CommitteeMember::getUserId)).hasValue("torben");
      assertThat(council.getMembers())
          .filteredOn(member -> member.getRole() == CommitteeRole.MEMBER)
          .hasSize(10);
    }

    @Test
    void shouldPlaceUnitsInThreeDistricts() {
      // Given the Hvidovre demo has started
      // When the districts are read with their units
      List<District> all = districts.findAllByOrderByName();
      Map<String, List<String>> unitsOfDistrict =
          units.findByActiveTrueOrderByName().stream()
              .filter(unit -> unit.getDistrict() != null)
              .collect(
                  Collectors.groupingBy(
                      unit -> unit.getDistrict().getCode(),
                      Collectors.mapping(Unit::getCode, Collectors.toList())));

      // Then Avedøre, Hvidovre Nord and Hvidovre Syd hold the institutions there, and citizen
      // service and the staff centre lie in no district
      assertThat(all)
          .extracting(District::getCode, District::getName)
          .containsExactly(
              tuple("avedoere", "Avedøre"),
              tuple("hvidovre-nord", "Hvidovre Nord"),
              tuple("hvidovre-syd", "Hvidovre Syd"));
      assertThat(unitsOfDistrict.get("avedoere"))
          .containsExactlyInAnyOrder("avedoere-skole", "dagtilbud-avedoere");
      assertThat(unitsOfDistrict.get("hvidovre-syd"))
          .containsExactlyInAnyOrder("engstrandskolen", "plejecenter-krogaarden");
      assertThat(unitsOfDistrict.get("hvidovre-nord"))
          .containsExactlyInAnyOrder(
              "risbjergskolen", "dagtilbud-hvidovre-nord", "plejecenter-henrikshave");
      assertThat(unit("borgerservice").getDistrict()).isNull();
      assertThat(unit("oekonomi-og-styring").getDistrict()).isNull();
      assertThat(unit("oekonomi-og-styring").getUnitType()).isEqualTo("stab");
      assertThat(unit("borgerservice").getUnitType()).isEqualTo("borgerservice");
    }

    @Test
    void shouldLetEveryUnitLeaderLogInAsContractHolder() {
      // Given the Hvidovre demo's nine units
      List<Unit> all = units.findByActiveTrueOrderByName();
      assertThat(all).hasSize(9);

      for (Unit unit : all) {
        // When the unit's contract-holder group is read
        List<User> leaders = members(Groups.contractHolder(unit.getCode()));

        // Then one leader holds it, logs in with the demo password and may challenge rules
        assertThat(leaders).as(unit.getName()).hasSize(1);
        String leader = leaders.get(0).getId();
        assertThat(identity.checkPassword(leader, PASSWORD)).as(leader).isTrue();
        assertThat(members(Groups.CONTRACT_HOLDERS)).extracting(User::getId).contains(leader);
        assertThat(members(Groups.USERS)).extracting(User::getId).contains(leader);
      }
    }

    @Test
    void shouldGiveSchoolsAndDaycareBoardsAndMostUnitsWorksCouncils() {
      // Given the Hvidovre demo has started
      List<Unit> all = units.findByActiveTrueOrderByName();

      // Then schools and daycare have a board with a chair, the other units none
      for (Unit unit : all) {
        boolean schoolOrDaycare = List.of("skole", "dagtilbud").contains(unit.getUnitType());
        assertThat(unit.hasBoard()).as(unit.getName()).isEqualTo(schoolOrDaycare);
        assertThat(members(Groups.board(unit.getCode())))
            .as(unit.getName())
            .hasSize(schoolOrDaycare ? 1 : 0);
      }
      // And every unit but the staff centre has a works council with a chair
      assertThat(all)
          .filteredOn(Unit::hasWorksCouncil)
          .extracting(Unit::getCode)
          .hasSize(8)
          .doesNotContain("oekonomi-og-styring")
          .allSatisfy(code -> assertThat(members(Groups.worksCouncil(code))).hasSize(1));
    }

    @Test
    void shouldCreateSharedUsersAndAreasButNoPeriod() {
      // Given the Hvidovre demo has started
      // Then the administrator logs in as admin, the directorate, council secretariat, process
      // owner, group chiefs and secretariats have their Hvidovre people
      assertThat(identity.checkPassword("admin", PASSWORD)).isTrue();
      assertThat(members(Groups.ADMIN)).extracting(User::getId).containsExactly("admin");
      assertThat(members(Groups.DIRECTORATE))
          .extracting(User::getId)
          .containsExactlyInAnyOrder("niels", "charlotte");
      assertThat(members(Groups.COUNCIL_SECRETARIAT))
          .extracting(User::getId)
          .containsExactly("louise");
      assertThat(members(Groups.PROCESS_OWNERS))
          .extracting(User::getId)
          .containsExactly("birgitte");
      assertThat(members(Groups.GROUP_CHIEFS))
          .extracting(User::getId)
          .containsExactlyInAnyOrder("michael", "helle", "lars");
      assertThat(members(Groups.secretariat("boern-og-uddannelse")))
          .extracting(User::getId)
          .containsExactly("julie");
      assertThat(members(Groups.groupChief("borgerservice-og-administration")))
          .extracting(User::getLastName)
          .containsExactly("Engholm");

      // And no period exists: the directorate starts the term in the process
      assertThat(periods.count()).isZero();
    }

    private Unit unit(String code) {
      return units.findByCode(code).orElseThrow();
    }

    private List<User> members(String group) {
      return identity.createUserQuery().memberOfGroup(group).unlimitedList();
    }
  }

  @Nested
  @SpringBootTest(
      properties = {
        "spring.datasource.url=jdbc:h2:mem:demo-skanderborg;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=demo-skanderborg",
        "aarshjul.demo.enabled=true",
        "aarshjul.demo.password=" + PASSWORD,
        "aarshjul.governance-model=skanderborg"
      })
  @Transactional
  class Skanderborg {

    @Autowired UnitRepository units;
    @Autowired DistrictRepository districts;
    @Autowired PeriodRepository periods;
    @Autowired IdentityService identity;

    @Test
    void shouldKeepSkanderborgsUnitsUsersAndDemoYear() {
      // Given the Skanderborg demo (the default model) has started
      // Then its eight units are there, in no district
      assertThat(units.findByActiveTrueOrderByName())
          .extracting(Unit::getCode)
          .containsExactlyInAnyOrder(
              "gl-rye",
              "niels-ebbesen",
              "dagtilbud-skanderborg",
              "dagtilbud-ry",
              "soelund",
              "aeldrecenter-ry",
              "botilbud",
              "digitalisering");
      assertThat(districts.count()).isZero();

      // And its people log in as before, e.g. Mette Skov holds Gl. Rye and Jens is in the
      // directorate
      assertThat(identity.checkPassword("mette", PASSWORD)).isTrue();
      assertThat(
              identity
                  .createUserQuery()
                  .memberOfGroup(Groups.contractHolder("gl-rye"))
                  .singleResult()
                  .getId())
          .isEqualTo("mette");
      assertThat(identity.createUserQuery().memberOfGroup(Groups.DIRECTORATE).list())
          .extracting(User::getId)
          .containsExactlyInAnyOrder("jens", "karen");

      // And the demo budget year 2027 is open with the DUS' three tracks and five requirements
      Period year = periods.findByKindAndFirstYear(PeriodKind.BUDGET_YEAR, 2027).orElseThrow();
      assertThat(year.isOpen()).isTrue();
      assertThat(year.getTracks()).hasSize(3);
      assertThat(year.getRequirements()).hasSize(5);
      assertThat(periods.count()).isOne();
    }
  }
}
