package dk.aarshjul.demo;

import dk.aarshjul.organisation.CommitteeKind;
import dk.aarshjul.period.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One demo municipality as data: its shared users, areas, districts, committees, units and the
 * periods it opens. {@link DemoMunicipality} builds whichever the governance model selects. Every
 * person is a full name of fictional people; the login is the first name ({@link #login}), so no
 * two people in one municipality may share a first name.
 *
 * @param name the municipality's name, e.g. "Skanderborg"
 * @param model the value of {@code aarshjul.governance-model} it belongs to, e.g. "skanderborg"
 * @param administrator first and last name of the user {@code admin}
 * @param processOwner deploys models from Camunda Modeler
 * @param councilSecretary the council secretariat (byrådssekretariatet)
 * @param directorate the directorate's members
 * @param mayor chairs the council (and, as a politician of the finance committee, usually that too)
 * @param dataTeam the data team (analyse og data): imports survey and register data and reviews the
 *     other members' imports; empty where the demo has no measurements
 * @param periods the periods the demo creates, open (none where the directorate starts the first)
 */
record DemoData(
    String name,
    String model,
    String administrator,
    String processOwner,
    String councilSecretary,
    List<String> directorate,
    String mayor,
    List<String> dataTeam,
    List<DemoArea> areas,
    List<DemoDistrict> districts,
    List<DemoCommittee> committees,
    List<DemoUnit> units,
    List<Supplier<Period>> periods) {

  /** The administrator's login in every demo municipality (the password is the demo password). */
  static final String ADMIN = "admin";

  /** An administrative area with its group chief (koncernchef) and its secretary. */
  record DemoArea(String code, String name, String chief, String secretary) {}

  /** A geographic district (distrikt). */
  record DemoDistrict(String code, String name) {}

  /**
   * A committee, the areas whose units answer to it, its secretary and its politicians (chair
   * first).
   */
  record DemoCommittee(
      String code,
      String name,
      CommitteeKind kind,
      List<String> areas,
      String secretary,
      List<String> politicians,
      dk.aarshjul.organisation.PenHolder penHolder) {

    DemoCommittee {
      areas = List.copyOf(areas);
      politicians = List.copyOf(politicians);
      penHolder = penHolder == null ? dk.aarshjul.organisation.PenHolder.LEADER : penHolder;
    }

    /** A committee whose institutions' leaders write their goals. */
    DemoCommittee(
        String code,
        String name,
        CommitteeKind kind,
        List<String> areas,
        String secretary,
        List<String> politicians) {
      this(code, name, kind, areas, secretary, politicians, null);
    }
  }

  /**
   * A unit, led by its contract holder; {@code district} is a district's code or null, {@code
   * boardChair} and {@code medChair} are null where the unit has no board or works council.
   */
  record DemoUnit(
      String code,
      String name,
      String type,
      String area,
      String district,
      String holder,
      String boardChair,
      String medChair) {

    boolean board() {
      return boardChair != null;
    }

    boolean med() {
      return medChair != null;
    }
  }

  DemoData {
    directorate = List.copyOf(directorate);
    dataTeam = List.copyOf(dataTeam);
    areas = List.copyOf(areas);
    districts = List.copyOf(districts);
    committees = List.copyOf(committees);
    units = List.copyOf(units);
    periods = List.copyOf(periods);
    checkReferences(name, areas, districts, committees, units);
    checkLogins(
        name,
        administrator,
        people(
            processOwner,
            councilSecretary,
            directorate,
            mayor,
            dataTeam,
            areas,
            committees,
            units));
  }

  /**
   * Every unit lies in a declared area and district (or none) and every area answers to one
   * committee, so the demo never creates a unit without its committee or silently outside its
   * district.
   */
  private static void checkReferences(
      String municipality,
      List<DemoArea> areas,
      List<DemoDistrict> districts,
      List<DemoCommittee> committees,
      List<DemoUnit> units) {
    Set<String> areaCodes = areas.stream().map(DemoArea::code).collect(Collectors.toSet());
    Set<String> districtCodes =
        districts.stream().map(DemoDistrict::code).collect(Collectors.toSet());
    List<String> committeeAreas =
        committees.stream().flatMap(committee -> committee.areas().stream()).toList();
    if (!Set.copyOf(committeeAreas).equals(areaCodes)
        || committeeAreas.size() != areaCodes.size()) {
      throw new IllegalStateException(
          "Demokommunen %s: hvert område skal høre under ét udvalg (områder %s, udvalgenes %s)"
              .formatted(municipality, areaCodes, committeeAreas));
    }
    for (DemoUnit unit : units) {
      if (!areaCodes.contains(unit.area())
          || (unit.district() != null && !districtCodes.contains(unit.district()))) {
        throw new IllegalStateException(
            "Demokommunen %s: enheden %s ligger i et ukendt område eller distrikt"
                .formatted(municipality, unit.code()));
      }
    }
  }

  /** Every person of the municipality but the administrator, with repeats. */
  private static Stream<String> people(
      String processOwner,
      String councilSecretary,
      List<String> directorate,
      String mayor,
      List<String> dataTeam,
      List<DemoArea> areas,
      List<DemoCommittee> committees,
      List<DemoUnit> units) {
    return Stream.of(
            Stream.of(processOwner, councilSecretary, mayor),
            directorate.stream(),
            dataTeam.stream(),
            areas.stream().flatMap(area -> Stream.of(area.chief(), area.secretary())),
            committees.stream()
                .flatMap(c -> Stream.concat(Stream.of(c.secretary()), c.politicians().stream())),
            units.stream()
                .flatMap(unit -> Stream.of(unit.holder(), unit.boardChair(), unit.medChair())))
        .flatMap(s -> s)
        .filter(Objects::nonNull);
  }

  /** Two different people with one login (or the login "admin") would be one user: refused. */
  private static void checkLogins(
      String municipality, String administrator, Stream<String> people) {
    Map<String, String> personOfLogin = new HashMap<>(Map.of(ADMIN, administrator));
    people.forEach(
        person -> {
          String other = personOfLogin.putIfAbsent(login(person), person);
          if (other != null && !other.equals(person)) {
            throw new IllegalStateException(
                "Demokommunen %s: %s og %s ville få samme login %s"
                    .formatted(municipality, other, person, login(person)));
          }
        });
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
}
