package dk.aarshjul.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One governance model's year as {@link CycleDriver} drives it: which main process is started with
 * which start form, which tasks belong to the year, when the year is over, and the answer each
 * person gives in each task. The driver does the rest (listing tasks, finding the deciding user,
 * submitting, retrying, waiting).
 */
interface ModelDriving {

  /** The main process, started through its start form. */
  String processKey();

  /** The business key the main process gives its instance of the driven year. */
  String businessKey();

  /** The start form as Tasklist submits it ({@code {"variables": …}}). */
  Map<String, Object> startForm();

  /** Business-key patterns (SQL LIKE) of the processes whose tasks belong to the driven year. */
  List<String> taskBusinessKeys();

  /** Whether the driver completes this open task of the year (default: every one). */
  default boolean drives(CycleDriver driver, String base, JsonNode task) {
    return true;
  }

  /** Whether the driven year is over (the main process ended, or the model's end point reached). */
  boolean completed(CycleDriver driver, String base);

  /** The form a person would submit for this task. */
  Map<String, Object> answer(Task task);

  /** Every unit drafts {@code count} goals where the model lets the driver choose. */
  default void goalsPerContract(int count) {}

  /**
   * Called each time the year is (re)started, after the main process exists: what else the model's
   * people start at the year's beginning (idempotent: it may already have been started).
   */
  default void started(CycleDriver driver, String base) {}

  /**
   * Timers an administrator fires when they are not yet due (real dates: a meeting day ahead of
   * today); every other timer is left to the nodes' job executors.
   */
  default List<Timer> timersFiredEarly() {
    return List.of();
  }

  /**
   * Whether the task must be decided by another member of its group than the one who decides the
   * group's other tasks (e.g. the data team's review of an import: not the importer).
   */
  default boolean decidedByAnotherMember(String taskKey) {
    return false;
  }

  /** A timer event of a process. */
  record Timer(String processKey, String activityId) {}

  /** An open task the driver is about to complete, with what its answer may read. */
  record Task(
      CycleDriver driver,
      String base,
      String id,
      String key,
      String processInstanceId,
      String businessKey) {

    /** A form variable as Tasklist fetches it (a Json value as its text). */
    String form(String name) {
      return driver.formVariable(base, id, name);
    }

    /** A Json form variable, parsed. */
    JsonNode formJson(String name) {
      return driver.readTree(form(name));
    }

    /** How many tasks of this task's definition its process instance has finished before. */
    long finishedBefore() {
      return driver.finishedTasks(base, processInstanceId, key);
    }

    /** "2031/Gl. Rye skole og dagtilbud/Opfølgning 1" → "Gl. Rye skole og dagtilbud". */
    String unitName() {
      String[] parts = businessKey.split("/");
      return parts.length > 1 ? parts[1] : businessKey;
    }
  }
}
