package dk.aarshjul.web;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Spring's error answer outside engine-rest (a JSON client asking for an address that does not
 * exist, a refused webapp call): the status with a short Danish {@code error} and {@code message},
 * never an exception class, English reason phrase or stack trace. Browsers get the Danish pages in
 * public/error instead.
 */
@Component
class DanishErrorAttributes extends DefaultErrorAttributes {

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Map<String, Object> attributes =
        super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
    int status = attributes.get("status") instanceof Integer code ? code : 500;
    attributes.put(
        "error",
        switch (status) {
          case 400 -> "Ugyldig forespørgsel";
          case 401 -> "Ikke logget ind";
          case 403 -> "Adgang nægtet";
          case 404 -> "Ikke fundet";
          case 405 -> "Metoden er ikke tilladt";
          default -> status < 500 ? "Forespørgslen kan ikke udføres" : "Serverfejl";
        });
    attributes.put(
        "message",
        switch (status) {
          case 401 -> "Log ind for at bruge Årshjul.";
          case 403 -> "Du har ikke adgang til dette.";
          case 404 -> "Siden eller adressen findes ikke.";
          case 405 -> "Adressen tager ikke imod denne HTTP-metode.";
          default ->
              status < 500
                  ? "Forespørgslen kan ikke udføres, som den er sendt."
                  : "Der opstod en uventet fejl på serveren. Prøv igen, eller kontakt administratoren.";
        });
    attributes.remove("exception");
    attributes.remove("trace");
    attributes.remove("errors");
    return attributes;
  }
}
