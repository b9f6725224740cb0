package dk.aarshjul.measure;

import dk.aarshjul.period.PeriodVariables;
import dk.aarshjul.process.BlockContract;
import dk.aarshjul.process.Variable;
import java.util.List;
import java.util.Set;

/** Process variables and BPMN ids of the data-import block (import-data.bpmn). */
public final class MeasureVariables {

  public static final String PROCESS_KEY = "import-data";

  /** What the file holds: "borgermaaling" or "register". */
  public static final Variable<String> KIND = Variable.text("importKind");

  /** The year a survey was carried out (none for register data: its lines carry years). */
  public static final Variable<Integer> SURVEY_YEAR = Variable.integer("surveyYear");

  /** The import made by the import task (written by the block, read by the review task). */
  public static final String IMPORT_ID = "dataImportId";

  public static final String FILE_NAME = "fileName";
  public static final String PUBLISH = "publish";
  public static final String REVIEW_COMMENT = "reviewComment";

  /** The review's decision, for Gateway_Published. */
  public static final String PUBLISHED = "importPublished";

  /** Task-local text shown in the forms. */
  public static final String IMPORT_INFO = "importInfo";

  public static final String TASK_IMPORT = "Task_ImportData";
  public static final String TASK_REVIEW = "Task_ReviewImport";
  public static final String GATEWAY_PUBLISHED = "Gateway_Published";

  /** Every variable an instance of the block may hold. */
  public static final Set<String> PROCESS_SCOPE =
      Set.of(PeriodVariables.PERIOD.name(), KIND.name(), SURVEY_YEAR.name(), IMPORT_ID, PUBLISHED);

  public static final BlockContract CONTRACT =
      new BlockContract(
          PROCESS_KEY,
          List.of(PeriodVariables.PERIOD, KIND),
          List.of(SURVEY_YEAR),
          Set.of(TASK_IMPORT, TASK_REVIEW, GATEWAY_PUBLISHED),
          List.of());

  private MeasureVariables() {}
}
