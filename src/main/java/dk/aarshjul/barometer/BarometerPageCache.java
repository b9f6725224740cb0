package dk.aarshjul.barometer;

import dk.aarshjul.reporting.BarometerReport;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;

/**
 * Keeps the rendered barometer pages and open data files: every citizen gets the same page until
 * something new is published ({@link BarometerReport#version()}), so a page is rendered once per
 * publication and then written from memory. Each kept response carries an ETag, so a browser that
 * has the page gets 304 Not Modified.
 *
 * <p>Only successful GETs of the published barometer are kept; error pages, the agreements'
 * follow-up (which changes with every approval) and the stylesheet are not. The number of kept
 * pages is bounded: addresses are the published periods' pages, and beyond the bound a page is
 * rendered as if nothing were kept.
 */
@Component
class BarometerPageCache extends OncePerRequestFilter {

  static final int MAX_PAGES = 500;

  /** The headers a kept page is written with: the ones the barometer's controllers set. */
  private static final List<String> KEPT_HEADERS =
      List.of(
          HttpHeaders.CONTENT_TYPE,
          HttpHeaders.CONTENT_LANGUAGE,
          HttpHeaders.CONTENT_DISPOSITION,
          HttpHeaders.CACHE_CONTROL,
          "Content-Security-Policy",
          "X-Content-Type-Options",
          "Referrer-Policy");

  private record Page(byte[] body, Map<String, String> headers, String etag) {}

  private static final UrlPathHelper PATHS = new UrlPathHelper();

  private final BarometerReport report;
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private volatile long version = -1;

  BarometerPageCache(BarometerReport report) {
    this.report = report;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = PATHS.getLookupPathForRequest(request);
    return !"GET".equals(request.getMethod())
        || !(path.equals("/barometer") || path.startsWith("/barometer/"))
        || path.startsWith("/barometer/opfoelgning")
        || path.endsWith(".css");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long current = report.version();
    if (current != version) {
      forget(current);
    }
    // the address as the controllers read it (decoded, without ;parameters), so that spellings of
    // one page share it; the running year picks /barometer's period, so it is part of the key
    String key =
        LocalDate.now(BarometerController.DENMARK).getYear()
            + " "
            + PATHS.getLookupPathForRequest(request);
    Page page = pages.get(key);
    if (page != null) {
      write(page, request, response);
      return;
    }
    ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, rendered);
    if (rendered.getStatus() == HttpServletResponse.SC_OK
        && current == version
        && pages.size() < MAX_PAGES) {
      Map<String, String> headers = new LinkedHashMap<>();
      for (String name : KEPT_HEADERS) {
        String value = rendered.getHeader(name);
        if (value != null) {
          headers.put(name, value);
        }
      }
      byte[] body = rendered.getContentAsByteArray();
      page = new Page(body, headers, etag(body));
      pages.put(key, page);
      rendered.setHeader(HttpHeaders.ETAG, page.etag());
    }
    rendered.copyBodyToResponse();
  }

  private synchronized void forget(long current) {
    if (current != version) {
      pages.clear();
      version = current;
    }
  }

  private static void write(Page page, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    page.headers().forEach(response::setHeader);
    response.setHeader(HttpHeaders.ETAG, page.etag());
    String known = request.getHeader(HttpHeaders.IF_NONE_MATCH);
    if (known != null && (known.contains(page.etag()) || known.strip().equals("*"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentLength(page.body().length);
    response.getOutputStream().write(page.body());
  }

  /** A strong validator from the content, the same on every server that renders the same page. */
  private static String etag(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return "\""
          + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22)
          + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
