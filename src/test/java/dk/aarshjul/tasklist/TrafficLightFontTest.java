package dk.aarshjul.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Tasklist draws the forms' traffic-light emoji with Årshjul's own colour font, so they are
 * coloured circles on a machine without an emoji font (e2e: the follow-up screenshots of
 * tasklist-annual-cycle.mjs).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrafficLightFontTest {

  @Autowired TestRestTemplate rest;

  @Test
  void shouldServeTheTrafficLightFontToTasklistForTheThreeEmojiOnly() {
    // When Tasklist loads its user styles and the font they name
    String styles = rest.getForObject("/camunda/app/tasklist/styles/user-styles.css", String.class);
    ResponseEntity<byte[]> font =
        rest.getForEntity("/camunda/app/tasklist/styles/aarshjul-trafiklys.woff", byte[].class);

    // Then the styles put the font first for the three traffic-light code points only
    assertThat(styles)
        .contains("font-family: \"Aarshjul trafiklys\"")
        .contains("url(\"./aarshjul-trafiklys.woff\")")
        .contains("unicode-range: U+1F534, U+1F7E1, U+1F7E2;");

    // And the font is served without login, a WOFF with colour layers (COLR) and their palette
    // (CPAL)
    assertThat(font.getStatusCode().value()).isEqualTo(200);
    byte[] body = font.getBody();
    assertThat(new String(body, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("wOFF");
    assertThat(tables(body)).contains("COLR", "CPAL", "cmap", "glyf");
  }

  /** The table tags of a WOFF file's directory. */
  private static java.util.List<String> tables(byte[] woff) {
    ByteBuffer buffer = ByteBuffer.wrap(woff);
    int count = Short.toUnsignedInt(buffer.getShort(12));
    java.util.List<String> tags = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      tags.add(new String(woff, 44 + 20 * i, 4, StandardCharsets.US_ASCII));
    }
    return tags;
  }
}
