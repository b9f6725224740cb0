package dk.aarshjul.barometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.period.Period;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The public barometer as a citizen gets it, without login: what the administration published is
 * shown, with its status in words, a chart and a table; drafts, imports waiting for review and
 * rejected imports never are – on the pages or in the open data.
 */
@SpringBootTest
class BarometerPagesTest {

  @Autowired WebApplicationContext context;
  @Autowired BarometerTestData testData;
  @Autowired ObjectMapper json;

  MockMvc mvc;

  @BeforeEach
  void setUp() {
    // through the kept pages, as a citizen's browser gets them
    mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .addFilters(context.getBean(BarometerPageCache.class))
            .build();
  }

  @Test
  void shouldShowThePublishedGoalsWithTheirStatusInPlainDanish() throws Exception {
    // Given a term with published survey and register data
    Period term = testData.publishedTerm();
    int base = term.getFirstYear() - 1;

    // When a citizen opens the term's barometer
    MockHttpServletResponse page = page("/barometer/" + slug(term));

    // Then the themes and measured goals are there, each with its status sentence
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getHeader("Content-Security-Policy")).contains("default-src 'none'");
    String html = page.getContentAsString(StandardCharsets.UTF_8);
    assertThat(html)
        .contains(
            "<html lang=\"da\"",
            "Sammenhængsbarometeret " + term.getName(),
            "1. Sundhed",
            "2. Vækst og socialt ansvar",
            "Færre borgere føler sig ensomme",
            "Fra 7,9 % i "
                + base
                + " til 6,5 % i "
                + (base + 1)
                + " – en forbedring. Målet er højst"
                + " 6 % i "
                + term.getLastYear()
                + ": tæt på målet.",
            "Fra 96.921 i "
                + base
                + " til 97.512 i "
                + (base + 1)
                + " – en forbedring. Målet er"
                + " mindst 97.000 i "
                + term.getLastYear()
                + ": målet er nået.",
            "Tæt på målet",
            "Målet er nået",
            "Sammenhæng på tværs",
            "Fra 41 % i " + base + " til 44 % i " + (base + 1) + " – en forbedring.",
            // the rule, read from the deployed traffic-light table
            "Sådan beregnes status",
            "Lavere er bedre: på eller under målværdien",
            "/barometer/data.csv",
            "/barometer/tilgaengelighed");
    // a goal without a published measurement, an import waiting for review, a rejected import
    assertThat(html).doesNotContain("Flere cykelstier", "3,3", "77 %", "12.345");
  }

  @Test
  void shouldShowAChartWithATableBesideItForEveryGoalOfATheme() throws Exception {
    // Given a published term
    Period term = testData.publishedTerm();
    int base = term.getFirstYear() - 1;

    // When the theme Sundhed is opened
    String html = html("/barometer/" + slug(term) + "/tema-1");

    // Then its measured goal has a described chart and a table of the same values
    assertThat(html)
        .contains(
            "<svg",
            "role=\"img\"",
            "<title id=\"graf-",
            "Udvikling: Andel af borgerne, der ofte føler sig ensomme",
            "<table class=\"values\">",
            "<caption>Tal: Andel af borgerne, der ofte føler sig ensomme</caption>",
            base + " (baseline)",
            "7,9 %",
            "6,5 %",
            "3.812",
            "højst 6 %",
            "Spørgsmålet &quot;Hvor ofte føler du dig ensom?&quot;; tæller svarene Ofte");
    assertThat(html).doesNotContain("3,3");
    assertThat(page("/barometer/" + slug(term) + "/tema-9").getStatus()).isEqualTo(404);
  }

  @Test
  void shouldPublishExactlyWhatThePagesShowAsOpenData() throws Exception {
    // Given a published term and a term whose measurement is still a draft
    Period term = testData.publishedTerm();
    Period draft = testData.unpublishedTerm();
    int base = term.getFirstYear() - 1;

    // When the open data is downloaded
    MockHttpServletResponse csv = page("/barometer/data.csv");
    String csvText = csv.getContentAsString(StandardCharsets.UTF_8);
    JsonNode data = json.readTree(html("/barometer/data.json"));

    // Then the CSV has a row per published value, with Danish decimals, and nothing unpublished
    assertThat(csv.getContentType()).startsWith("text/csv");
    assertThat(csvText)
        .startsWith("\uFEFFperiode;tema_nr;tema;maalsaetning;maalepunkt;kilde;enhed")
        .contains(
            term.getName()
                + ";1;Sundhed;Færre borgere føler sig ensomme;Andel af borgerne, der ofte føler sig"
                + " ensomme;Borgermåling;%;"
                + base
                + ";6;nej;"
                + (base + 1)
                + ";6,5;3812;gul",
            term.getName()
                + ";2;Vækst og socialt ansvar;Flere vil bo i kommunen;Antal indbyggere;"
                + "Registerdata;;"
                + base
                + ";97000;ja;"
                + base
                + ";96921;;groen")
        .doesNotContain(draft.getName(), "3,3", "12345", "Udkast til måling");
    // And the JSON holds the same period with its themes, and not the draft
    JsonNode period = null;
    for (JsonNode candidate : data) {
      assertThat(candidate.get("periode").asText()).isNotEqualTo(draft.getName());
      if (candidate.get("periode").asText().equals(term.getName())) {
        period = candidate;
      }
    }
    assertThat(period).isNotNull();
    assertThat(period.get("temaer")).hasSize(2);
    assertThat(period.get("temaer").get(0).get("goals").get(0).get("values")).hasSize(2);
  }

  @Test
  void shouldShowANewPublicationAtOnceThoughThePageIsKeptForEveryone() throws Exception {
    // Given a published term whose page a citizen has read
    Period term = testData.publishedTerm();
    int base = term.getFirstYear() - 1;
    String address = "/barometer/" + slug(term) + "/tema-1";
    MockHttpServletResponse first = page(address);
    String etag = first.getHeader("ETag");
    assertThat(etag).isNotBlank();
    assertThat(first.getHeader("Cache-Control")).isEqualTo("no-cache");

    // When her browser asks again with the page it has
    MockHttpServletResponse again =
        mvc.perform(get(address).header("If-None-Match", etag)).andReturn().getResponse();

    // Then it is told the page has not changed, with the page's headers and no body
    assertThat(again.getStatus()).isEqualTo(304);
    assertThat(again.getContentAsByteArray()).isEmpty();
    assertThat(again.getHeader("Content-Security-Policy")).contains("default-src 'none'");

    // When the data team publishes the next year's survey
    testData.publishSurvey(term, base + 2, "5,8", "50");

    // Then the very next reader gets it, and the browser with the old page gets the new one
    MockHttpServletResponse changed =
        mvc.perform(get(address).header("If-None-Match", etag)).andReturn().getResponse();
    assertThat(changed.getStatus()).isEqualTo(200);
    assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);
    assertThat(changed.getContentAsString(StandardCharsets.UTF_8))
        .contains("til 5,8 % i " + (base + 2) + " – en forbedring");
    assertThat(html("/barometer/" + slug(term))).contains("til 50 % i " + (base + 2));
  }

  @Test
  void shouldNotShowATermWhoseMeasurementIsNotPublished() throws Exception {
    // Given a term with draft indicators and an imported survey
    Period draft = testData.unpublishedTerm();

    // Then its barometer does not exist for the public
    assertThat(page("/barometer/" + slug(draft)).getStatus()).isEqualTo(404);
    assertThat(page("/barometer/" + slug(draft) + "/tema-1").getStatus()).isEqualTo(404);
  }

  @Test
  void shouldNotPublishTheAgreementsFollowUpUnlessTheMunicipalityChoosesTo() throws Exception {
    // Given the default: aarshjul.barometer.follow-up is off
    assertThat(page("/barometer/opfoelgning").getStatus()).isEqualTo(404);
    assertThat(html("/barometer/tilgaengelighed")).doesNotContain("/barometer/opfoelgning");
  }

  @Test
  void shouldHaveAnAccessibilityStatement() throws Exception {
    String html = html("/barometer/tilgaengelighed");
    assertThat(html)
        .contains(
            "<title>Tilgængelighedserklæring – Sammenhængsbarometeret",
            // soft hyphens let the long words break on a narrow screen
            "<h1>Tilgængeligheds&shy;erklæring for Sammenhængs&shy;barometeret</h1>",
            "WCAG 2.1 niveau AA",
            "mailto:",
            "was.digst.dk");
  }

  private MockHttpServletResponse page(String path) throws Exception {
    return mvc.perform(get(path)).andReturn().getResponse();
  }

  private String html(String path) throws Exception {
    MockHttpServletResponse response = page(path);
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  private static String slug(Period term) {
    return term.getFirstYear() + "-" + term.getLastYear();
  }
}
