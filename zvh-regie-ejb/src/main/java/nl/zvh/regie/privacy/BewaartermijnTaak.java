package nl.zvh.regie.privacy;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.gedeeld.Tijdzone;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import nl.zvh.privacy.Actor;

/**
 * The nightly retention run. The timer is not persistent (persistent timers do not fail over on
 * Payara Micro); every instance fires it, and the job's row lock lets only one do the work.
 */
@Singleton
public class BewaartermijnTaak {

  private static final Logger LOG = Logger.getLogger(BewaartermijnTaak.class.getName());

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Vernietiging vernietiging;
  @Inject private Clock klok;

  @Schedule(hour = "2", minute = "15", timezone = Tijdzone.ID, persistent = false)
  void elkeNacht() {
    int aantal = vernietiging.dagelijks(actor(), LocalDate.now(klok));
    LOG.info(() -> "Bewaartermijn: " + aantal + " casus(sen) vernietigd");
  }

  /** The job acts for the coordinating privacy officer of the ZVH. */
  private Actor actor() {
    Organisatie zvh =
        em.createNamedQuery("Organisatie.findAll", Organisatie.class)
            .getResultStream()
            .filter(o -> o.getType() == OrganisatieType.ZVH)
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException("Er is geen organisatie van het type ZVH."));
    return new Actor("taak.bewaartermijn", Rol.PRIVACY_OFFICER, zvh.getId(), zvh.getNaam());
  }
}
