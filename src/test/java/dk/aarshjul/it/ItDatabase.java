package dk.aarshjul.it;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Direct JDBC access to a database the application nodes run on: extra units for a bigger year, and
 * the counts of everything a year leaves behind (domain tables and the engine's runtime and history
 * tables).
 */
public final class ItDatabase implements AutoCloseable {

  /**
   * Entries that describe one run (retries, failures) and so are reported but not compared between
   * runs.
   */
  public static final String NOT_COMPARED = "~ ";

  /** Jobs left, other than the yearly start timer's. */
  public static final String JOBS_LEFT = "act_ru_job except the yearly timer and history cleanup";

  private final String name;
  private final HikariDataSource dataSource;
  private final JdbcTemplate jdbc;

  public ItDatabase(String name) {
    this.name = name;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(PostgresTestDatabase.urlOf(name));
    config.setUsername(PostgresTestDatabase.user());
    config.setPassword(PostgresTestDatabase.password());
    config.setMaximumPoolSize(3);
    config.setPoolName("it-" + name);
    this.dataSource = new HikariDataSource(config);
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /** Drops and creates the database, then connects to it. */
  public static ItDatabase fresh(String name) {
    PostgresTestDatabase.recreate(name);
    return new ItDatabase(name);
  }

  public String url() {
    return PostgresTestDatabase.urlOf(name);
  }

  public JdbcTemplate jdbc() {
    return jdbc;
  }

  public long count(String sql, Object... args) {
    Long value = jdbc.queryForObject(sql, Long.class, args);
    return value == null ? 0 : value;
  }

  /**
   * Adds {@code count} active units to the demo municipality (after the application created schema
   * and demo). Skanderborg's demo: mostly schools and daycare in Børn og Unge and care homes in
   * Ældre og Handicap, every tenth a staff unit in Stab og Økonomi; some have a board and/or a
   * works council, so their contracts go through hearings. Any other demo (Hvidovre, Viborg,
   * Slagelse): like the demo's own units in turn – the same type, area, committee and district,
   * board and works council – so every area and committee grows alike.
   */
  public void addUnits(int count) {
    Map<String, Long> areas = new LinkedHashMap<>();
    jdbc.query(
        "select code, id from area",
        rs -> {
          areas.put(rs.getString("code"), rs.getLong("id"));
        });
    if (areas.keySet().containsAll(List.of("stab-oekonomi", "aeldre-handicap", "boern-unge"))) {
      addSkanderborgUnits(count, areas);
    } else {
      addUnitsLikeTheDemos(count);
    }
  }

  private void addSkanderborgUnits(int count, Map<String, Long> areas) {
    for (int i = 1; i <= count; i++) {
      String type;
      String area;
      if (i % 10 == 0) {
        type = "stab";
        area = "stab-oekonomi";
      } else if (i % 3 == 0) {
        type = "plejecenter";
        area = "aeldre-handicap";
      } else if (i % 3 == 1) {
        type = "skole";
        area = "boern-unge";
      } else {
        type = "dagtilbud";
        area = "boern-unge";
      }
      boolean board = (type.equals("skole") || type.equals("dagtilbud")) && i % 4 == 1;
      boolean worksCouncil = i % 5 == 2;
      // the committee of the area's demo units (the finance committee when the area has none)
      Long committee =
          jdbc.queryForObject(
              "select coalesce((select min(u.committee_id) from unit u where u.area_id = ?),"
                  + " (select id from committee where kind = 'FINANCE'))",
              Long.class,
              areas.get(area));
      jdbc.update(
          "insert into unit (code, name, unit_type, area_id, committee_id, has_board, has_works_council, active) "
              + "values (?, ?, ?, ?, ?, ?, ?, true)",
          String.format("it-enhed-%03d", i),
          String.format("Testenhed %03d (%s)", i, type),
          type,
          areas.get(area),
          committee,
          board,
          worksCouncil);
    }
  }

  /** New units like the demo's active units, taken in turn (ordered by id). */
  private void addUnitsLikeTheDemos(int count) {
    List<Map<String, Object>> demo =
        jdbc.queryForList(
            "select unit_type, area_id, committee_id, district_id, has_board, has_works_council"
                + " from unit where active order by id");
    if (demo.isEmpty()) {
      throw new IllegalStateException("The demo municipality has no units to add units like");
    }
    for (int i = 1; i <= count; i++) {
      Map<String, Object> like = demo.get((i - 1) % demo.size());
      jdbc.update(
          "insert into unit (code, name, unit_type, area_id, committee_id, district_id, has_board,"
              + " has_works_council, active) values (?, ?, ?, ?, ?, ?, ?, ?, true)",
          String.format("it-enhed-%03d", i),
          String.format("Testenhed %03d (%s)", i, like.get("unit_type")),
          like.get("unit_type"),
          like.get("area_id"),
          like.get("committee_id"),
          like.get("district_id"),
          like.get("has_board"),
          like.get("has_works_council"));
    }
  }

  /** Number of active units: each gets a development contract. */
  public int activeUnits() {
    return (int) count("select count(*) from unit where active");
  }

  /**
   * Everything the year left behind, as "table: what" → count. Entries whose label starts with
   * {@link #NOT_COMPARED} describe the run (job failures) and differ legitimately between runs.
   */
  public Map<String, Long> snapshot(int year) {
    Map<String, Long> counts = new LinkedHashMap<>();
    Object[] y = {year};
    String contracts =
        "select c.id from development_contract c join period y on y.id = c.period_id where y.kind = 'BUDGET_YEAR' and y.first_year = ?";
    grouped(
        counts,
        "development_contract status",
        "select c.status, count(*) from development_contract c "
            + "join period y on y.id = c.period_id where y.kind = 'BUDGET_YEAR' and y.first_year = ? group by c.status",
        y);
    counts.put(
        "goal", count("select count(*) from goal where contract_id in (" + contracts + ")", year));
    grouped(
        counts,
        "contract_version reason",
        "select reason, count(*) from contract_version where contract_id in ("
            + contracts
            + ") group by reason",
        y);
    grouped(
        counts,
        "contract_review approved",
        "select approved::text, count(*) from contract_review where contract_id in ("
            + contracts
            + ") group by approved",
        y);
    grouped(
        counts,
        "stakeholder_comment body",
        "select body, count(*) from stakeholder_comment where contract_id in ("
            + contracts
            + ") group by body",
        y);
    counts.put(
        "theme_meeting",
        count(
            "select count(*) from theme_meeting m join period y on y.id = m.period_id "
                + "where y.kind = 'BUDGET_YEAR' and y.first_year = ?",
            year));
    counts.put(
        "theme",
        count(
            "select count(*) from theme t join theme_meeting m on m.id = t.theme_meeting_id "
                + "join period y on y.id = m.period_id where y.kind = 'BUDGET_YEAR' and y.first_year = ?",
            year));
    counts.put(
        "goal_overview presented",
        count(
            "select count(*) from goal_overview o join period y on y.id = o.period_id "
                + "where y.kind = 'BUDGET_YEAR' and y.first_year = ? and o.presented_on is not null",
            year));
    grouped(
        counts,
        "dialogue_meeting status",
        "select m.status, count(*) from dialogue_meeting m join period y "
            + "on y.id = m.period_id where y.kind = 'BUDGET_YEAR' and y.first_year = ? group by m.status",
        y);
    counts.put(
        "dialogue_participant",
        count(
            "select count(*) from dialogue_participant where contract_id in (" + contracts + ")",
            year));
    grouped(
        counts,
        "dialogue_agreement status",
        "select status, count(*) from dialogue_agreement where contract_id in ("
            + contracts
            + ") group by status",
        y);
    grouped(
        counts,
        "follow_up_report round/status",
        "select round_number || ' ' || status, count(*) from follow_up_report "
            + "where contract_id in ("
            + contracts
            + ") group by round_number, status",
        y);
    grouped(
        counts,
        "goal_status colour",
        "select s.colour, count(*) from goal_status s join follow_up_report r "
            + "on r.id = s.report_id where r.contract_id in ("
            + contracts
            + ") group by s.colour",
        y);
    grouped(
        counts,
        "status_rollup round/scope",
        "select r.round_number || ' ' || r.scope, count(*) from status_rollup r "
            + "join period y on y.id = r.period_id where y.kind = 'BUDGET_YEAR' and y.first_year = ? group by r.round_number, r.scope",
        y);
    grouped(
        counts,
        "status_rollup round/scope approved reports",
        "select r.round_number || ' ' || r.scope, "
            + "sum(r.reports_approved) from status_rollup r join period y on y.id = r.period_id where y.kind = 'BUDGET_YEAR' and y.first_year = ? "
            + "group by r.round_number, r.scope",
        y);
    counts.put(
        "year_end_report concluded",
        count(
            "select count(*) from year_end_report r join period y on y.id = r.period_id "
                + "where y.kind = 'BUDGET_YEAR' and y.first_year = ? and r.conclusion is not null",
            year));

    grouped(
        counts,
        "act_hi_procinst key/state",
        "select proc_def_key_ || ' ' || state_, count(*) from act_hi_procinst "
            + "group by proc_def_key_, state_");
    grouped(
        counts,
        "act_hi_taskinst key",
        "select task_def_key_ || ' ' || coalesce(delete_reason_, 'open'), count(*) "
            + "from act_hi_taskinst group by task_def_key_, delete_reason_");
    grouped(
        counts,
        "act_hi_actinst process",
        "select proc_def_key_, count(*) from act_hi_actinst group by proc_def_key_");
    counts.put("act_hi_varinst", count("select count(*) from act_hi_varinst"));
    counts.put("act_hi_incident", count("select count(*) from act_hi_incident"));
    counts.put("act_ru_incident", count("select count(*) from act_ru_incident"));
    counts.put("act_ru_task", count("select count(*) from act_ru_task"));
    counts.put("act_ru_execution", count("select count(*) from act_ru_execution"));
    // the yearly timer (suspended unless configured) and the nightly history cleanup are meant to
    // stay
    counts.put(
        JOBS_LEFT,
        count(
            "select count(*) from act_ru_job where coalesce(process_def_key_, '') <> 'annual-cycle-timer' "
                + "and handler_type_ <> 'history-cleanup'"));
    counts.put(
        "act_ru_job history cleanup",
        count("select count(*) from act_ru_job where handler_type_ = 'history-cleanup'"));
    grouped(
        counts,
        "act_ru_job yearly timer",
        "select case when suspension_state_ = 1 then 'active' else 'suspended' end, "
            + "count(*) from act_ru_job where process_def_key_ = 'annual-cycle-timer' group by suspension_state_");
    counts.put(
        NOT_COMPARED + "act_hi_job_log failures",
        count("select count(*) from act_hi_job_log where job_state_ = 1"));
    counts.put(
        NOT_COMPARED + "act_hi_job_log successes",
        count("select count(*) from act_hi_job_log where job_state_ = 2"));
    return counts;
  }

  /**
   * A fingerprint (md5 of the sorted rows, without ids and timestamps) of what the year stored per
   * table: two runs of the same year with the same answers must store the same content, not just
   * the same number of rows.
   */
  public Map<String, String> contentDigests(int year) {
    String contracts =
        "development_contract c join period y on y.id = c.period_id and y.kind = 'BUDGET_YEAR' and y.first_year = "
            + year
            + " join unit u on u.id = c.unit_id";
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put(
        "development_contract",
        "select concat_ws('|', u.code, c.status, c.version, c.approver_group, "
            + "c.leadership_span_assessment, c.early_dialogue_notes) from "
            + contracts);
    rows.put(
        "goal",
        "select concat_ws('|', u.code, g.position, g.track_number, g.title, g.purpose, g.activities, "
            + "g.effect_follow_up, g.indicator, g.target, g.multi_year, g.shared_with_others, g.addresses) from "
            + contracts
            + " join goal g on g.contract_id = c.id");
    rows.put(
        "contract_version",
        "select concat_ws('|', u.code, v.version_number, v.reason, v.note, v.content) from "
            + contracts
            + " join contract_version v on v.contract_id = c.id");
    rows.put(
        "contract_review",
        "select concat_ws('|', u.code, r.approved, r.comment_text) from "
            + contracts
            + " join contract_review r on r.contract_id = c.id");
    rows.put(
        "stakeholder_comment",
        "select concat_ws('|', u.code, s.body, s.comment_text) from "
            + contracts
            + " join stakeholder_comment s on s.contract_id = c.id");
    rows.put(
        "dialogue_meeting",
        "select concat_ws('|', m.title, m.meeting_model, m.status, m.planned_date, m.place, "
            + "m.minutes) from dialogue_meeting m join period y on y.id = m.period_id and y.kind = 'BUDGET_YEAR' and y.first_year = "
            + year);
    rows.put(
        "dialogue_participant",
        "select concat_ws('|', m.title, u.code) from "
            + contracts
            + " join dialogue_participant p on p.contract_id = c.id join dialogue_meeting m on m.id = p.meeting_id");
    rows.put(
        "dialogue_agreement",
        "select concat_ws('|', m.title, u.code, a.status, a.applied_version, a.adjustment_text) from "
            + contracts
            + " join dialogue_agreement a on a.contract_id = c.id join dialogue_meeting m on m.id = a.meeting_id");
    rows.put(
        "follow_up_report",
        "select concat_ws('|', u.code, r.round_number, r.status, r.review_comment) from "
            + contracts
            + " join follow_up_report r on r.contract_id = c.id");
    rows.put(
        "goal_status",
        "select concat_ws('|', u.code, r.round_number, g.position, s.colour, s.suggested_colour, "
            + "s.target_value, s.actual_value, s.higher_is_better, s.effect) from "
            + contracts
            + " join follow_up_report r on r.contract_id = c.id join goal_status s on s.report_id = r.id "
            + "join goal g on g.id = s.goal_id");
    rows.put(
        "status_rollup",
        "select concat_ws('|', r.round_number, r.scope, a.code, r.red, r.yellow, r.green, "
            + "r.reports_approved, r.reports_missing) from status_rollup r join period y on y.id = r.period_id "
            + "and y.kind = 'BUDGET_YEAR' and y.first_year = "
            + year
            + " left join area a on a.id = r.area_id");
    rows.put(
        "goal_overview",
        // the overview's and the report's content are derived from the goal and goal_status rows
        // compared above
        "select concat_ws('|', o.contracts_count, o.goals_count, o.presented_on, "
            + "o.council_remarks) from goal_overview o join period y on y.id = o.period_id and y.kind = 'BUDGET_YEAR' and y.first_year = "
            + year);
    rows.put(
        "year_end_report",
        "select concat_ws('|', r.compiled_at is not null, r.conclusion) "
            + "from year_end_report r "
            + "join period y on y.id = r.period_id and y.kind = 'BUDGET_YEAR' and y.first_year = "
            + year);
    // a deadline watch's business key is its task's id, which differs from run to run
    rows.put(
        "act_hi_procinst (process, business key, state, end activity)",
        "select concat_ws('|', proc_def_key_, "
            + "case when proc_def_key_ = 'task-deadline' then 'opgave' else business_key_ end, state_, end_act_id_) "
            + "from act_hi_procinst");
    Map<String, String> digests = new LinkedHashMap<>();
    rows.forEach(
        (table, sql) ->
            digests.put(
                table,
                jdbc.queryForObject(
                    "select md5(coalesce(string_agg(row, E'\\n' order by row), '')) || ' (' || count(*) || ' rækker)' from ("
                        + sql
                        + ") as rows (row)",
                    String.class)));
    return digests;
  }

  private void grouped(Map<String, Long> counts, String label, String sql, Object... args) {
    Map<String, Long> rows = new java.util.TreeMap<>();
    jdbc.query(
        sql,
        rs -> {
          rows.put(rs.getString(1), rs.getLong(2));
        },
        args);
    rows.forEach((key, value) -> counts.put(label + ": " + key, value));
  }

  /** Rows of a "... group by ... having count(*) > 1" query: duplicates. */
  public List<Map<String, Object>> rows(String sql) {
    return jdbc.queryForList(sql);
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
