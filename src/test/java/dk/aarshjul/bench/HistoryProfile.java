package dk.aarshjul.bench;

import dk.aarshjul.it.ItDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The history a year left, per history table and event type (process, activity type, detail type,
 * job log state, …), as rows per unit: where the audit trail's size comes from. Written to {@code
 * target/benchmarks/history-<run>.txt}; the benchmark report carries the totals.
 */
final class HistoryProfile {

  /** Each line: a label and a query of (kind, count). */
  private static final Map<String, String> QUERIES = new LinkedHashMap<>();

  static {
    QUERIES.put(
        "act_hi_procinst",
        "select proc_def_key_, count(*) from act_hi_procinst group by proc_def_key_");
    QUERIES.put(
        "act_hi_actinst", "select act_type_, count(*) from act_hi_actinst group by act_type_");
    QUERIES.put("act_hi_taskinst", "select 'tasks', count(*) from act_hi_taskinst");
    QUERIES.put(
        "act_hi_varinst",
        "select case when task_id_ is null then 'process' else 'task-local' end, count(*)"
            + " from act_hi_varinst group by task_id_ is null");
    QUERIES.put("act_hi_detail", "select type_, count(*) from act_hi_detail group by type_");
    QUERIES.put(
        "act_hi_job_log",
        "select case job_state_ when 0 then 'created' when 1 then 'failed' when 2 then 'successful'"
            + " when 3 then 'deleted' end, count(*) from act_hi_job_log group by job_state_");
    QUERIES.put(
        "act_hi_identitylink",
        "select type_ || ' ' || operation_type_, count(*) from act_hi_identitylink"
            + " group by type_, operation_type_");
    QUERIES.put("act_hi_op_log", "select operation_type_, count(*) from act_hi_op_log group by 1");
    QUERIES.put("act_hi_comment", "select type_, count(*) from act_hi_comment group by type_");
    QUERIES.put(
        "act_hi_dec_inst",
        "select dec_def_key_, count(*) from act_hi_decinst group by dec_def_key_");
    QUERIES.put("act_hi_dec_in", "select 'inputs', count(*) from act_hi_dec_in");
    QUERIES.put("act_hi_dec_out", "select 'outputs', count(*) from act_hi_dec_out");
    QUERIES.put(
        "act_ge_bytearray (history)",
        "select 'values', count(*) from act_ge_bytearray where type_ = 3");
  }

  private HistoryProfile() {}

  /** Rows per unit per table (the totals), and the breakdown written to a file. */
  static Map<String, Double> write(String run, ItDatabase db, int units) throws IOException {
    Map<String, Double> totals = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>();
    lines.add("History rows per unit, " + run + " (" + units + " units)");
    QUERIES.forEach(
        (table, sql) -> {
          long[] total = {0};
          List<String> kinds = new ArrayList<>();
          for (Map<String, Object> row : db.rows(sql)) {
            Object[] values = row.values().toArray();
            long count = ((Number) values[1]).longValue();
            total[0] += count;
            kinds.add(String.format("    %-40s %9.1f", values[0], (double) count / units));
          }
          totals.put(table, (double) total[0] / units);
          lines.add(String.format("  %-42s %9.1f", table, (double) total[0] / units));
          lines.addAll(kinds);
        });
    double all = totals.values().stream().mapToDouble(Double::doubleValue).sum();
    totals.put("all history rows", all);
    lines.add(String.format("  %-42s %9.1f", "all history rows", all));
    Files.createDirectories(Path.of("target/benchmarks"));
    Files.write(Path.of("target/benchmarks/history-" + run + ".txt"), lines);
    return totals;
  }
}
