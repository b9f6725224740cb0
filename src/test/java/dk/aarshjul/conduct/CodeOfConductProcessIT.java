package dk.aarshjul.conduct;

import dk.aarshjul.it.OnPostgres;
import dk.aarshjul.it.PostgresTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;

/** Every path of {@link CodeOfConductProcessTest} on PostgreSQL, in a database of its own. */
@OnPostgres
@SpringBootTest(
    properties = {
      PostgresTestDatabase.DATABASE_PROPERTY + "=aarshjul_it_conduct",
      "camunda.bpm.process-engine-name=code-of-conduct"
    })
class CodeOfConductProcessIT extends CodeOfConductProcessTest {}
