package dk.aarshjul.demo;

import dk.aarshjul.demo.DemoData.DemoArea;
import dk.aarshjul.demo.DemoData.DemoCommittee;
import dk.aarshjul.demo.DemoData.DemoDistrict;
import dk.aarshjul.demo.DemoData.DemoUnit;
import dk.aarshjul.organisation.CommitteeKind;
import dk.aarshjul.organisation.PenHolder;
import java.util.List;

/**
 * The Hvidovre demo municipality (governance model "hvidovre", seed 004): three committees, each
 * over one area, three geographic districts for meeting model 2, and nine units. The institutions
 * carry real Hvidovre names; every person is fictional. No period: the directorate starts the
 * election term in the process.
 */
final class HvidovreDemo {

  /** The mayor chairs the council and the finance committee. */
  static final String MAYOR = "Torben Glerup";

  static final DemoData DATA =
      new DemoData(
          "Hvidovre",
          "hvidovre",
          "Administrator Hvidovre",
          "Birgitte Holmgaard",
          "Louise Winther",
          List.of("Niels Bruun", "Charlotte Vang"),
          MAYOR,
          List.of(),
          List.of(
              new DemoArea(
                  "boern-og-uddannelse", "Børn og Uddannelse", "Michael Storm", "Julie Kofoed"),
              new DemoArea("sundhed-og-omsorg", "Sundhed og Omsorg", "Helle Brink", "Jonas Lyng"),
              new DemoArea(
                  "borgerservice-og-administration",
                  "Borgerservice og Administration",
                  "Lars Engholm",
                  "Emma Juul")),
          List.of(
              new DemoDistrict("avedoere", "Avedøre"),
              new DemoDistrict("hvidovre-syd", "Hvidovre Syd"),
              new DemoDistrict("hvidovre-nord", "Hvidovre Nord")),
          List.of(
              new DemoCommittee(
                  "boerne-og-undervisningsudvalget",
                  "Børne- og Undervisningsudvalget",
                  CommitteeKind.STANDING,
                  List.of("boern-og-uddannelse"),
                  "Julie Kofoed",
                  List.of("Marianne Holst", "Kasper Bøgh", "Yasmin Aydin", "Erik Thygesen")),
              new DemoCommittee(
                  "social-og-sundhedsudvalget",
                  "Social- og Sundhedsudvalget",
                  CommitteeKind.STANDING,
                  List.of("sundhed-og-omsorg"),
                  "Jonas Lyng",
                  List.of("Dorthe Ravnholt", "Steen Marker", "Merete Bang", "Jan Hedegaard"),
                  // for the care homes the administration writes the goals from the dialogue
                  PenHolder.ADMINISTRATION),
              new DemoCommittee(
                  "oekonomiudvalget",
                  "Økonomiudvalget",
                  CommitteeKind.FINANCE,
                  List.of("borgerservice-og-administration"),
                  "Emma Juul",
                  List.of(
                      MAYOR,
                      "Marianne Holst",
                      "Dorthe Ravnholt",
                      "Flemming Ager",
                      "Signe Bjerre"))),
          List.of(
              new DemoUnit(
                  "avedoere-skole",
                  "Avedøre Skole",
                  "skole",
                  "boern-og-uddannelse",
                  "avedoere",
                  "Christian Munk",
                  "Tanja Lorentzen",
                  "Poul Eskildsen"),
              new DemoUnit(
                  "engstrandskolen",
                  "Engstrandskolen",
                  "skole",
                  "boern-og-uddannelse",
                  "hvidovre-syd",
                  "Line Kastrup",
                  "Claus Bendtsen",
                  "Stine Holt"),
              new DemoUnit(
                  "risbjergskolen",
                  "Risbjergskolen",
                  "skole",
                  "boern-og-uddannelse",
                  "hvidovre-nord",
                  "Martin Overby",
                  "Heidi Rosendahl",
                  "Brian Kjeldgaard"),
              new DemoUnit(
                  "dagtilbud-avedoere",
                  "Dagtilbud Avedøre",
                  "dagtilbud",
                  "boern-og-uddannelse",
                  "avedoere",
                  "Maja Nyborg",
                  "Jesper Hviid",
                  "Trine Falk"),
              new DemoUnit(
                  "dagtilbud-hvidovre-nord",
                  "Dagtilbud Hvidovre Nord",
                  "dagtilbud",
                  "boern-og-uddannelse",
                  "hvidovre-nord",
                  "Sanne Borup",
                  "Rune Dam",
                  "Katrine Aagesen"),
              new DemoUnit(
                  "plejecenter-krogaarden",
                  "Plejecenter Krogården",
                  "plejecenter",
                  "sundhed-og-omsorg",
                  "hvidovre-syd",
                  "Bettina Skou",
                  null,
                  "Allan Kirk"),
              new DemoUnit(
                  "plejecenter-henrikshave",
                  "Plejecenter Henrikshave",
                  "plejecenter",
                  "sundhed-og-omsorg",
                  "hvidovre-nord",
                  "Lotte Vind",
                  null,
                  "Per Damgaard"),
              new DemoUnit(
                  "borgerservice",
                  "Borgerservice",
                  "borgerservice",
                  "borgerservice-og-administration",
                  null,
                  "Jakob Riis",
                  null,
                  "Eva Nordahl"),
              new DemoUnit(
                  "oekonomi-og-styring",
                  "Center for Økonomi og Styring",
                  "stab",
                  "borgerservice-og-administration",
                  null,
                  "Simon Kragelund",
                  null,
                  null)),
          List.of());

  private HvidovreDemo() {}
}
