package dk.aarshjul.mail;

import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text mails through Spring Mail. A failure is thrown on, so the job that sends the
 * mail fails and is retried (failedJobRetryTimeCycle) and, once the retries are spent, shows as an
 * incident in Cockpit.
 */
@Component
@EnableConfigurationProperties(MailProperties.class)
public class Mailer {

  private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

  private final MailProperties properties;
  private final ObjectProvider<JavaMailSender> sender;

  public Mailer(MailProperties properties, ObjectProvider<JavaMailSender> sender) {
    this.properties = properties;
    this.sender = sender;
  }

  /** Whether mails are sent at all (aarshjul.mail.enabled). */
  public boolean enabled() {
    return properties.isEnabled();
  }

  /** One mail to all recipients; nothing when there are none or mail is off. */
  public void send(Collection<String> recipients, String subject, String body) {
    List<String> to =
        recipients.stream()
            .filter(address -> address != null && !address.isBlank())
            .distinct()
            .toList();
    if (to.isEmpty()) {
      LOG.info("Ingen modtagere med mailadresse: '{}' er ikke sendt", subject);
      return;
    }
    if (!properties.isEnabled()) {
      LOG.info("Mail er slået fra (aarshjul.mail.enabled): '{}' til {} er ikke sendt", subject, to);
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.getFrom());
    message.setTo(to.toArray(String[]::new));
    message.setSubject(subject);
    message.setText(body);
    sender.getObject().send(message);
    LOG.info("Mail sendt: '{}' til {}", subject, to);
  }

  public String baseUrl() {
    return properties.getBaseUrl().replaceAll("/+$", "");
  }
}
