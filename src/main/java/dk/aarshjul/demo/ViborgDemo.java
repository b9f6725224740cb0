package dk.aarshjul.demo;

import dk.aarshjul.demo.DemoData.DemoArea;
import dk.aarshjul.demo.DemoData.DemoCommittee;
import dk.aarshjul.demo.DemoData.DemoUnit;
import dk.aarshjul.organisation.CommitteeKind;
import java.util.List;

/**
 * The Viborg demo municipality (governance model "viborg", seed 001): five areas, the finance
 * committee and four standing committees, nine units and a data team that imports and reviews the
 * measurements. The institutions and committees carry real Viborg names; every person is fictional.
 * No period of its own: {@link ViborgDemoTerm} seeds the previous term 2022–2025 with its published
 * Sammenhængsbarometer, and the council secretariat starts 2026–2029 in the process.
 */
final class ViborgDemo {

  /** The mayor chairs the council and the finance committee. */
  static final String MAYOR = "Søren Fjordside";

  /** Imports the survey and register files of the previous term. */
  static final String IMPORTER = "Nanna Riis";

  /** Reviews and publishes them (someone other than the importer). */
  static final String REVIEWER = "Kasper Bruun";

  static final DemoData DATA =
      new DemoData(
          "Viborg",
          "viborg",
          "Administrator Viborg",
          "Inge Bundgaard",
          "Mette Kirkegaard",
          List.of("Anders Skovbo", "Hanne Grønbech"),
          MAYOR,
          List.of(IMPORTER, REVIEWER),
          List.of(
              new DemoArea("boern-og-unge", "Børn og Unge", "Birgit Aagaard", "Camilla Thorup"),
              new DemoArea(
                  "sundhed-og-omsorg", "Sundhed og Omsorg", "Jesper Mølgaard", "Louise Dam"),
              new DemoArea("job-og-velfaerd", "Job og Velfærd", "Henrik Vinther", "Sara Lykke"),
              new DemoArea(
                  "kultur-service-og-borgerservice",
                  "Kultur, Service og Borgerservice",
                  "Annette Krog",
                  "Mikkel Hvass"),
              new DemoArea(
                  "oekonomi-og-personale", "Økonomi og Personale", "Claus Brix", "Pernille Skov")),
          List.of(),
          List.of(
              new DemoCommittee(
                  "boerne-og-ungdomsudvalget",
                  "Børne- og Ungdomsudvalget",
                  CommitteeKind.STANDING,
                  List.of("boern-og-unge"),
                  "Camilla Thorup",
                  List.of("Kirsten Lauritsen", "Ole Damsgaard", "Tanja Buch", "Jens Eriksen")),
              new DemoCommittee(
                  "social-og-sundhedsudvalget",
                  "Social- og Sundhedsudvalget",
                  CommitteeKind.STANDING,
                  List.of("sundhed-og-omsorg"),
                  "Louise Dam",
                  List.of("Grethe Nørskov", "Bent Hvid", "Lone Faber", "Villy Sand")),
              new DemoCommittee(
                  "beskaeftigelsesudvalget",
                  "Beskæftigelsesudvalget",
                  CommitteeKind.STANDING,
                  List.of("job-og-velfaerd"),
                  "Sara Lykke",
                  List.of("Peder Kold", "Susanne Lind", "Ahmad Rahimi", "Karina Mørch")),
              new DemoCommittee(
                  "kultur-og-fritidsudvalget",
                  "Kultur- og Fritidsudvalget",
                  CommitteeKind.STANDING,
                  List.of("kultur-service-og-borgerservice"),
                  "Mikkel Hvass",
                  List.of("Johannes Ebbesen", "Lise Hjort", "Torben Skaarup")),
              new DemoCommittee(
                  "oekonomiudvalget",
                  "Økonomiudvalget",
                  CommitteeKind.FINANCE,
                  List.of("oekonomi-og-personale"),
                  "Pernille Skov",
                  List.of(
                      MAYOR,
                      "Kirsten Lauritsen",
                      "Grethe Nørskov",
                      "Peder Kold",
                      "Johannes Ebbesen"))),
          List.of(
              new DemoUnit(
                  "vestervangskolen",
                  "Vestervangskolen",
                  "skole",
                  "boern-og-unge",
                  null,
                  "Martin Bach",
                  "Rikke Vad",
                  "Allan Boesen"),
              new DemoUnit(
                  "hald-ege-skole",
                  "Hald Ege Skole",
                  "skole",
                  "boern-og-unge",
                  null,
                  "Charlotte Iversen",
                  "Thomas Riber",
                  "Helle Dybdahl"),
              new DemoUnit(
                  "dagplejen-viborg",
                  "Dagplejen Viborg",
                  "dagtilbud",
                  "boern-og-unge",
                  null,
                  "Dorthe Kirk",
                  "Maria Lund",
                  "Bodil Sommer"),
              new DemoUnit(
                  "liselund",
                  "Pleje- og Omsorgscenter Liselund",
                  "plejecenter",
                  "sundhed-og-omsorg",
                  null,
                  "Jette Kvist",
                  null,
                  "Kim Astrup"),
              new DemoUnit(
                  "kildehaven",
                  "Pleje- og Omsorgscenter Kildehaven",
                  "plejecenter",
                  "sundhed-og-omsorg",
                  null,
                  "Lars Bitsch",
                  null,
                  "Vibeke Hornbæk"),
              new DemoUnit(
                  "jobcenter-viborg",
                  "Jobcenter Viborg",
                  "jobcenter",
                  "job-og-velfaerd",
                  null,
                  "Morten Overgaard",
                  null,
                  "Gitte Sejer"),
              new DemoUnit(
                  "viborg-bibliotekerne",
                  "Viborg Bibliotekerne",
                  "bibliotek",
                  "kultur-service-og-borgerservice",
                  null,
                  "Ida Wendt",
                  null,
                  "Poul Ravn"),
              new DemoUnit(
                  "borgerservice-viborg",
                  "Borgerservice Viborg",
                  "borgerservice",
                  "kultur-service-og-borgerservice",
                  null,
                  "Signe Tang",
                  null,
                  "Erik Hald"),
              new DemoUnit(
                  "oekonomi-og-analyse",
                  "Økonomi og Analyse",
                  "stab",
                  "oekonomi-og-personale",
                  null,
                  "Frederik Nissen",
                  null,
                  null)),
          List.of());

  private ViborgDemo() {}
}
