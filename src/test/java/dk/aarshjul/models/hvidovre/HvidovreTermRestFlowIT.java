package dk.aarshjul.models.hvidovre;

import dk.aarshjul.it.OnPostgres;
import dk.aarshjul.it.PostgresTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The first year of a Hvidovre term and year 2's budget review through engine-rest, on its own
 * PostgreSQL database (it deactivates units) with the Hvidovre demo.
 */
@OnPostgres
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      PostgresTestDatabase.DATABASE_PROPERTY + "=aarshjul_it_hvidovre_rest",
      "camunda.bpm.process-engine-name=hvidovre-rest",
      "aarshjul.governance-model=hvidovre"
    })
class HvidovreTermRestFlowIT extends HvidovreTermRestFlowTest {}
