package dk.aarshjul.demo;

import dk.aarshjul.demo.DemoData.DemoArea;
import dk.aarshjul.demo.DemoData.DemoCommittee;
import dk.aarshjul.demo.DemoData.DemoUnit;
import dk.aarshjul.organisation.CommitteeKind;
import dk.aarshjul.period.AimKind;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.RequirementRule;
import java.util.List;

/**
 * The Skanderborg demo municipality (governance model "skanderborg"): three areas, eight units, no
 * districts, and the demo budget year {@value #DEMO_YEAR} with the 2022 Skanderborg DUS (seed 003),
 * open for contracts.
 */
public final class SkanderborgDemo {

  static final int DEMO_YEAR = 2027;

  /** The mayor chairs the council and the finance committee. */
  static final String MAYOR = "Vibeke Mortensen";

  static final DemoData DATA =
      new DemoData(
          "Skanderborg",
          "skanderborg",
          "Administrator Årshjul",
          "Ulla Bak",
          "Bente Kjær",
          List.of("Jens Thorsen", "Karen Lindberg"),
          MAYOR,
          List.of(),
          List.of(
              new DemoArea("boern-unge", "Børn og Unge", "Henrik Dalsgaard", "Sofie Nørgaard"),
              new DemoArea("aeldre-handicap", "Ældre og Handicap", "Susanne Bech", "Mads Kragh"),
              new DemoArea("stab-oekonomi", "Stab og Økonomi", "Ole Rask", "Ida Lund")),
          List.of(),
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
                  List.of(
                      MAYOR, "Jørgen Krogh", "Annette Bisgaard", "Kim Brandt", "Gitte Lauridsen"))),
          List.of(
              new DemoUnit(
                  "gl-rye",
                  "Gl. Rye skole og dagtilbud",
                  "skole",
                  "boern-unge",
                  null,
                  "Mette Skov",
                  "Lise Bundgaard",
                  "Karsten Holm"),
              new DemoUnit(
                  "niels-ebbesen",
                  "Niels Ebbesen Skolen",
                  "skole",
                  "boern-unge",
                  null,
                  "Peter Friis",
                  "Morten Aagaard",
                  "Jette Vinther"),
              new DemoUnit(
                  "dagtilbud-skanderborg",
                  "Dagtilbud Skanderborg By",
                  "dagtilbud",
                  "boern-unge",
                  null,
                  "Lone Kjeldsen",
                  "Nina Ravn",
                  null),
              new DemoUnit(
                  "dagtilbud-ry",
                  "Dagtilbud Ry",
                  "dagtilbud",
                  "boern-unge",
                  null,
                  "Anders Birk",
                  null,
                  "Tina Mølgaard"),
              new DemoUnit(
                  "soelund",
                  "Plejecenter Sølund",
                  "plejecenter",
                  "aeldre-handicap",
                  null,
                  "Hanne Vestergaard",
                  null,
                  "Bo Kirkegaard"),
              new DemoUnit(
                  "aeldrecenter-ry",
                  "Ældrecenter Ry",
                  "plejecenter",
                  "aeldre-handicap",
                  null,
                  "Thomas Lykke",
                  null,
                  null),
              new DemoUnit(
                  "botilbud",
                  "Bo- og aktivitetstilbud Skanderborg",
                  "botilbud",
                  "aeldre-handicap",
                  null,
                  "Camilla Hjort",
                  null,
                  "Rikke Sand"),
              new DemoUnit(
                  "digitalisering",
                  "Digitalisering og IT",
                  "stab",
                  "stab-oekonomi",
                  null,
                  "Rasmus Toft",
                  null,
                  null)),
          List.of(() -> dus2022Seed(DEMO_YEAR)));

  private SkanderborgDemo() {}

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
}
