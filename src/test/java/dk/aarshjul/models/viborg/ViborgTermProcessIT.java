package dk.aarshjul.models.viborg;

import dk.aarshjul.it.OnPostgres;
import dk.aarshjul.it.PostgresTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Every path of {@link ViborgTermProcessTest} on PostgreSQL. */
@OnPostgres
@SpringBootTest(
    properties = {
      PostgresTestDatabase.DATABASE_PROPERTY + "=aarshjul_it_viborg",
      "camunda.bpm.process-engine-name=viborg-term"
    })
@Import(ViborgDriver.class)
class ViborgTermProcessIT extends ViborgTermProcessTest {}
