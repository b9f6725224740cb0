package dk.aarshjul.demo;

import dk.aarshjul.organisation.Area;
import dk.aarshjul.organisation.AreaRepository;
import dk.aarshjul.organisation.Committee;
import dk.aarshjul.organisation.CommitteeKind;
import dk.aarshjul.organisation.CommitteeRole;
import dk.aarshjul.organisation.Committees;
import dk.aarshjul.organisation.Groups;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.period.AimKind;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.PeriodRepository;
import dk.aarshjul.period.RequirementRule;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demo municipality once (idempotent): areas, units, the demo year's DUS from the 2022
 * Skanderborg seed, and fictional users and groups for every role. Only with {@code
 * aarshjul.demo.enabled}.
 */
@Component
@Order(2) // after AccessRules has created the role groups
@ConditionalOnProperty(name = "aarshjul.demo.enabled", havingValue = "true")
public class DemoMunicipality implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoMunicipality.class);

  record DemoArea(String code, String name, String chief, String secretary) {}

  record DemoUnit(
      String code,
      String name,
      String type,
      String area,
      boolean board,
      boolean med,
      String holder,
      String boardChair,
      String medChair) {}

  /**
   * A standing committee, the areas whose units answer to it, its secretary and its politicians
   * (chair first).
   */
  record DemoCommittee(
      String code,
      String name,
      CommitteeKind kind,
      List<String> areas,
      String secretary,
      List<String> politicians) {}

  /** The mayor chairs the council and the finance committee. */
  static final String MAYOR = "Vibeke Mortensen";

  static final List<DemoCommittee> COMMITTEES =
      List.of(
          new DemoCommittee(
              "boerne-og-undervisningsudvalget",
              "Børne- og Undervisningsudvalget",
              CommitteeKind.STANDING,
              List.of("boern-unge"),
              "Sofie Nørgaard",
              List.of("Annette Bisgaard", "Frank Ibsen", "Lene Dahl")),
          new DemoCommittee(
              "social-og-sundhedsudvalget",
              "Social- og Sundhedsudvalget",
              CommitteeKind.STANDING,
              List.of("aeldre-handicap"),
              "Mads Kragh",
              List.of("Kim Brandt", "Pia Overgaard", "Søren Hald")),
          new DemoCommittee(
              "oekonomiudvalget",
              "Økonomiudvalget",
              CommitteeKind.FINANCE,
              List.of("stab-oekonomi"),
              "Ida Lund",
              List.of(MAYOR, "Jørgen Krogh", "Annette Bisgaard", "Kim Brandt", "Gitte Lauridsen")));

  static final List<DemoArea> AREAS =
      List.of(
          new DemoArea("boern-unge", "Børn og Unge", "Henrik Dalsgaard", "Sofie Nørgaard"),
          new DemoArea("aeldre-handicap", "Ældre og Handicap", "Susanne Bech", "Mads Kragh"),
          new DemoArea("stab-oekonomi", "Stab og Økonomi", "Ole Rask", "Ida Lund"));

  static final List<DemoUnit> UNITS =
      List.of(
          new DemoUnit(
              "gl-rye",
              "Gl. Rye skole og dagtilbud",
              "skole",
              "boern-unge",
              true,
              true,
              "Mette Skov",
              "Lise Bundgaard",
              "Karsten Holm"),
          new DemoUnit(
              "niels-ebbesen",
              "Niels Ebbesen Skolen",
              "skole",
              "boern-unge",
              true,
              true,
              "Peter Friis",
              "Morten Aagaard",
              "Jette Vinther"),
          new DemoUnit(
              "dagtilbud-skanderborg",
              "Dagtilbud Skanderborg By",
              "dagtilbud",
              "boern-unge",
              true,
              false,
              "Lone Kjeldsen",
              "Nina Ravn",
              null),
          new DemoUnit(
              "dagtilbud-ry",
              "Dagtilbud Ry",
              "dagtilbud",
              "boern-unge",
              false,
              true,
              "Anders Birk",
              null,
              "Tina Mølgaard"),
          new DemoUnit(
              "soelund",
              "Plejecenter Sølund",
              "plejecenter",
              "aeldre-handicap",
              false,
              true,
              "Hanne Vestergaard",
              null,
              "Bo Kirkegaard"),
          new DemoUnit(
              "aeldrecenter-ry",
              "Ældrecenter Ry",
              "plejecenter",
              "aeldre-handicap",
              false,
              false,
              "Thomas Lykke",
              null,
              null),
          new DemoUnit(
              "botilbud",
              "Bo- og aktivitetstilbud Skanderborg",
              "botilbud",
              "aeldre-handicap",
              false,
              true,
              "Camilla Hjort",
              null,
              "Rikke Sand"),
          new DemoUnit(
              "digitalisering",
              "Digitalisering og IT",
              "stab",
              "stab-oekonomi",
              false,
              false,
              "Rasmus Toft",
              null,
              null));

  static final int DEMO_YEAR = 2027;

  private final AreaRepository areas;
  private final UnitRepository units;
  private final Committees committees;
  private final PeriodRepository years;
  private final IdentityService identity;
  private final String password;

  public DemoMunicipality(
      AreaRepository areas,
      UnitRepository units,
      Committees committees,
      PeriodRepository years,
      IdentityService identity,
      @Value("${aarshjul.demo.password:demo}") String password) {
    this.areas = areas;
    this.units = units;
    this.committees = committees;
    this.years = years;
    this.identity = identity;
    this.password = password;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (areas.count() > 0) {
      return;
    }
    LOG.info("Opretter demokommunen (områder, enheder, DUS {} og brugere)", DEMO_YEAR);
    user("admin", "Administrator", "Årshjul", Groups.ADMIN);
    user("ulla", "Ulla", "Bak", Groups.PROCESS_OWNERS);
    group(Groups.COUNCIL_SECRETARIAT, "Byrådssekretariatet", "WORKFLOW");
    user("bente", "Bente", "Kjær", Groups.COUNCIL_SECRETARIAT);
    group(Groups.DIRECTORATE, "Direktionen", "WORKFLOW");
    user("jens", "Jens", "Thorsen", Groups.DIRECTORATE);
    user("karen", "Karen", "Lindberg", Groups.DIRECTORATE);

    for (DemoArea area : AREAS) {
      Area saved = areas.save(new Area(area.code(), area.name()));
      group(Groups.groupChief(area.code()), "Koncernchef " + saved.getName(), "WORKFLOW");
      group(Groups.secretariat(area.code()), "Fagsekretariat " + saved.getName(), "WORKFLOW");
      person(area.chief(), Groups.groupChief(area.code()));
      identity.createMembership(login(area.chief()), Groups.GROUP_CHIEFS);
      person(area.secretary(), Groups.secretariat(area.code()));
    }
    Map<String, Committee> committeeOfArea = committees();
    for (DemoUnit unit : UNITS) {
      Area area = areas.findByCode(unit.area()).orElseThrow();
      units.save(
          new Unit(
              unit.code(),
              unit.name(),
              unit.type(),
              area,
              committeeOfArea.get(unit.area()),
              unit.board(),
              unit.med()));
      group(Groups.contractHolder(unit.code()), "Kontraktholder " + unit.name(), "WORKFLOW");
      person(unit.holder(), Groups.contractHolder(unit.code()));
      identity.createMembership(login(unit.holder()), Groups.CONTRACT_HOLDERS);
      if (unit.board()) {
        group(Groups.board(unit.code()), "Bestyrelse " + unit.name(), "WORKFLOW");
        person(unit.boardChair(), Groups.board(unit.code()));
      }
      if (unit.med()) {
        group(Groups.worksCouncil(unit.code()), "Lokal-MED " + unit.name(), "WORKFLOW");
        person(unit.medChair(), Groups.worksCouncil(unit.code()));
      }
    }
    years.save(dus2022Seed(DEMO_YEAR));
  }

  /**
   * The 2022 Skanderborg DUS (seed 003) as the demo year's tracks and requirements: a budget year
   * open for contracts, which its units start themselves (no annual cycle published it).
   */
  public static Period dus2022Seed(int cycleYear) {
    Period year =
        Period.budgetYear(cycleYear, "Direktionens UdviklingsSpor " + cycleYear).openWithoutModel();
    year.addAim(
        AimKind.TRACK,
        1,
        "Bedre eksekvering af Byrådets beslutninger",
        "Sammenhæng og tydelighed fra Byrådets beslutninger til konkrete indsatser og virkning for borgerne.");
    year.addAim(
        AimKind.TRACK,
        2,
        "God ledelse og bæredygtig organisation",
        "Helhed og sammenhæng i opgaveløsningen, ledelsesgrundlag, ledelsesspænd, sygefravær og tværgående samarbejde.");
    year.addAim(
        AimKind.TRACK,
        3,
        "Opfølgning og virkning for borgerne",
        "Tydeliggør hvilke tiltag der igangsættes, og hvordan der følges op på virkningerne.");
    year.addRequirement(
        "EKSEKVERING",
        "Angiv hvordan der arbejdes med bedre eksekvering af Byrådets beslutninger",
        "Mindst ét udviklingsmål på spor 1.",
        RequirementRule.GOAL_ON_TRACK,
        1);
    year.addRequirement(
        "LEDELSESGRUNDLAG",
        "Udviklingsmål for implementering af ledelsesgrundlaget",
        "Et mål markeret som implementering af ledelsesgrundlaget.",
        RequirementRule.GOAL_ADDRESSES,
        null);
    year.addRequirement(
        "LEDELSESSPAEND",
        "Vurdering af eget ledelsesspænd",
        "Vurdering i forhold til principperne om ledelsesspænd.",
        RequirementRule.LEADERSHIP_SPAN_ASSESSED,
        null);
    year.addRequirement(
        "SYGEFRAVAER",
        "Lokale mål for sygefravær",
        "Et mål med indikator og målværdi for sygefraværet.",
        RequirementRule.GOAL_WITH_TARGET,
        null);
    year.addRequirement(
        "TVAERGAAENDE",
        "Styrket tværgående samarbejde",
        "Beskriv hvordan det tværgående samarbejde styrkes for helhed og sammenhæng.",
        RequirementRule.GOAL_ADDRESSES,
        null);
    return year;
  }

  /**
   * The council with every politician, the finance committee (from the database) and the standing
   * committees, each with its politicians and a secretary (the area's secretary also serves the
   * area's committee); returns the committee each area's units answer to.
   */
  private Map<String, Committee> committees() {
    Committee council =
        committees.all().stream()
            .filter(c -> c.getKind() == CommitteeKind.COUNCIL)
            .findFirst()
            .orElseThrow();
    Map<String, Committee> byArea = new LinkedHashMap<>();
    Set<String> seated = new LinkedHashSet<>();
    for (DemoCommittee demo : COMMITTEES) {
      Committee committee =
          committees
              .findByCode(demo.code())
              .orElseGet(() -> committees.add(demo.code(), demo.name(), demo.kind()));
      person(demo.secretary(), committee.secretariatGroup());
      for (int i = 0; i < demo.politicians().size(); i++) {
        String politician = demo.politicians().get(i);
        if (seated.add(politician)) {
          person(politician, council.membersGroup());
        }
        committees.seat(
            committee, login(politician), i == 0 ? CommitteeRole.CHAIR : CommitteeRole.MEMBER);
      }
      demo.areas().forEach(area -> byArea.put(area, committee));
    }
    for (String politician : seated) {
      committees.seat(
          council,
          login(politician),
          politician.equals(MAYOR) ? CommitteeRole.CHAIR : CommitteeRole.MEMBER);
    }
    return byArea;
  }

  /** Login = first name in lower case, e.g. "mette". */
  static String login(String fullName) {
    return fullName
        .split(" ")[0]
        .toLowerCase()
        .replace("æ", "ae")
        .replace("ø", "oe")
        .replace("å", "aa");
  }

  private void person(String fullName, String groupId) {
    int space = fullName.indexOf(' ');
    user(login(fullName), fullName.substring(0, space), fullName.substring(space + 1), groupId);
  }

  private void user(String id, String firstName, String lastName, String groupId) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + "@aarshjul.example");
      user.setPassword(password);
      identity.saveUser(user);
      identity.createMembership(id, Groups.USERS);
    }
    identity.createMembership(id, groupId);
  }

  private void group(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
  }
}
