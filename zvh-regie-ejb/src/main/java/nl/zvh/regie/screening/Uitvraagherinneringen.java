package nl.zvh.regie.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;
import nl.zvh.domain.model.casus.UitvraagAdres;
import nl.zvh.privacy.bewaartermijn.TaakUitvoering;
import nl.zvh.regie.melding.Procesmeldingen;

/**
 * Reminds each organisation once of an uitvraag it let pass its date unanswered: its partner users
 * get an e-mail (without personal data) and the reminder is on the case's timeline. The overdue
 * answer itself stays visible to the procesregisseur in the work queue and the dossier.
 */
@ApplicationScoped
public class Uitvraagherinneringen {

  static final String TAAK = "uitvraagherinnering";
  private static final String DOOR = "taak." + TAAK;
  private static final Logger LOG = Logger.getLogger(Uitvraagherinneringen.class.getName());

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @PersistenceContext(unitName = "zvh-privacy")
  private EntityManager privacyEm;

  @Inject private Screeningsdienst screening;
  @Inject private Event<Procesmeldingen.Melding> meldingen;

  @Inject private Clock klok;

  /** Once a day across all instances: the first instance to lock the job's row sends them. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int dagelijks() {
    OffsetDateTime nu = OffsetDateTime.now(klok);
    LocalDate vandaag = nu.toLocalDate();
    TaakUitvoering taak =
        privacyEm.find(TaakUitvoering.class, TAAK, LockModeType.PESSIMISTIC_WRITE);
    if (taak.isGedaanOp(vandaag)) {
      return 0;
    }
    int aantal = herinner(vandaag, nu);
    taak.gedaanOp(vandaag);
    return aantal;
  }

  /** Sends the reminders due today; returns how many organisations were reminded. */
  @Transactional
  public int herinner() {
    OffsetDateTime nu = OffsetDateTime.now(klok);
    return herinner(nu.toLocalDate(), nu);
  }

  private int herinner(LocalDate vandaag, OffsetDateTime nu) {
    List<UitvraagAdres> verlopen =
        em.createNamedQuery("UitvraagAdres.teHerinneren", UitvraagAdres.class)
            .setParameter("vandaag", vandaag)
            .getResultList();
    int herinnerd = 0;
    for (UitvraagAdres adres : verlopen) {
      // Marked first, under the row's lock: a partner who answered meanwhile gets no reminder.
      int gemarkeerd =
          em.createNamedQuery("UitvraagAdres.markeerHerinnerd")
              .setParameter("tijdstip", nu)
              .setParameter("id", adres.getId())
              .executeUpdate();
      if (gemarkeerd == 1) {
        adres.registreerHerinnering(vandaag, DOOR, nu);
        meldingen.fire(
            new Procesmeldingen.Melding(
                Procesmeldingen.Soort.UITVRAAG_HERINNERING,
                screening.partneradressen(adres.getOrganisatie()),
                adres.getUitvraag().getCasus().getNummer(),
                adres.getUitvraag().getBeantwoordenVoor()));
        herinnerd++;
      }
    }
    int aantal = herinnerd;
    LOG.info(() -> "Uitvraagherinnering: " + aantal + " organisatie(s) herinnerd");
    return aantal;
  }
}
