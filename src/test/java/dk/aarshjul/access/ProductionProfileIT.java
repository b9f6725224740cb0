package dk.aarshjul.access;

import dk.aarshjul.it.PostgresTestDatabase;
import java.util.List;

/**
 * The production profile on PostgreSQL (profiles postgres and prod), each start on a freshly
 * created database.
 */
class ProductionProfileIT extends ProductionProfileTest {

  private static final String DATABASE = "aarshjul_it_prod";

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
