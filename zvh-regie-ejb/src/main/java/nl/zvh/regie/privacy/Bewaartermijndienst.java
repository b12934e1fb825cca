package nl.zvh.regie.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.bewaartermijn.Verlenging;
import nl.zvh.regie.beheer.NietGevonden;

/**
 * The work behind {@link Bewaartermijnbewaking}, for an explicit actor (see the package-info of
 * {@code nl.zvh.regie}).
 */
@ApplicationScoped
@Transactional
public class Bewaartermijndienst {

  @PersistenceContext(unitName = "zvh-privacy")
  private EntityManager privacyEm;

  @Inject private Vernietiging vernietiging;
  @Inject private Clock klok;

  public List<BewaarRegel> overzicht(Actor actor) {
    return vernietiging.overzicht(actor, LocalDate.now(klok));
  }

  public int maandenStandaard() {
    return (int) vernietiging.termijn().periode().toTotalMonths();
  }

  public void verleng(Actor actor, long casusId, LocalDate bewarenTotEnMet, String motivering) {
    BewaarRegel huidig =
        vernietiging.overzicht(actor, LocalDate.now(klok)).stream()
            .filter(r -> r.casusId() == casusId)
            .findFirst()
            .orElseThrow(() -> new NietGevonden("Deze afgesloten casus"));
    privacyEm.persist(
        new Verlenging(
            casusId,
            huidig.bewarenTotEnMet(),
            bewarenTotEnMet,
            motivering,
            actor.gebruikersnaam(),
            OffsetDateTime.now(klok)));
  }

  /** Runs the destruction now, as the daily job would; returns the number of cases destroyed. */
  public int vernietigNu(Actor actor) {
    return vernietiging.vernietigVerlopen(actor, LocalDate.now(klok));
  }
}
