package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A budget year and the election term it opens share their first year, so a period is unique by
 * kind and first year, no longer by its year alone. The old uniqueness was declared without a name
 * (V1, {@code cycle_year integer not null unique}), so its name differs between H2 and PostgreSQL:
 * it is looked up in the information schema, which both have.
 */
public class V10_1__PeriodUniqueness extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    List<String> names = new ArrayList<>();
    String query =
        "select tc.constraint_name from information_schema.table_constraints tc"
            + " join information_schema.key_column_usage k on k.constraint_name = tc.constraint_name"
            + " and k.table_schema = tc.table_schema and k.table_name = tc.table_name"
            + " where lower(tc.table_name) = 'period' and tc.constraint_type = 'UNIQUE'"
            + " and lower(k.column_name) = 'first_year' and tc.table_schema = current_schema";
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    if (names.isEmpty()) {
      throw new IllegalStateException(
          "The uniqueness of period.first_year was not found; the schema is not V10's.");
    }
    try (Statement statement = connection.createStatement()) {
      for (String name : names) {
        statement.execute("alter table period drop constraint \"" + name + "\"");
      }
      statement.execute(
          "alter table period add constraint uq_period_kind_first_year unique (kind, first_year)");
    }
  }
}
