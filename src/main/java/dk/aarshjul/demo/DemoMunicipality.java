package dk.aarshjul.demo;

import static dk.aarshjul.demo.DemoData.login;

import dk.aarshjul.demo.DemoData.DemoArea;
import dk.aarshjul.demo.DemoData.DemoCommittee;
import dk.aarshjul.demo.DemoData.DemoDistrict;
import dk.aarshjul.demo.DemoData.DemoUnit;
import dk.aarshjul.organisation.Area;
import dk.aarshjul.organisation.AreaRepository;
import dk.aarshjul.organisation.Committee;
import dk.aarshjul.organisation.CommitteeKind;
import dk.aarshjul.organisation.CommitteeRole;
import dk.aarshjul.organisation.Committees;
import dk.aarshjul.organisation.District;
import dk.aarshjul.organisation.DistrictRepository;
import dk.aarshjul.organisation.Groups;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.PeriodRepository;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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
 * Creates the demo municipality of the selected governance model ({@code
 * aarshjul.governance-model}) once (idempotent): areas, districts, committees with politicians and
 * secretariat, units, fictional users and groups for every role, the periods the demo opens and
 * what the model's {@link DemoSeed}s add (Skanderborg: {@link SkanderborgDemo}, Hvidovre: {@link
 * HvidovreDemo}, Viborg: {@link ViborgDemo} with its previous term, {@link ViborgDemoTerm}). Only
 * with {@code aarshjul.demo.enabled}.
 */
@Component
@Order(2) // after AccessRules has created the role groups
@ConditionalOnProperty(name = "aarshjul.demo.enabled", havingValue = "true")
public class DemoMunicipality implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoMunicipality.class);

  /** The demo municipality of each governance model that has one. */
  static final List<DemoData> MUNICIPALITIES =
      List.of(SkanderborgDemo.DATA, HvidovreDemo.DATA, ViborgDemo.DATA, SlagelseDemo.DATA);

  private final DemoData demo;
  private final AreaRepository areas;
  private final DistrictRepository districts;
  private final UnitRepository units;
  private final Committees committees;
  private final PeriodRepository periods;
  private final IdentityService identity;
  private final List<DemoSeed> seeds;
  private final String password;

  public DemoMunicipality(
      AreaRepository areas,
      DistrictRepository districts,
      UnitRepository units,
      Committees committees,
      PeriodRepository periods,
      IdentityService identity,
      List<DemoSeed> seeds,
      @Value("${aarshjul.governance-model:skanderborg}") String model,
      @Value("${aarshjul.demo.password:demo}") String password) {
    this.demo = of(model);
    this.areas = areas;
    this.districts = districts;
    this.units = units;
    this.committees = committees;
    this.periods = periods;
    this.identity = identity;
    this.seeds = seeds.stream().filter(seed -> seed.model().equals(demo.model())).toList();
    this.password = password;
  }

  /** The demo municipality of a governance model; refused where the model has none. */
  static DemoData of(String model) {
    return MUNICIPALITIES.stream()
        .filter(municipality -> municipality.model().equals(model))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Styringsmodellen "
                        + model
                        + " har ingen demokommune. Slå demoen fra (aarshjul.demo.enabled=false)"
                        + " eller vælg en af: "
                        + MUNICIPALITIES.stream()
                            .map(DemoData::model)
                            .collect(Collectors.joining(", "))
                        + "."));
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (areas.count() > 0) {
      return;
    }
    LOG.info(
        "Opretter demokommunen {} (styringsmodel {}): {} områder, {} distrikter, {} udvalg,"
            + " {} enheder og brugere til alle roller",
        demo.name(),
        demo.model(),
        demo.areas().size(),
        demo.districts().size(),
        demo.committees().size(),
        demo.units().size());
    user(DemoData.ADMIN, demo.administrator(), Groups.ADMIN);
    person(demo.processOwner(), Groups.PROCESS_OWNERS);
    group(Groups.COUNCIL_SECRETARIAT, "Byrådssekretariatet", "WORKFLOW");
    person(demo.councilSecretary(), Groups.COUNCIL_SECRETARIAT);
    group(Groups.DIRECTORATE, "Direktionen", "WORKFLOW");
    demo.directorate().forEach(member -> person(member, Groups.DIRECTORATE));
    group(Groups.DATA_TEAM, "Analyse og data", "WORKFLOW");
    demo.dataTeam().forEach(member -> person(member, Groups.DATA_TEAM));

    for (DemoArea area : demo.areas()) {
      Area saved = areas.save(new Area(area.code(), area.name()));
      group(Groups.groupChief(area.code()), "Koncernchef " + saved.getName(), "WORKFLOW");
      group(Groups.secretariat(area.code()), "Fagsekretariat " + saved.getName(), "WORKFLOW");
      person(area.chief(), Groups.groupChief(area.code()));
      identity.createMembership(login(area.chief()), Groups.GROUP_CHIEFS);
      person(area.secretary(), Groups.secretariat(area.code()));
    }
    Map<String, District> districtOfCode = new LinkedHashMap<>();
    for (DemoDistrict district : demo.districts()) {
      districtOfCode.put(
          district.code(), districts.save(new District(district.code(), district.name())));
    }
    Map<String, Committee> committeeOfArea = committees();
    for (DemoUnit unit : demo.units()) {
      Unit created =
          new Unit(
              unit.code(),
              unit.name(),
              unit.type(),
              areas.findByCode(unit.area()).orElseThrow(),
              committeeOfArea.get(unit.area()),
              unit.board(),
              unit.med());
      if (unit.district() != null) {
        created.placeIn(districtOfCode.get(unit.district()));
      }
      units.save(created);
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
    for (Supplier<Period> period : demo.periods()) {
      Period saved = periods.save(period.get());
      LOG.info(
          "Demokommunen {}: perioden {} ({}) er oprettet",
          demo.name(),
          saved.getName(),
          saved.getTitle());
    }
    seeds.forEach(seed -> seed.seed(demo));
    if (demo.periods().isEmpty() && seeds.isEmpty()) {
      LOG.info(
          "Demokommunen {} har ingen periode: direktionen starter den i processen", demo.name());
    }
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
    for (DemoCommittee demoCommittee : demo.committees()) {
      Committee committee =
          committees
              .findByCode(demoCommittee.code())
              .orElseGet(
                  () ->
                      committees.add(
                          demoCommittee.code(), demoCommittee.name(), demoCommittee.kind()));
      committee.penHolder(demoCommittee.penHolder());
      person(demoCommittee.secretary(), committee.secretariatGroup());
      if (identity
              .createUserQuery()
              .userId(login(demoCommittee.secretary()))
              .memberOfGroup(Groups.COMMITTEE_SECRETARIATS)
              .count()
          == 0) {
        identity.createMembership(login(demoCommittee.secretary()), Groups.COMMITTEE_SECRETARIATS);
      }
      for (int i = 0; i < demoCommittee.politicians().size(); i++) {
        String politician = demoCommittee.politicians().get(i);
        if (seated.add(politician)) {
          person(politician, council.membersGroup());
        }
        committees.seat(
            committee, login(politician), i == 0 ? CommitteeRole.CHAIR : CommitteeRole.MEMBER);
      }
      demoCommittee.areas().forEach(area -> byArea.put(area, committee));
    }
    for (String politician : seated) {
      committees.seat(
          council,
          login(politician),
          politician.equals(demo.mayor()) ? CommitteeRole.CHAIR : CommitteeRole.MEMBER);
    }
    return byArea;
  }

  /** A person of the demo, whose login is their first name. */
  private void person(String fullName, String groupId) {
    user(login(fullName), fullName, groupId);
  }

  /** Creates the user (once, in {@code brugere}) and adds them to the group. */
  private void user(String id, String fullName, String groupId) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      int space = fullName.indexOf(' ');
      User user = identity.newUser(id);
      user.setFirstName(fullName.substring(0, space));
      user.setLastName(fullName.substring(space + 1));
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
