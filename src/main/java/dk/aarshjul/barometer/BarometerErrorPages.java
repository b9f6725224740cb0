package dk.aarshjul.barometer;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.DefaultErrorViewResolver;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page a citizen gets under /barometer (an address that does not exist, a period that is
 * not published, a server error): the barometer's own Danish page with its header, skip link and
 * footer and the same Content-Security-Policy as its other pages, not the staff's page that points
 * to Tasklist. Every other address keeps Spring Boot's convention (public/error/404.html and so
 * on), which this resolver replaces and therefore delegates to.
 */
@Component
class BarometerErrorPages implements ErrorViewResolver {

  private final DefaultErrorViewResolver conventions;
  private final BarometerSettings settings;

  BarometerErrorPages(
      ApplicationContext context, WebProperties webProperties, BarometerSettings settings) {
    this.conventions = new DefaultErrorViewResolver(context, webProperties.getResources());
    this.settings = settings;
  }

  @Override
  public ModelAndView resolveErrorView(
      HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri instanceof String text ? text : String.valueOf(model.get("path"));
    String barometer = request.getContextPath() + "/barometer";
    if (!(path.equals(barometer) || path.startsWith(barometer + "/"))) {
      return conventions.resolveErrorView(request, status, model);
    }
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
        && attributes.getResponse() != null) {
      BarometerController.documentHeaders(attributes.getResponse());
    }
    boolean notFound = status == HttpStatus.NOT_FOUND;
    boolean serverError = status.is5xxServerError();
    String title =
        notFound
            ? "Siden findes ikke"
            : serverError ? "Der opstod en fejl" : "Siden kan ikke vises";
    ModelAndView view = new ModelAndView("barometer/error", status);
    view.addObject("settings", settings);
    view.addObject("pageTitle", title + " – Sammenhængsbarometeret");
    view.addObject("notFound", notFound);
    view.addObject("serverError", serverError);
    return view;
  }
}
