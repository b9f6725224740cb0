package dk.aarshjul.demo;

/**
 * What a demo municipality seeds beyond its organisation and periods, through the blocks' own
 * services (e.g. Viborg's previous term with its published barometer: {@link ViborgDemoTerm}).
 * {@link DemoMunicipality} runs the seeds of the selected model once, in its own transaction (all
 * or nothing with the organisation), after every area, committee, unit and user exists.
 */
interface DemoSeed {

  /** The governance model whose demo this seeds, e.g. "viborg". */
  String model();

  /** Seeds the demo; {@code demo} is the municipality just created. */
  void seed(DemoData demo);
}
