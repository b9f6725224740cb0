package dk.aarshjul.access;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Every row of every table of the application's schema (engine and Årshjul alike), as one
 * order-independent fingerprint per table: two snapshots are equal when nothing was inserted,
 * updated or deleted anywhere between them. Left out: the engine's own bookkeeping that changes
 * without anybody acting (metrics, id blocks) and the login bookkeeping of users (failed attempts
 * are counted by design).
 */
final class DatabaseSnapshot {

  private static final Set<String> VOLATILE =
      Set.of(
          "ACT_RU_METER_LOG",
          "ACT_RU_TASK_METER_LOG",
          "ACT_GE_PROPERTY",
          "ACT_GE_SCHEMA_LOG",
          "FLYWAY_SCHEMA_HISTORY");

  private DatabaseSnapshot() {}

  /**
   * The tables whose rows differ between two snapshots, with both fingerprints: empty when nothing
   * changed.
   */
  static Map<String, String> changes(Map<String, String> before, Map<String, String> after) {
    Map<String, String> changed = new TreeMap<>();
    for (String table : new java.util.TreeSet<>(java.util.Set.copyOf(after.keySet()))) {
      if (!after.get(table).equals(before.get(table))) {
        changed.put(table, before.get(table) + " -> " + after.get(table));
      }
    }
    return changed;
  }

  private static String text(Object value) throws java.sql.SQLException {
    if (value instanceof byte[] bytes) {
      return String.valueOf(java.util.Arrays.hashCode(bytes));
    }
    if (value instanceof java.sql.Blob blob) {
      return String.valueOf(java.util.Arrays.hashCode(blob.getBytes(1, (int) blob.length())));
    }
    if (value instanceof java.sql.Clob clob) {
      return clob.getSubString(1, (int) clob.length());
    }
    return String.valueOf(value);
  }

  /** Table name → row count and a sum of row hashes. */
  static Map<String, String> of(DataSource dataSource) throws Exception {
    Map<String, String> tables = new TreeMap<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      List<String> names = new ArrayList<>();
      try (ResultSet result =
          meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
        while (result.next()) {
          names.add(result.getString("TABLE_NAME"));
        }
      }
      for (String name : names) {
        if (VOLATILE.contains(name.toUpperCase(Locale.ROOT))) {
          continue;
        }
        long rows = 0;
        long hash = 0;
        try (Statement statement = connection.createStatement();
            ResultSet result = statement.executeQuery("select * from " + name)) {
          ResultSetMetaData columns = result.getMetaData();
          while (result.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
              String column = columns.getColumnName(i).toUpperCase(Locale.ROOT);
              if (name.equalsIgnoreCase("ACT_ID_USER")
                  && (column.equals("ATTEMPTS_") || column.equals("LOCK_EXP_TIME_"))) {
                continue;
              }
              row.append(text(result.getObject(i))).append('|');
            }
            rows++;
            hash += row.toString().hashCode() * 31L + row.length();
          }
        }
        tables.put(name.toUpperCase(Locale.ROOT), rows + " rows #" + Long.toHexString(hash));
      }
    }
    return tables;
  }
}
