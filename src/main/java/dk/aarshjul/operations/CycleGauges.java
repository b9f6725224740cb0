package dk.aarshjul.operations;

import dk.aarshjul.models.GovernanceModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Prometheus gauges of the cycle, read from the engine's runtime tables and the organisation in a
 * few grouped queries and refreshed on a schedule ({@code aarshjul.operations.refresh}), not at
 * every scrape:
 *
 * <ul>
 *   <li>{@code aarshjul_tasks_open} and {@code aarshjul_tasks_overdue} per governance model,
 *       process (block), step (task definition), area and committee of the task's unit;
 *   <li>{@code aarshjul_incidents} per process and incident type;
 *   <li>{@code aarshjul_jobs} per state: {@code due} (waiting for the job executor), {@code failed}
 *       (no retries left) and {@code waiting} (a timer or deadline not yet due).
 * </ul>
 *
 * Every node reports the same figures (they come from the shared database): aggregate with {@code
 * max}, not {@code sum}.
 */
@Component
class CycleGauges implements MeterBinder {

  /** A task outside a unit (the directorate's, the council secretariat's) or outside any model. */
  static final String NONE = "ingen";

  private static final String TASKS =
      """
      select root_def.KEY_ as model_key, def.KEY_ as process_key, t.TASK_DEF_KEY_ as step,
             a.code as area, c.code as committee, count(*) as open_tasks,
             sum(case when t.DUE_DATE_ < ? then 1 else 0 end) as overdue_tasks
      from ACT_RU_TASK t
      join ACT_RE_PROCDEF def on def.ID_ = t.PROC_DEF_ID_
      join ACT_RU_EXECUTION instance on instance.ID_ = t.PROC_INST_ID_
      join ACT_RU_EXECUTION root on root.ID_ = instance.ROOT_PROC_INST_ID_
      join ACT_RE_PROCDEF root_def on root_def.ID_ = root.PROC_DEF_ID_
      left join ACT_RU_VARIABLE unit_code on unit_code.EXECUTION_ID_ = t.PROC_INST_ID_
        and unit_code.NAME_ = 'unitCode' and unit_code.TASK_ID_ is null
      left join unit u on u.code = unit_code.TEXT_
      left join area a on a.id = u.area_id
      left join committee c on c.id = u.committee_id
      group by root_def.KEY_, def.KEY_, t.TASK_DEF_KEY_, a.code, c.code
      """;

  private static final String INCIDENTS =
      """
      select def.KEY_ as process_key, i.INCIDENT_TYPE_ as incident_type, count(*) as incidents
      from ACT_RU_INCIDENT i
      left join ACT_RE_PROCDEF def on def.ID_ = i.PROC_DEF_ID_
      group by def.KEY_, i.INCIDENT_TYPE_
      """;

  private static final String JOBS =
      """
      select
        sum(case when RETRIES_ > 0 and SUSPENSION_STATE_ = 1
                  and (DUEDATE_ is null or DUEDATE_ <= ?) then 1 else 0 end) as due,
        sum(case when RETRIES_ = 0 then 1 else 0 end) as failed,
        sum(case when RETRIES_ > 0 and DUEDATE_ > ? then 1 else 0 end) as waiting
      from ACT_RU_JOB
      """;

  private final JdbcTemplate jdbc;
  private final List<GovernanceModel> models;
  private MultiGauge open;
  private MultiGauge overdue;
  private MultiGauge incidents;
  private MultiGauge jobs;

  CycleGauges(JdbcTemplate jdbc, List<GovernanceModel> models) {
    this.jdbc = jdbc;
    this.models = models;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    open =
        gauge(
            registry,
            "aarshjul.tasks.open",
            "Åbne brugeropgaver pr. styringsmodel, proces, trin, område og udvalg");
    overdue =
        gauge(
            registry,
            "aarshjul.tasks.overdue",
            "Brugeropgaver over fristen pr. styringsmodel, proces, trin, område og udvalg");
    incidents =
        gauge(registry, "aarshjul.incidents", "Åbne hændelser (incidents) pr. proces og type");
    jobs =
        gauge(
            registry,
            "aarshjul.jobs",
            "Motorens job: due venter på jobudføreren, failed har ingen forsøg tilbage");
  }

  /**
   * The first figures once the application is ready: not while the meters are bound, when the
   * engine's tables may not exist yet (the embedded H2 default creates them with the engine).
   */
  @EventListener(ApplicationReadyEvent.class)
  public void firstRefresh() {
    refresh();
  }

  /** Reads the figures again, on the schedule and once the application is ready. */
  @Scheduled(
      fixedDelayString = "${aarshjul.operations.refresh:PT30S}",
      initialDelayString = "${aarshjul.operations.refresh:PT30S}")
  public void refresh() {
    if (open == null) {
      return;
    }
    // the engine's clock: what the engine calls overdue
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    Map<String, String> modelOf =
        models.stream()
            .collect(Collectors.toMap(GovernanceModel::mainProcessKey, GovernanceModel::code));
    List<MultiGauge.Row<?>> openRows = new ArrayList<>();
    List<MultiGauge.Row<?>> overdueRows = new ArrayList<>();
    jdbc.query(
        TASKS,
        row -> {
          Tags tags =
              Tags.of(
                  "model", modelOf.getOrDefault(row.getString("model_key"), NONE),
                  "process", row.getString("process_key"),
                  "step", row.getString("step"),
                  "area", orNone(row.getString("area")),
                  "committee", orNone(row.getString("committee")));
          openRows.add(MultiGauge.Row.of(tags, row.getLong("open_tasks")));
          overdueRows.add(MultiGauge.Row.of(tags, row.getLong("overdue_tasks")));
        },
        now);
    open.register(openRows, true);
    overdue.register(overdueRows, true);

    List<MultiGauge.Row<?>> incidentRows = new ArrayList<>();
    jdbc.query(
        INCIDENTS,
        row -> {
          incidentRows.add(
              MultiGauge.Row.of(
                  Tags.of(
                      "process", orNone(row.getString("process_key")),
                      "type", row.getString("incident_type")),
                  row.getLong("incidents")));
        });
    incidents.register(incidentRows, true);

    jdbc.query(
        JOBS,
        row -> {
          jobs.register(
              List.of(
                  MultiGauge.Row.of(Tags.of("state", "due"), row.getLong("due")),
                  MultiGauge.Row.of(Tags.of("state", "failed"), row.getLong("failed")),
                  MultiGauge.Row.of(Tags.of("state", "waiting"), row.getLong("waiting"))),
              true);
        },
        now,
        now);
  }

  private static MultiGauge gauge(MeterRegistry registry, String name, String description) {
    return MultiGauge.builder(name).description(description).register(registry);
  }

  private static String orNone(String value) {
    return value == null ? NONE : value;
  }
}
