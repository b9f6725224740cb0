package dk.aarshjul.web;

import dk.aarshjul.it.PostgresTestDatabase;
import java.util.List;

/**
 * The trusted-proxy rule in production on PostgreSQL (profiles postgres and prod), each start on a
 * fresh database.
 */
class ForwardedHeadersIT extends ForwardedHeadersTest {

  private static final String DATABASE = "aarshjul_it_proxy";

  @Override
  protected List<String> database() {
    PostgresTestDatabase.recreate(DATABASE);
    return List.of(
        "--spring.datasource.url=" + PostgresTestDatabase.urlOf(DATABASE),
        "--spring.datasource.username=" + PostgresTestDatabase.user(),
        "--spring.datasource.password=" + PostgresTestDatabase.password());
  }

  @Override
  protected String[] profiles() {
    return new String[] {"postgres", "prod"};
  }
}
