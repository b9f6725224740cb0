package dk.aarshjul.access;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * A second HTTP client on this machine: its connections leave from another loopback address (e.g.
 * 127.0.0.2), so the server sees another {@code getRemoteAddr()}. Plain HTTP/1.0 over a socket (the
 * JDK's clients cannot choose their local address); enough for a login and a request.
 */
final class LoopbackClient {

  private final String localAddress;
  private final int port;

  LoopbackClient(String localAddress, int port) {
    this.localAddress = localAddress;
    this.port = port;
  }

  ResponseEntity<String> exchange(String method, String path, HttpHeaders headers, String body) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(localAddress, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      socket.setSoTimeout(30_000);
      byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      StringBuilder request =
          new StringBuilder(method + " " + path + " HTTP/1.0\r\n")
              .append("Host: localhost:")
              .append(port)
              .append("\r\n");
      headers.forEach(
          (name, values) ->
              values.forEach(
                  value -> request.append(name).append(": ").append(value).append("\r\n")));
      if (body != null) {
        request.append("Content-Length: ").append(content.length).append("\r\n");
      }
      request.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ResponseEntity<String> parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    HttpHeaders headers = new HttpHeaders();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.add(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
    }
    String body = text.substring(end + 4);
    return ResponseEntity.status(status).headers(headers).body(body.isEmpty() ? null : body);
  }
}
