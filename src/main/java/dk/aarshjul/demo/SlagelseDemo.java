package dk.aarshjul.demo;

import dk.aarshjul.demo.DemoData.DemoArea;
import dk.aarshjul.demo.DemoData.DemoCommittee;
import dk.aarshjul.demo.DemoData.DemoUnit;
import dk.aarshjul.organisation.CommitteeKind;
import java.util.List;

/**
 * The Slagelse demo municipality (governance model "slagelse", seed 002: the working group on the
 * interplay with the political level): four areas, three standing committees and the finance
 * committee, ten units – the schools, day-care institutions, care centre and language centre whose
 * leaders sat in the working group – each with a works council (MED) to hear. The institutions and
 * committees carry real Slagelse names; every person is fictional. No period of its own: the
 * council secretariat starts the year in the process.
 */
final class SlagelseDemo {

  /** The mayor chairs the council and the finance committee. */
  static final String MAYOR = "Kristian Holmegaard";

  static final DemoData DATA =
      new DemoData(
          "Slagelse",
          "slagelse",
          "Administrator Slagelse",
          "Agnete Lund",
          "Birthe Stokholm",
          List.of("Lars Kirkeby", "Vera Lindholm"),
          MAYOR,
          List.of(),
          List.of(
              new DemoArea("skoler", "Skoler", "Steen Kastrup", "Susie Hvam"),
              new DemoArea("boern-og-familie", "Børn og Familie", "Anja Brink", "Nikolaj Rahbek"),
              new DemoArea(
                  "sundhed-og-aeldre", "Sundhed og Ældre", "Gitte Rosenkvist", "Malene Frost"),
              new DemoArea(
                  "arbejdsmarked-og-integration",
                  "Arbejdsmarked og Integration",
                  "Kurt Qvist",
                  "Dorthe Skaarup")),
          List.of(),
          List.of(
              new DemoCommittee(
                  "boerne-og-ungeudvalget",
                  "Børne- og Ungeudvalget",
                  CommitteeKind.STANDING,
                  List.of("skoler", "boern-og-familie"),
                  "Susie Hvam",
                  List.of("Lisbeth Falk", "Torben Ejby", "Hanne Mørup", "Ali Demir")),
              new DemoCommittee(
                  "aeldreudvalget",
                  "Ældreudvalget",
                  CommitteeKind.STANDING,
                  List.of("sundhed-og-aeldre"),
                  "Malene Frost",
                  List.of("Jytte Brandt", "Carsten Wulff", "Inger Buus")),
              new DemoCommittee(
                  "beskaeftigelsesudvalget",
                  "Beskæftigelses-, Integrations- og Erhvervsudvalget",
                  CommitteeKind.STANDING,
                  List.of("arbejdsmarked-og-integration"),
                  "Dorthe Skaarup",
                  List.of("Jens Borup", "Rikke Holst", "Yusuf Aydin")),
              new DemoCommittee(
                  "oekonomiudvalget",
                  "Økonomiudvalget",
                  CommitteeKind.FINANCE,
                  List.of(),
                  "Birthe Stokholm",
                  List.of(MAYOR, "Lisbeth Falk", "Jytte Brandt", "Jens Borup"))),
          List.of(
              new DemoUnit(
                  "soendermarksskolen",
                  "Søndermarksskolen",
                  "skole",
                  "skoler",
                  null,
                  "Henning Haldrup",
                  "Marianne Kjær",
                  "Louise Brask"),
              new DemoUnit(
                  "storebaeltsskolen",
                  "Storebæltsskolen",
                  "skole",
                  "skoler",
                  null,
                  "Bjarne Engel",
                  "Connie Westh",
                  "Tobias Lind"),
              new DemoUnit(
                  "boernegaarden",
                  "Børnegården",
                  "dagtilbud",
                  "boern-og-familie",
                  null,
                  "Annelise Worm",
                  null,
                  "Pernille Sand"),
              new DemoUnit(
                  "skovboernehuset",
                  "Skovbørnehuset",
                  "dagtilbud",
                  "boern-og-familie",
                  null,
                  "Jakob Munk",
                  null,
                  "Mona Thorsen"),
              new DemoUnit(
                  "slotsbjergby-daginstitution",
                  "Slotsbjergby Daginstitution",
                  "dagtilbud",
                  "boern-og-familie",
                  null,
                  "Sanne Bager",
                  null,
                  "Poul Ibsen"),
              new DemoUnit(
                  "skaelskoer-plejecenter",
                  "Skælskør Plejecenter",
                  "plejecenter",
                  "sundhed-og-aeldre",
                  null,
                  "Bodil Rask",
                  null,
                  "Ruth Juhl"),
              new DemoUnit(
                  "sygeplejen",
                  "Sygeplejen",
                  "hjemmepleje",
                  "sundhed-og-aeldre",
                  null,
                  "Karina Vestergaard",
                  null,
                  "Lone Mikkelsen"),
              new DemoUnit(
                  "slagelse-sprogcenter",
                  "Slagelse Sprogcenter",
                  "sprogcenter",
                  "arbejdsmarked-og-integration",
                  null,
                  "Signe Bonde",
                  null,
                  "Nina Dam"),
              new DemoUnit(
                  "jobcenter-slagelse",
                  "Jobcenter Slagelse",
                  "jobcenter",
                  "arbejdsmarked-og-integration",
                  null,
                  "Kenneth Lau",
                  null,
                  "Ebbe Friis")),
          List.of());

  private SlagelseDemo() {}
}
