package dk.aarshjul.models.skanderborg;

import dk.aarshjul.it.OnPostgres;
import dk.aarshjul.it.PostgresTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole year for three units through engine-rest, on its own PostgreSQL database (it
 * deactivates units).
 */
@OnPostgres
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = PostgresTestDatabase.DATABASE_PROPERTY + "=aarshjul_it_year")
class AnnualCycleRestFlowIT extends AnnualCycleRestFlowTest {}
