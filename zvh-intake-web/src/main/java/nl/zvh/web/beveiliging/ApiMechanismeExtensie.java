package nl.zvh.web.beveiliging;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;

/**
 * Puts {@link ApiZonderSessie} on the portal's own authentication mechanism (any class of the
 * portal implementing {@link HttpAuthenticationMechanism}), so API requests are authenticated by
 * key alone whatever the mechanism's form branch does.
 */
public class ApiMechanismeExtensie implements Extension {

  <T extends HttpAuthenticationMechanism> void bind(@Observes ProcessAnnotatedType<T> type) {
    if (type.getAnnotatedType().getJavaClass().getName().startsWith("nl.zvh.")) {
      type.configureAnnotatedType().add(ApiZonderSessie.Literal.INSTANCE);
    }
  }
}
