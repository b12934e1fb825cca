package nl.zvh.regie.procesregie;

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
import nl.zvh.domain.model.procesregie.Nazorgcheck;
import nl.zvh.privacy.bewaartermijn.TaakUitvoering;
import nl.zvh.regie.melding.Ontvangers;
import nl.zvh.regie.uitvoering.Uitvoeringsmeldingen;

/**
 * Reminds the procesregisseurs once of a follow-up check that is due: an e-mail with the case
 * number and a link, no personal data. The check itself stays on the dashboard until recorded.
 */
@ApplicationScoped
public class Nazorgherinneringen {

  static final String TAAK = "nazorgherinnering";
  private static final Logger LOG = Logger.getLogger(Nazorgherinneringen.class.getName());

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @PersistenceContext(unitName = "zvh-privacy")
  private EntityManager privacyEm;

  @Inject private Event<Uitvoeringsmeldingen.Melding> meldingen;
  @Inject private Clock klok;

  /** Once a day across all instances: the first instance to lock the job's row sends them. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int dagelijks() {
    LocalDate vandaag = LocalDate.now(klok);
    TaakUitvoering taak =
        privacyEm.find(TaakUitvoering.class, TAAK, LockModeType.PESSIMISTIC_WRITE);
    if (taak.isGedaanOp(vandaag)) {
      return 0;
    }
    int aantal = herinner();
    taak.gedaanOp(vandaag);
    return aantal;
  }

  /** Sends the reminders due today; returns how many checks were reminded of. */
  @Transactional
  public int herinner() {
    OffsetDateTime nu = OffsetDateTime.now(klok);
    List<Nazorgcheck> teHerinneren =
        em.createNamedQuery("Nazorgcheck.teHerinneren", Nazorgcheck.class)
            .setParameter("gepland", Nazorgcheck.Status.GEPLAND)
            .setParameter("vandaag", nu.toLocalDate())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    for (Nazorgcheck check : teHerinneren) {
      check.herinnerd(nu);
      meldingen.fire(
          new Uitvoeringsmeldingen.Melding(
              "Nazorgcheck",
              "Het is tijd voor de nazorgcheck van een afgesloten casus: vraag hoe het gaat",
              check.getCasus().getNummer(),
              Ontvangers.procesregisseurs(em, check.getCasus().getId()),
              "/casus/dossier.xhtml?id=" + check.getCasus().getId() + "&tab=procesregie"));
    }
    int aantal = teHerinneren.size();
    LOG.info(() -> "Nazorgherinnering: " + aantal + " nazorgcheck(s) herinnerd");
    return aantal;
  }
}
