package dk.aarshjul.period;

/** Whether a period's requirements and calendar are still being planned or have been published. */
enum PeriodStatus {
  /** Opened by its model; its requirements and calendar are being drafted (e.g. the DUS). */
  PLANNING,
  /** Requirements and calendar published: units can agree their goals for it. */
  OPEN
}
