package dk.aarshjul.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.AarshjulApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * The embedded default (application.yaml, H2 in a file) opens no network port for its database:
 * H2's AUTO_SERVER mode would start a TCP server on all interfaces at the first connection. Starts
 * the application with the shipped configuration alone (the file moved to a temporary directory)
 * and compares the ports this JVM listens on before and after: the HTTP port is the only new one.
 * Reads /proc (Linux, where the builds run). H2 only: on PostgreSQL the database is a server of its
 * own. Starts a whole application: runs in a JVM of its own (tag own-jvm).
 */
@Tag("own-jvm")
class EmbeddedDatabasePortTest {

  private static final Pattern SOCKET = Pattern.compile("socket:\\[(\\d+)]");

  @Test
  void shouldOpenNoPortButHttp(@TempDir Path directory) throws Exception {
    // Given the shipped embedded database URL, unchanged but for where the file lies
    Properties shipped = shippedConfiguration();
    String url = shipped.getProperty("spring.datasource.url");
    assertThat(url)
        .startsWith("jdbc:h2:file:./data/aarshjul")
        .doesNotContainIgnoringCase("AUTO_SERVER")
        .doesNotContainIgnoringCase("tcp:");
    String here = url.replace("./data/aarshjul", directory.resolve("aarshjul").toString());
    Set<Integer> before = listeningPorts();

    // When the application starts on it and uses the database
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(AarshjulApplication.class)
            .run(
                "--spring.config.location=classpath:/application.yaml",
                "--spring.datasource.url=" + here,
                "--server.port=0",
                "--camunda.bpm.process-engine-name=h2port",
                "--camunda.bpm.job-execution.enabled=false")) {
      try (var connection = app.getBean(DataSource.class).getConnection()) {
        assertThat(connection.getMetaData().getURL()).doesNotContainIgnoringCase("AUTO_SERVER");
      }
      int http = ((WebServerApplicationContext) app).getWebServer().getPort();

      // Then the only port it opened is HTTP
      Set<Integer> opened = listeningPorts();
      opened.removeAll(before);
      assertThat(opened).containsExactly(http);
      // And no H2 server announces itself in the database's lock file
      try (var files = Files.list(directory)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".lock.db")).toList()) {
          assertThat(Files.readString(file)).doesNotContain("server=");
        }
      }
    }
  }

  private static Properties shippedConfiguration() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yaml"));
    return yaml.getObject();
  }

  /**
   * The TCP ports this JVM listens on: its socket inodes matched against the kernel's LISTEN table.
   */
  private static Set<Integer> listeningPorts() throws IOException {
    Set<String> inodes = new HashSet<>();
    try (var fds = Files.list(Path.of("/proc/self/fd"))) {
      for (Path fd : fds.toList()) {
        try {
          Matcher socket = SOCKET.matcher(Files.readSymbolicLink(fd).toString());
          if (socket.matches()) {
            inodes.add(socket.group(1));
          }
        } catch (IOException closed) {
          // the descriptor closed while listing
        }
      }
    }
    Set<Integer> ports = new HashSet<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      for (String line : Files.readAllLines(Path.of(table)).stream().skip(1).toList()) {
        String[] fields = line.trim().split("\\s+");
        // local_address is field 1 (address:port in hex), st is field 3 (0A = LISTEN), inode is
        // field 9
        if ("0A".equals(fields[3]) && inodes.contains(fields[9])) {
          ports.add(Integer.parseInt(fields[1].substring(fields[1].lastIndexOf(':') + 1), 16));
        }
      }
    }
    return ports;
  }
}
