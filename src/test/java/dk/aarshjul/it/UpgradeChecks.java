package dk.aarshjul.it;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@link UpgradeFromReleaseIT} compares before and after the upgrade: the one place where the
 * rows a user cares about are read, once from the RELEASE schema (the dump of release 0.1.0, commit
 * eeb6b85) and once from the CURRENT schema (after Flyway has migrated the dump).
 *
 * <p>Every check is a query returning one text per row: natural keys (year, unit code, goal
 * position, ...) instead of surrogate ids, then the columns a user sees. The rows before and after
 * are compared as multisets, so a failure names exactly the rows that went missing or changed.
 *
 * <h2>When a migration moves data</h2>
 *
 * <ul>
 *   <li>{@link #releaseSchema()} reads the dump's schema, which never changes: leave those queries
 *       as they are.
 *   <li>A migration that moves a column or table (e.g. {@code cycle_year} into a period table)
 *       makes the check's query fail on the upgraded schema. Then add the check to {@link
 *       #currentSchema()} with a query that reads the same data from its NEW home and renders each
 *       row as the same text as the release query. Never delete or weaken a check: a row that a
 *       migration drops is exactly what this test must report.
 * </ul>
 */
final class UpgradeChecks {

  /** How the rows after the upgrade must relate to the rows before. */
  enum Mode {
    /** Exactly the same rows: nothing lost, nothing changed, nothing added. */
    SAME,
    /**
     * Every row still there; the new release may add rows (its own grants, groups, model versions,
     * history).
     */
    KEPT
  }

  /**
   * One comparison: its name, the release table it covers (null for engine checks), and its two
   * queries.
   */
  record Check(String name, String releaseTable, Mode mode, String releaseSql, String currentSql) {}

  /**
   * Leaves out release 0.1.0's deadline watches (task-deadline.bpmn instances, their timers,
   * variables and message subscriptions): the new release moves each to its task's deadline job,
   * which the check "deadline of every open task" compares. Appended to a query whose tables {@code
   * d} (the instance's process definition) is joined, or left joined.
   */
  static final String DEADLINES = "deadline of every open task (task, next step, when)";

  static final String WATCHES_AS_DEADLINE_JOBS = " and coalesce(d.key_, '') <> 'task-deadline'";

  private UpgradeChecks() {}

  /**
   * The checks read from the CURRENT schema: today the release's queries. A migration that moves
   * data puts the check's name here with a query reading the data from its new home, giving the
   * same text per row. For example, when {@code cycle_year} becomes a period:
   *
   * <pre>{@code
   * queries.put("cycle_year", row("p.first_year", "p.title", ...) + " from period p where p.kind = 'BUDGET_YEAR'");
   * }</pre>
   */
  static Map<String, String> currentSchema() {
    Map<String, String> queries = new LinkedHashMap<>();
    releaseSchema().forEach(check -> queries.put(check.name(), periodKernel(check.releaseSql())));
    // ---- overrides for data that a migration moved
    // ----------------------------------------------------------------
    // V10: a year's DUS state moved to dus, its calendar to period_date (one dialogue window,
    // numbered follow-ups)
    queries.put(
        "cycle_year",
        row(
                "y.first_year",
                "y.title",
                "d.status",
                "(select pd.on_date from period_date pd where pd.period_id = y.id and pd.kind = 'CONTRACT_DEADLINE')",
                "(select pd.on_date from period_date pd where pd.period_id = y.id and pd.kind = 'DIALOGUE_WINDOW'"
                    + " and pd.sequence_number = 1)",
                "(select pd.until_date from period_date pd where pd.period_id = y.id and pd.kind = 'DIALOGUE_WINDOW'"
                    + " and pd.sequence_number = 1)",
                "d.published_at",
                "d.published_by",
                "d.review_comment")
            + " from period y join dus d on d.period_id = y.id where y.kind = 'BUDGET_YEAR'");
    queries.put(
        "follow_up_date",
        row("y.first_year", "f.sequence_number", "f.on_date")
            + " from period_date f join period y on y.id = f.period_id where f.kind = 'FOLLOW_UP'");
    queries.put(
        "track",
        row("y.first_year", "t.aim_number", "t.title", "t.description")
            + " from aim t join period y on y.id = t.period_id where t.kind = 'TRACK'");
    // 0.2: each open task's deadline watch (a task-deadline.bpmn instance) became the task's
    // deadline job, waiting for the same step at the same time (LegacyDeadlineWatches)
    queries.put(
        DEADLINES,
        row(
                "split_part(j.handler_cfg_, '|', 1)",
                "split_part(j.handler_cfg_, '|', 2)",
                "j.duedate_")
            + " from act_ru_job j where j.handler_type_ = 'aarshjul-task-deadline'");
    // V13: the rendered text of the goal overview and the year-end report is no longer stored: it
    // is derived from rows
    // checked above (goal, goal_status, follow_up_report, ...) and rendered again by the reporting
    // module. Every other
    // column is compared; the text column is compared as DERIVED on both sides (see derived()).
    return queries;
  }

  /**
   * Columns a migration dropped because their content is derived from other checked rows: check
   * name -> column.
   */
  static final Map<String, String> DERIVED =
      Map.of("goal_overview", "o.content", "year_end_report", "r.report_text");

  /**
   * The query with a dropped derived column shown as the literal DERIVED (on both sides of the
   * comparison).
   */
  static String derived(String checkName, String sql) {
    String column = DERIVED.get(checkName);
    return column == null
        ? sql
        : sql.replace("coalesce((" + column + ")::text, '<null>')", "'DERIVED'");
  }

  /**
   * V10 renamed cycle_year to period (same ids; its year column is first_year), every year_id to
   * period_id and track to aim: the release queries read the same rows under the new names.
   */
  static String periodKernel(String sql) {
    return sql.replace("join cycle_year y on y.id = ", "join period y on y.id = ")
        .replace(
            "from cycle_year y where y.cycle_year = v.long_",
            "from period y where y.first_year = v.long_" + " and y.kind = 'BUDGET_YEAR'")
        .replace("y.cycle_year", "y.first_year")
        .replace(".year_id", ".period_id");
  }

  /** Every check with its release and current query. */
  static List<Check> all() {
    Map<String, String> current = currentSchema();
    List<Check> checks = new ArrayList<>();
    for (Check check : releaseSchema()) {
      String currentSql = current.get(check.name());
      if (currentSql == null) {
        throw new IllegalStateException(
            "The check '"
                + check.name()
                + "' has no current-schema query: checks are never "
                + "deleted, a migration that moves data updates the query in UpgradeChecks.currentSchema()");
      }
      checks.add(
          new Check(
              check.name(),
              check.releaseTable(),
              check.mode(),
              derived(check.name(), check.releaseSql()),
              derived(check.name(), currentSql)));
    }
    if (!current
        .keySet()
        .equals(
            checks.stream()
                .map(Check::name)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new)))) {
      throw new IllegalStateException(
          "UpgradeChecks.currentSchema() names checks the release schema does not have: "
              + current.keySet());
    }
    return checks;
  }

  // ---- the RELEASE schema (0.1.0, eeb6b85): never change these, the dump does not change
  // --------------------------

  /** A contract's natural key: "2027/gl-rye". */
  private static final String CONTRACT_KEY = "y.cycle_year || '/' || u.code";

  /**
   * Joins a contract (alias c), its year (y) and unit (u) onto a row whose contract id is {@code
   * contractId}.
   */
  private static String contract(String contractId) {
    return " join development_contract c on c.id = "
        + contractId
        + " join cycle_year y on y.id = c.year_id"
        + " join unit u on u.id = c.unit_id";
  }

  static List<Check> releaseSchema() {
    List<Check> checks = new ArrayList<>();

    // ---- domain tables: every row with its content
    // --------------------------------------------------------------
    domain(checks, "area", row("a.code", "a.name") + " from area a");
    domain(
        checks,
        "unit",
        row(
                "u.code",
                "u.name",
                "u.unit_type",
                "a.code",
                "u.has_board",
                "u.has_works_council",
                "u.active")
            + " from unit u join area a on a.id = u.area_id");
    domain(
        checks,
        "cycle_year",
        row(
                "y.cycle_year",
                "y.title",
                "y.status",
                "y.contract_deadline",
                "y.dialogue_from",
                "y.dialogue_to",
                "y.published_at",
                "y.published_by",
                "y.dus_review_comment")
            + " from cycle_year y");
    domain(
        checks,
        "track",
        row("y.cycle_year", "t.track_number", "t.title", "t.description")
            + " from track t join cycle_year y on y.id = t.year_id");
    domain(
        checks,
        "requirement",
        row("y.cycle_year", "r.code", "r.title", "r.description", "r.rule_type", "r.track_number")
            + " from requirement r join cycle_year y on y.id = r.year_id");
    domain(
        checks,
        "follow_up_date",
        row("y.cycle_year", "f.round_number", "f.due_date")
            + " from follow_up_date f join cycle_year y on y.id = f.year_id");
    domain(
        checks,
        "area_meeting_model",
        row("y.cycle_year", "a.code", "m.meeting_model")
            + " from area_meeting_model m join cycle_year y on y.id = m.year_id join area a on a.id = m.area_id");
    domain(
        checks,
        "early_dialogue_unit",
        row("y.cycle_year", "u.code")
            + " from early_dialogue_unit e join cycle_year y on y.id = e.year_id join unit u on u.id = e.unit_id");
    domain(
        checks,
        "theme_meeting",
        row(
                "y.cycle_year",
                "m.meeting_date",
                "m.place",
                "m.political_direction",
                "m.registered_by",
                "m.registered_at")
            + " from theme_meeting m join cycle_year y on y.id = m.year_id");
    domain(
        checks,
        "theme",
        row("y.cycle_year", "t.priority", "t.kind", "t.title", "t.description")
            + " from theme t join theme_meeting m on m.id = t.theme_meeting_id join cycle_year y on y.id = m.year_id");
    domain(
        checks,
        "development_contract",
        row(
                CONTRACT_KEY,
                "c.status",
                "c.version",
                "c.leadership_span_assessment",
                "c.approver_group",
                "c.approved_by",
                "c.created_at",
                "c.submitted_at",
                "c.approved_at",
                "c.early_dialogue_notes")
            + " from development_contract c join cycle_year y on y.id = c.year_id join unit u on u.id = c.unit_id");
    domain(
        checks,
        "goal",
        row(
                CONTRACT_KEY,
                "g.position",
                "g.track_number",
                "g.title",
                "g.purpose",
                "g.activities",
                "g.effect_follow_up",
                "g.indicator",
                "g.target",
                "g.multi_year",
                "g.shared_with_others",
                "g.addresses")
            + " from goal g"
            + contract("g.contract_id"));
    domain(
        checks,
        "stakeholder_comment",
        row(CONTRACT_KEY, "s.body", "s.comment_text", "s.author", "s.created_at")
            + " from stakeholder_comment s"
            + contract("s.contract_id"));
    domain(
        checks,
        "contract_review",
        row(CONTRACT_KEY, "r.approved", "r.comment_text", "r.reviewer", "r.created_at")
            + " from contract_review r"
            + contract("r.contract_id"));
    domain(
        checks,
        "contract_version",
        row(
                CONTRACT_KEY,
                "v.version_number",
                "v.reason",
                "v.content",
                "v.note",
                "v.created_by",
                "v.created_at")
            + " from contract_version v"
            + contract("v.contract_id"));
    domain(
        checks,
        "goal_overview",
        row(
                "y.cycle_year",
                "o.content",
                "o.contracts_count",
                "o.goals_count",
                "o.compiled_at",
                "o.presented_on",
                "o.council_remarks",
                "o.presented_by")
            + " from goal_overview o join cycle_year y on y.id = o.year_id");
    domain(
        checks,
        "dialogue_meeting",
        row(
                "y.cycle_year",
                "a.code",
                "m.meeting_model",
                "m.title",
                "m.status",
                "m.planned_date",
                "m.place",
                "m.planned_by",
                "m.minutes",
                "m.held_by",
                "m.created_at",
                "m.planned_at",
                "m.held_at",
                "m.completed_at",
                "m.process_instance_id")
            + " from dialogue_meeting m join cycle_year y on y.id = m.year_id "
            + "join area a on a.id = m.area_id");
    domain(
        checks,
        "dialogue_participant",
        row("y.cycle_year", "m.title", "u.code")
            + " from dialogue_participant p join dialogue_meeting m on m.id = p.meeting_id join cycle_year y on y.id = m.year_id "
            + "join development_contract c on c.id = p.contract_id join unit u on u.id = c.unit_id");
    domain(
        checks,
        "dialogue_agreement",
        row(
                "y.cycle_year",
                "m.title",
                "u.code",
                "a.adjustment_text",
                "a.status",
                "a.applied_version",
                "a.applied_by",
                "a.created_at",
                "a.applied_at")
            + " from dialogue_agreement a join dialogue_meeting m on m.id = a.meeting_id join cycle_year y on y.id = m.year_id "
            + "join development_contract c on c.id = a.contract_id join unit u on u.id = c.unit_id");
    domain(
        checks,
        "follow_up_report",
        row(
                CONTRACT_KEY,
                "r.round_number",
                "r.status",
                "r.reported_by",
                "r.reported_at",
                "r.reviewed_by",
                "r.reviewed_at",
                "r.review_comment",
                "r.created_at")
            + " from follow_up_report r"
            + contract("r.contract_id"));
    domain(
        checks,
        "goal_status",
        row(
                CONTRACT_KEY,
                "r.round_number",
                "g.position",
                "s.colour",
                "s.suggested_colour",
                "s.target_value",
                "s.actual_value",
                "s.higher_is_better",
                "s.effect")
            + " from goal_status s join follow_up_report r on r.id = s.report_id join goal g on g.id = s.goal_id"
            + contract("r.contract_id"));
    domain(
        checks,
        "status_rollup",
        row(
                "y.cycle_year",
                "r.round_number",
                "r.scope",
                "a.code",
                "r.red",
                "r.yellow",
                "r.green",
                "r.reports_approved",
                "r.reports_missing",
                "r.computed_at")
            + " from status_rollup r join cycle_year y on y.id = r.year_id left join area a on a.id = r.area_id");
    domain(
        checks,
        "year_end_report",
        row(
                "y.cycle_year",
                "r.report_text",
                "r.compiled_at",
                "r.conclusion",
                "r.concluded_by",
                "r.concluded_at")
            + " from year_end_report r join cycle_year y on y.id = r.year_id");
    // a challenge's number is user-visible (the business key "Udfordringsret 2 – Plejecenter
    // Sølund")
    domain(
        checks,
        "challenge",
        row(
                "ch.id",
                "u.code",
                "ch.kind",
                "ch.subject",
                "ch.reason",
                "ch.proposed_change",
                "ch.status",
                "ch.submitted_by",
                "ch.submitted_at",
                "ch.decided_at",
                "ch.acknowledged_by",
                "ch.acknowledged_at")
            + " from challenge ch join unit u on u.id = ch.unit_id");
    domain(
        checks,
        "challenge_decision",
        row("d.challenge_id", "d.decision", "d.reasoning", "d.decided_by", "d.decided_at")
            + " from challenge_decision d");
    domain(
        checks,
        "challenge_elaboration",
        row(
                "e.challenge_id",
                "d.decision",
                "d.decided_at",
                "e.elaboration",
                "e.elaborated_by",
                "e.elaborated_at")
            + " from challenge_elaboration e join challenge_decision d on d.id = e.decision_id");

    // ---- running instances: exactly as they were
    // ------------------------------------------------------------------
    String instance =
        " join act_ru_execution pi on pi.id_ = %s join act_re_procdef d on d.id_ = pi.proc_def_id_";
    engine(
        checks,
        "running process instances",
        Mode.SAME,
        row(
                "d.key_",
                "d.version_",
                "pi.business_key_",
                "sd.key_",
                "spi.business_key_",
                "pi.suspension_state_")
            + " from act_ru_execution pi join act_re_procdef d on d.id_ = pi.proc_def_id_"
            + " left join act_ru_execution se on se.id_ = pi.super_exec_ left join act_ru_execution spi on spi.id_ = se.proc_inst_id_"
            + " left join act_re_procdef sd on sd.id_ = spi.proc_def_id_ where pi.id_ = pi.proc_inst_id_"
            + WATCHES_AS_DEADLINE_JOBS);
    engine(
        checks,
        "executions (where each instance waits)",
        Mode.SAME,
        row(
                "d.key_",
                "pi.business_key_",
                "e.act_id_",
                "e.is_active_",
                "e.is_concurrent_",
                "e.is_scope_",
                "e.is_event_scope_",
                "e.suspension_state_")
            + " from act_ru_execution e"
            + String.format(instance, "e.proc_inst_id_")
            + " where true"
            + WATCHES_AS_DEADLINE_JOBS);
    engine(
        checks,
        "variables of running instances",
        Mode.SAME,
        row(
                "d.key_",
                "pi.business_key_",
                "t.task_def_key_",
                "v.name_",
                "v.type_",
                "v.text_",
                "v.text2_",
                "v.long_",
                "v.double_",
                "md5(b.bytes_)")
            + " from act_ru_variable v left join act_ru_execution pi on pi.id_ = v.proc_inst_id_"
            + " left join act_re_procdef d on d.id_ = pi.proc_def_id_ left join act_ru_task t on t.id_ = v.task_id_"
            + " left join act_ge_bytearray b on b.id_ = v.bytearray_id_ where true"
            + WATCHES_AS_DEADLINE_JOBS);
    // the ids in running instances' variables must still name the same domain rows (null: the row
    // is gone)
    engine(
        checks,
        "domain rows named by running instances' variables",
        Mode.SAME,
        row(
                "d.key_",
                "pi.business_key_",
                "t.task_def_key_",
                "v.name_",
                "case v.name_"
                    + " when 'year' then (select y.cycle_year || ' ' || y.title from cycle_year y where y.cycle_year = v.long_)"
                    + " when 'contractId' then (select "
                    + CONTRACT_KEY
                    + " from development_contract c join cycle_year y on y.id = c.year_id"
                    + " join unit u on u.id = c.unit_id where c.id = v.long_)"
                    + " when 'challengeId' then (select u.code || ' ' || ch.subject from challenge ch join unit u on u.id = ch.unit_id"
                    + " where ch.id = v.long_)"
                    + " when 'dialogueMeetingId' then (select y.cycle_year || ' ' || m.title from dialogue_meeting m"
                    + " join cycle_year y on y.id = m.year_id where m.id = v.long_)"
                    + " when 'agreementId' then (select m.title || ' ' || u.code from dialogue_agreement a join dialogue_meeting m"
                    + " on m.id = a.meeting_id join development_contract c on c.id = a.contract_id join unit u on u.id = c.unit_id"
                    + " where a.id = v.long_)"
                    + " when 'followUpReportId' then (select "
                    + CONTRACT_KEY
                    + " || ' round ' || r.round_number from follow_up_report r"
                    + contract("r.contract_id")
                    + " where r.id = v.long_)"
                    + " when 'themeMeetingId' then (select y.cycle_year || ' ' || m.meeting_date from theme_meeting m"
                    + " join cycle_year y on y.id = m.year_id where m.id = v.long_)"
                    + " end")
            + " from act_ru_variable v join act_ru_execution pi on pi.id_ = v.proc_inst_id_"
            + " join act_re_procdef d on d.id_ = pi.proc_def_id_ left join act_ru_task t on t.id_ = v.task_id_"
            + " where v.name_ in ('year', 'contractId', 'challengeId', 'dialogueMeetingId', 'agreementId', 'followUpReportId',"
            + " 'themeMeetingId')");
    engine(
        checks,
        "open user tasks with candidate groups",
        Mode.SAME,
        row(
                "d.key_",
                "pi.business_key_",
                "t.id_",
                "t.task_def_key_",
                "t.name_",
                "t.assignee_",
                "t.owner_",
                "t.due_date_",
                "t.follow_up_date_",
                "t.priority_",
                "t.suspension_state_",
                "t.delegation_",
                "(select string_agg(l.type_ || ' ' || coalesce(l.group_id_, 'user ' || l.user_id_),"
                    + " ', ' order by l.type_, l.group_id_, l.user_id_) from act_ru_identitylink l where l.task_id_ = t.id_)")
            + " from act_ru_task t"
            + String.format(instance, "t.proc_inst_id_"));
    // the nightly history cleanup and the yearly start timer are rescheduled by every start; their
    // presence is checked
    engine(
        checks,
        "jobs and timers",
        Mode.SAME,
        row(
                "j.type_",
                "j.handler_type_",
                "case when j.handler_type_ = 'history-cleanup' then null else j.handler_cfg_ end",
                "case when j.handler_type_ in ('history-cleanup', 'timer-start-event') then null else j.duedate_ end",
                "coalesce(d.key_, j.process_def_key_)",
                "pi.business_key_",
                "j.suspension_state_",
                "j.retries_",
                "j.exception_msg_")
            + " from act_ru_job j left join act_ru_execution pi on pi.id_ = j.process_instance_id_"
            + " left join act_re_procdef d on d.id_ = pi.proc_def_id_"
            + " where j.handler_type_ <> 'aarshjul-task-deadline'"
            + WATCHES_AS_DEADLINE_JOBS);
    // a task's deadline: release 0.1.0 watched it with a task-deadline.bpmn instance, the new
    // release with the task's deadline job (LegacyDeadlineWatches moves them at startup); each open
    // task waits for the same next step at the same time
    engine(
        checks,
        DEADLINES,
        Mode.SAME,
        row(
                "w.business_key_",
                "case when j.handler_cfg_ like 'TimerEvent_ReminderDue%' then 'REMIND'"
                    + " when j.handler_cfg_ like 'TimerEvent_TaskOverdue%' then 'ESCALATE_TO_GROUP_CHIEF'"
                    + " when j.handler_cfg_ like 'TimerEvent_StillOverdue%' then 'ESCALATE_TO_DIRECTORATE'"
                    + " else j.handler_cfg_ end",
                "j.duedate_")
            + " from act_ru_execution w join act_re_procdef d on d.id_ = w.proc_def_id_"
            + " join act_ru_job j on j.process_instance_id_ = w.id_"
            + " where d.key_ = 'task-deadline' and w.id_ = w.proc_inst_id_");
    engine(
        checks,
        "event subscriptions",
        Mode.SAME,
        row("d.key_", "pi.business_key_", "s.event_type_", "s.event_name_", "s.activity_id_")
            + " from act_ru_event_subscr s left join act_ru_execution pi on pi.id_ = s.proc_inst_id_"
            + " left join act_re_procdef d on d.id_ = pi.proc_def_id_ where true"
            + WATCHES_AS_DEADLINE_JOBS);
    engine(
        checks,
        "incidents",
        Mode.SAME,
        row("i.incident_type_", "i.activity_id_", "i.incident_msg_") + " from act_ru_incident i");

    // ---- who may do what, the models, and the history: kept (the new release may add)
    // ---------------------------
    engine(
        checks,
        "users",
        Mode.KEPT,
        row(
                "u.id_",
                "u.first_",
                "u.last_",
                "u.email_",
                "md5(coalesce(u.pwd_, '') || coalesce(u.salt_, ''))")
            + " from act_id_user u");
    engine(
        checks, "groups", Mode.KEPT, row("g.id_", "g.name_", "g.type_") + " from act_id_group g");
    engine(
        checks,
        "memberships",
        Mode.KEPT,
        row("m.user_id_", "m.group_id_") + " from act_id_membership m");
    engine(checks, "tenants", Mode.KEPT, row("t.id_", "t.name_") + " from act_id_tenant t");
    engine(
        checks,
        "tenant memberships",
        Mode.KEPT,
        row("t.tenant_id_", "t.user_id_", "t.group_id_") + " from act_id_tenant_member t");
    // a new release may widen a grant (perms_), never drop one
    engine(
        checks,
        "authorizations",
        Mode.KEPT,
        row("a.type_", "a.group_id_", "a.user_id_", "a.resource_type_", "a.resource_id_")
            + " from act_ru_authorization a");
    engine(
        checks,
        "Tasklist filters",
        Mode.KEPT,
        row("f.resource_type_", "f.name_", "f.owner_") + " from act_ru_filter f");
    engine(
        checks,
        "process definitions",
        Mode.KEPT,
        row("p.key_", "p.version_", "p.resource_name_") + " from act_re_procdef p");
    engine(
        checks,
        "decision definitions",
        Mode.KEPT,
        row("p.key_", "p.version_") + " from act_re_decision_def p");
    engine(
        checks,
        "form definitions",
        Mode.KEPT,
        row("p.key_", "p.version_") + " from act_re_camformdef p");
    engine(
        checks,
        "historic process instances",
        Mode.KEPT,
        row(
                "h.proc_def_key_",
                "h.business_key_",
                "h.state_",
                "h.start_act_id_",
                "h.end_act_id_",
                "h.start_time_",
                "h.end_time_",
                "h.delete_reason_",
                "h.start_user_id_")
            + " from act_hi_procinst h where h.proc_def_key_ <> 'task-deadline'");
    engine(
        checks,
        "historic user tasks",
        Mode.KEPT,
        row(
                "h.proc_def_key_",
                "h.id_",
                "h.task_def_key_",
                "h.name_",
                "h.assignee_",
                "h.delete_reason_",
                "h.start_time_",
                "h.end_time_",
                "h.due_date_")
            + " from act_hi_taskinst h");
    engine(
        checks,
        "task comments",
        Mode.KEPT,
        row("c.type_", "c.task_id_", "c.user_id_", "c.message_", "c.time_")
            + " from act_hi_comment c");
    return checks;
  }

  /**
   * {@code select concat_ws('|', ...)} of the columns, a NULL shown as {@code <null>} (concat_ws
   * would drop it).
   */
  static String row(String... columns) {
    return "select concat_ws('|', "
        + Arrays.stream(columns)
            .map(column -> "coalesce((" + column + ")::text, '<null>')")
            .collect(Collectors.joining(", "))
        + ")";
  }

  private static void domain(List<Check> checks, String table, String sql) {
    checks.add(new Check(table, table, Mode.SAME, sql, sql));
  }

  private static void engine(List<Check> checks, String name, Mode mode, String sql) {
    checks.add(new Check(name, null, mode, sql, sql));
  }
}
