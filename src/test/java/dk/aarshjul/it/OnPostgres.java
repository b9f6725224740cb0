package dk.aarshjul.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring Boot test on PostgreSQL with the production profile {@code postgres}, on a database
 * recreated once per test run (see {@link PostgresTestDatabase}). An {@code *IT} subclass of an H2
 * test runs all its paths there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
public @interface OnPostgres {}
