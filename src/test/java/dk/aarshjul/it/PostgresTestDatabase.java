package dk.aarshjul.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The PostgreSQL the integration tests run on: connection from AARSHJUL_IT_DB_URL / _USER /
 * _PASSWORD (default jdbc:postgresql://localhost:5432/aarshjul_it, user postgres). Each database is
 * dropped and created once per test run, so every run starts from an empty schema that Flyway and
 * the engine create.
 */
public final class PostgresTestDatabase
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /**
   * Property naming the database a test context uses, when it needs its own (default: the URL's
   * database).
   */
  public static final String DATABASE_PROPERTY = "aarshjul.it.database";

  private static final Set<String> RECREATED = ConcurrentHashMap.newKeySet();

  public static String url() {
    return env("AARSHJUL_IT_DB_URL", "jdbc:postgresql://localhost:5432/aarshjul_it");
  }

  public static String user() {
    return env("AARSHJUL_IT_DB_USER", "postgres");
  }

  public static String password() {
    return env("AARSHJUL_IT_DB_PASSWORD", "");
  }

  /** The JDBC URL of database {@code name} on the configured server. */
  public static String urlOf(String name) {
    String url = url();
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    return base.substring(0, base.lastIndexOf('/') + 1)
        + name
        + (query < 0 ? "" : url.substring(query));
  }

  /** The database name of the configured URL. */
  public static String defaultDatabase() {
    String url = url();
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    return base.substring(base.lastIndexOf('/') + 1);
  }

  /** Drops and creates database {@code name} the first time it is asked for in this JVM. */
  public static String freshOnce(String name) {
    if (RECREATED.add(name)) {
      recreate(name);
    }
    return urlOf(name);
  }

  /** Drops (terminating its connections) and creates database {@code name}. */
  public static void recreate(String name) {
    if (!name.matches("[a-z0-9_]+")) {
      throw new IllegalArgumentException("Ugyldigt databasenavn " + name);
    }
    try (Connection connection =
            DriverManager.getConnection(urlOf("postgres"), user(), password());
        Statement statement = connection.createStatement()) {
      statement.execute(
          "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name + "'");
      statement.execute("drop database if exists " + name);
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL på " + url() + " kan ikke bruges til integrationstest: " + e.getMessage(), e);
    }
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    String database = context.getEnvironment().getProperty(DATABASE_PROPERTY, defaultDatabase());
    TestPropertyValues.of(
            "spring.datasource.url=" + freshOnce(database),
            "spring.datasource.username=" + user(),
            "spring.datasource.password=" + password(),
            // the process tests drive jobs explicitly and need the demo municipality
            "camunda.bpm.job-execution.enabled=false",
            "aarshjul.demo.enabled=true")
        .applyTo(context);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
