package dk.aarshjul.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outgoing mail (application.yaml, {@code aarshjul.mail}); the SMTP server itself is {@code
 * spring.mail.*}.
 */
@ConfigurationProperties("aarshjul.mail")
public class MailProperties {

  /** Off on the embedded default (no mail server); on with AARSHJUL_MAIL=true. */
  private boolean enabled;

  private String from = "aarshjul@kommune.example";

  /** Where users open Årshjul, for links in mails, e.g. https://aarshjul.skanderborg.dk. */
  private String baseUrl = "http://localhost:8080";

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }
}
