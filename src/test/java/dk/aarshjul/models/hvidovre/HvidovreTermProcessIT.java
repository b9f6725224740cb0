package dk.aarshjul.models.hvidovre;

import dk.aarshjul.it.OnPostgres;
import dk.aarshjul.it.PostgresTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Every path of {@link HvidovreTermProcessTest} on PostgreSQL, with the Hvidovre demo. */
@OnPostgres
@SpringBootTest(
    properties = {
      PostgresTestDatabase.DATABASE_PROPERTY + "=aarshjul_it_hvidovre",
      "camunda.bpm.process-engine-name=hvidovre-term",
      "aarshjul.governance-model=hvidovre"
    })
@Import(HvidovreDriver.class)
class HvidovreTermProcessIT extends HvidovreTermProcessTest {}
