package nl.zvh.regie.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.bewaartermijn.Verlenging;
import nl.zvh.regie.beheer.NietGevonden;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/** The privacy officer's view of retention: what is due, extending one case, destroying now. */
@Stateless
@RolesAllowed("PRIVACY_OFFICER")
public class Bewaartermijnbewaking {

  @PersistenceContext(unitName = "zvh-privacy")
  private EntityManager privacyEm;

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Vernietiging vernietiging;

  @Inject private Clock klok;

  public List<BewaarRegel> overzicht() {
    return vernietiging.overzicht(huidigeGebruiker.vereist(), LocalDate.now(klok));
  }

  public int maandenStandaard() {
    return (int) vernietiging.termijn().periode().toTotalMonths();
  }

  public void verleng(long casusId, LocalDate bewarenTotEnMet, String motivering) {
    Actor actor = huidigeGebruiker.vereist();
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
  public int vernietigNu() {
    return vernietiging.vernietigVerlopen(huidigeGebruiker.vereist(), LocalDate.now(klok));
  }
}
