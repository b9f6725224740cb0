package dk.aarshjul.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Production schema choice: on PostgreSQL the engine does not create or change its own tables
 * ({@code camunda.bpm.database.schema-update: false}); Flyway installs Camunda's SQL scripts for
 * 7.24 from the engine jar, in the engine's own order, as one versioned migration next to the
 * application's. An engine upgrade is then a new migration running Camunda's upgrade script,
 * reviewed and logged like every other schema change. A database whose engine tables already exist
 * (created by an earlier version with schema-update) is left as is.
 */
@Component
@Profile("postgres")
class CamundaSchemaMigration implements JavaMigration {

  private static final String SCRIPTS =
      "org/camunda/bpm/engine/db/create/activiti.postgres.create.";

  /** The order the engine itself creates its schema in (DbSqlSession#dbSchemaCreate). */
  private static final List<String> COMPONENTS =
      List.of(
          "engine",
          "history",
          "identity",
          "case.engine",
          "case.history",
          "decision.engine",
          "decision.history");

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("8");
  }

  @Override
  public String getDescription() {
    return "camunda engine schema 7.24";
  }

  @Override
  public Integer getChecksum() {
    return 724;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    if (engineTablesExist(connection)) {
      return;
    }
    for (String component : COMPONENTS) {
      ScriptUtils.executeSqlScript(connection, new ClassPathResource(SCRIPTS + component + ".sql"));
    }
  }

  private static boolean engineTablesExist(Connection connection) throws Exception {
    try (ResultSet tables =
        connection.getMetaData().getTables(null, null, "act_ge_property", null)) {
      return tables.next();
    }
  }
}
