package dk.aarshjul.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The packaged application as a separate JVM on its own port and database, as production runs it
 * ({@code java -jar}, profile {@code postgres}, demo municipality, job executor on). Its output
 * goes to {@code target/it-logs/<name>.log} (appended over restarts). {@link #kill()} is SIGKILL:
 * no shutdown hook, no graceful end of running transactions.
 *
 * <p>The jar from system property {@code aarshjul.it.jar} is extracted once per build (Spring
 * Boot's {@code -Djarmode=tools extract}) and a class-data-sharing archive is trained once, so a
 * restart takes seconds, not half a minute; both only change how fast the JVM starts, not what the
 * application does.
 */
public final class AppNode implements AutoCloseable {

  /** engine-rest needs a user: the drivers act as the demo administrator (HTTP Basic). */
  /** HTTP Basic header of the demo administrator (admin/demo). */
  public static final String ADMIN_AUTHORIZATION =
      "Basic "
          + java.util.Base64.getEncoder()
              .encodeToString("admin:demo".getBytes(java.nio.charset.StandardCharsets.UTF_8));

  private static final Logger LOG = LoggerFactory.getLogger(AppNode.class);
  private static final Path LOG_DIR = Path.of("target", "it-logs");
  private static final Path APP_DIR = Path.of("target", "it-app");
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(300);

  /** The line YearlyStartTimer logs when the application is ready (ApplicationReadyEvent). */
  static final String READY_LINE = "Årshjulets årlige start-timer er";

  private static final List<String> JVM_FLAGS =
      List.of("-Xmx1g", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8");

  private static Path preparedJar;
  private static Path sharedArchive;

  /** JVMs still running when the test JVM ends (a failed or aborted test) are killed with it. */
  private static final java.util.Set<Process> RUNNING =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> RUNNING.forEach(Process::destroyForcibly), "app-node-cleanup"));
  }

  private final String name;
  private final String databaseUrl;
  private final int port;
  private final List<String> extraArgs;
  private final Path logFile;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process process;
  private int starts;
  private Duration lastStartup = Duration.ZERO;

  /**
   * A node named {@code name} (log file name) on {@code databaseUrl}; {@code extraArgs} are Spring
   * Boot command-line arguments such as {@code
   * --logging.level.org.camunda.bpm.engine.jobexecutor=DEBUG}.
   */
  public AppNode(String name, String databaseUrl, List<String> extraArgs) {
    this.name = name;
    this.databaseUrl = databaseUrl;
    this.extraArgs = List.copyOf(extraArgs);
    this.port = freePort();
    this.logFile = LOG_DIR.resolve(name + ".log");
  }

  public String name() {
    return name;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public Path logFile() {
    return logFile;
  }

  public int starts() {
    return starts;
  }

  /** How long the last (re)start took until engine-rest answered. */
  public Duration lastStartup() {
    return lastStartup;
  }

  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  /**
   * Starts the JVM and waits until engine-rest answers the demo administrator (startup runners
   * done).
   */
  public synchronized AppNode start() {
    if (isAlive()) {
      throw new IllegalStateException(name + " kører allerede");
    }
    Instant begin = Instant.now();
    try {
      Files.createDirectories(LOG_DIR);
      if (starts == 0) {
        Files.deleteIfExists(logFile);
      }
      Files.writeString(
          logFile,
          "\n===== " + name + " start " + (starts + 1) + " at " + begin + " =====\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(JVM_FLAGS);
      Path archive = sharedArchive();
      if (archive != null) {
        command.add("-XX:SharedArchiveFile=" + archive);
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
      }
      command.add("-jar");
      command.add(preparedJar().toString());
      command.add("--server.port=" + port);
      command.addAll(extraArgs);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
      environment(builder, databaseUrl);
      process = builder.start();
      RUNNING.add(process);
      process.onExit().thenAccept(RUNNING::remove);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    starts++;
    Process started = process;
    long readyBefore = readyLines();
    // wait for the application's ready line before logging in: a login polled while the startup
    // runners still create
    // the demo administrator is a wrong password to the login throttle, which locks the
    // administrator after ten
    await("engine-rest på " + name)
        .atMost(STARTUP_TIMEOUT)
        .pollInterval(Duration.ofMillis(150))
        .until(
            () -> {
              if (!started.isAlive()) {
                throw new IllegalStateException(
                    name
                        + " stoppede under opstart (exit "
                        + started.exitValue()
                        + "), se "
                        + logFile);
              }
              return readyLines() > readyBefore && answers();
            });
    lastStartup = Duration.between(begin, Instant.now());
    LOG.info(
        "{} oppe på {} efter {} ms (start {})", name, baseUrl(), lastStartup.toMillis(), starts);
    return this;
  }

  /** SIGKILL (Process.destroyForcibly is SIGKILL on Linux); returns once the process is gone. */
  public synchronized void kill() {
    if (process == null) {
      return;
    }
    process.destroyForcibly();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException(name + " døde ikke af SIGKILL");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Kills the JVM if it still runs and starts a new one on the same port and database. */
  public synchronized AppNode restart() {
    kill();
    return start();
  }

  /** Graceful stop (SIGTERM), falling back to SIGKILL. */
  @Override
  public synchronized void close() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        kill();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill();
    }
  }

  /**
   * How often the log says the application is ready (YearlyStartTimer logs on
   * ApplicationReadyEvent, after every runner).
   */
  private long readyLines() {
    try (java.util.stream.Stream<String> lines = Files.lines(logFile, StandardCharsets.UTF_8)) {
      return lines.filter(line -> line.contains(READY_LINE)).count();
    } catch (IOException | java.io.UncheckedIOException e) {
      return 0;
    }
  }

  private boolean answers() {
    try {
      // the administrator logs in only once the startup runners are done: grants (AccessRules) and
      // demo data
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(baseUrl() + "/engine-rest/user/count"))
                  .header("Authorization", ADMIN_AUTHORIZATION)
                  .timeout(Duration.ofSeconds(2))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void environment(ProcessBuilder builder, String databaseUrl) {
    builder.environment().put("SPRING_PROFILES_ACTIVE", "postgres");
    builder.environment().put("AARSHJUL_DB_URL", databaseUrl);
    builder.environment().put("AARSHJUL_DB_USER", PostgresTestDatabase.user());
    builder.environment().put("AARSHJUL_DB_PASSWORD", PostgresTestDatabase.password());
    builder.environment().put("AARSHJUL_DEMO", "true");
  }

  // ---- the jar, extracted once, and its class-data-sharing archive
  // ---------------------------------------------

  /** The packaged jar extracted to target/it-app (once per build, again when the jar is newer). */
  static synchronized Path preparedJar() throws IOException {
    if (preparedJar != null) {
      return preparedJar;
    }
    String property = System.getProperty("aarshjul.it.jar");
    if (property == null || !Files.isRegularFile(Path.of(property))) {
      throw new IllegalStateException(
          "System property aarshjul.it.jar skal pege på den pakkede jar (kør ./mvnw verify -Ppostgres), er "
              + property);
    }
    Path jar = Path.of(property).toAbsolutePath();
    Path extractTo = APP_DIR.resolve("app").toAbsolutePath();
    Path extracted = extractTo.resolve(jar.getFileName());
    Path stamp = APP_DIR.resolve("extracted-from.txt");
    String fingerprint =
        jar + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
    if (!Files.isRegularFile(extracted)
        || !Files.isRegularFile(stamp)
        || !Files.readString(stamp).equals(fingerprint)) {
      deleteRecursively(APP_DIR);
      Files.createDirectories(APP_DIR);
      int exit =
          run(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Djarmode=tools",
                  "-jar",
                  jar.toString(),
                  "extract",
                  "--destination",
                  extractTo.toString()),
              APP_DIR.resolve("extract.log"),
              Duration.ofMinutes(2));
      if (exit != 0 || !Files.isRegularFile(extracted)) {
        throw new IllegalStateException(
            "Jar'en kunne ikke pakkes ud, se " + APP_DIR.resolve("extract.log"));
      }
      Files.writeString(stamp, fingerprint);
    }
    preparedJar = extracted;
    return preparedJar;
  }

  /**
   * A dynamic CDS archive trained by starting the application once until its context is refreshed,
   * on a throwaway database; null (plain start) if training fails.
   */
  static synchronized Path sharedArchive() throws IOException {
    Path archive = APP_DIR.resolve("app.jsa").toAbsolutePath();
    if (sharedArchive != null || Files.isRegularFile(archive)) {
      sharedArchive = archive;
      return sharedArchive;
    }
    Path jar = preparedJar();
    PostgresTestDatabase.recreate(cdsDatabase());
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_FLAGS);
    command.add("-XX:ArchiveClassesAtExit=" + archive);
    command.add("-Dspring.context.exit=onRefresh");
    command.add("-Xlog:cds=off");
    command.add("-Xlog:cds+dynamic=off");
    command.add("-jar");
    command.add(jar.toString());
    command.add("--server.port=" + freePort());
    Instant begin = Instant.now();
    boolean trained;
    try {
      // spring.context.exit=onRefresh ends the JVM right after the context refresh; the archive is
      // written at exit
      run(command, APP_DIR.resolve("cds-training.log"), Duration.ofMinutes(3));
      trained = Files.isRegularFile(archive);
    } catch (IllegalStateException e) {
      trained = false;
    }
    LOG.info(
        "CDS-arkiv {} på {} ms",
        trained ? "trænet" : "kunne ikke trænes",
        Duration.between(begin, Instant.now()).toMillis());
    if (!trained) {
      Files.deleteIfExists(archive);
      return null;
    }
    sharedArchive = archive;
    return sharedArchive;
  }

  private static int run(List<String> command, Path log, Duration timeout) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
    environment(builder, PostgresTestDatabase.urlOf(cdsDatabase()));
    Process process = builder.start();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("Kommandoen blev ikke færdig: " + command + ", se " + log);
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IllegalStateException(e);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /**
   * The throwaway database the CDS archive is trained on: system property {@code
   * aarshjul.it.cds-database} (default {@code aarshjul_it_cds}), so checkouts sharing one
   * PostgreSQL can each use their own.
   */
  private static String cdsDatabase() {
    return System.getProperty("aarshjul.it.cds-database", "aarshjul_it_cds");
  }

  /**
   * Ports handed out in this JVM: nodes created before any of them has started still get different
   * ports.
   */
  private static final java.util.Set<Integer> HANDED_OUT =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * A free port; with system property {@code aarshjul.it.ports} (e.g. {@code 18200-18299}, for a
   * machine shared by several checkouts) one from that range, else any free port.
   */
  private static int freePort() {
    String range = System.getProperty("aarshjul.it.ports", "").strip();
    if (range.isEmpty()) {
      try (ServerSocket socket = new ServerSocket(0)) {
        socket.setReuseAddress(true);
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String[] bounds = range.split("-");
    for (int port = Integer.parseInt(bounds[0].strip());
        port <= Integer.parseInt(bounds[1].strip());
        port++) {
      if (HANDED_OUT.contains(port)) {
        continue;
      }
      try (ServerSocket socket = new ServerSocket(port)) {
        socket.setReuseAddress(true);
        HANDED_OUT.add(port);
        return port;
      } catch (IOException taken) {
        // in use: try the next one
      }
    }
    throw new IllegalStateException("No free port in aarshjul.it.ports=" + range);
  }
}
