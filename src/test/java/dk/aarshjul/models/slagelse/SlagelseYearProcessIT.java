package dk.aarshjul.models.slagelse;

import dk.aarshjul.it.OnPostgres;
import dk.aarshjul.it.PostgresTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;

/** Every path of {@link SlagelseYearProcessTest} on PostgreSQL, in a database of its own. */
@OnPostgres
@SpringBootTest(
    properties = {
      PostgresTestDatabase.DATABASE_PROPERTY + "=aarshjul_it_slagelse",
      "camunda.bpm.process-engine-name=slagelse-year",
      "aarshjul.governance-model=slagelse"
    })
class SlagelseYearProcessIT extends SlagelseYearProcessTest {}
