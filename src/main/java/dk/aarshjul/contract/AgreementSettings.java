package dk.aarshjul.contract;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The udviklingsaftale's settings ({@code aarshjul.agreement.*}): the most goals an agreement may
 * have – few, clear goals, at least one of each kind, so at least 2 (default 5).
 */
@ConfigurationProperties("aarshjul.agreement")
public record AgreementSettings(Integer maxGoals) {

  public AgreementSettings {
    maxGoals = maxGoals == null ? 5 : maxGoals;
    if (maxGoals < 2 || maxGoals > 20) {
      throw new IllegalArgumentException(
          "aarshjul.agreement.max-goals skal være fra 2 til 20 (mindst ét mål af hver slags)");
    }
  }
}
