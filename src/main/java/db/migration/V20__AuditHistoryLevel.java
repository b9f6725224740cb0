package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The engine now writes Årshjul's history level ({@code aarshjul}, id 31: full history without
 * display-only form variables, job creations and advisory decisions) instead of {@code full} (id
 * 3). The engine refuses to start when the level it is configured with differs from the one its
 * database records, so a database that records {@code full} is moved to the new level; the history
 * already written stays as it is. A database whose engine tables do not exist yet (H2, first start:
 * the engine creates them after Flyway) gets the new level from the engine itself.
 */
public class V20__AuditHistoryLevel extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    boolean engineTables;
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select count(*) from information_schema.tables"
                    + " where lower(table_name) = 'act_ge_property' and table_schema = current_schema")) {
      rows.next();
      engineTables = rows.getLong(1) > 0;
    }
    if (!engineTables) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "update act_ge_property set value_ = '31' where name_ = 'historyLevel' and value_ = '3'");
    }
  }
}
