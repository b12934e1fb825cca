package nl.zvh.privacy.tijd;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import nl.zvh.domain.model.gedeeld.Tijdzone;

/** Produces the portal's clock: the system's time, in Dutch time. The only place it is made. */
@ApplicationScoped
public class Tijdbron {

  @Produces
  @ApplicationScoped
  Clock klok() {
    return Clock.system(Tijdzone.NEDERLAND);
  }
}
