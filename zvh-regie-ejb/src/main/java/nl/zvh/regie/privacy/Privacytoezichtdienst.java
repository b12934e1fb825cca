package nl.zvh.regie.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.gedeeld.Bsn;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;
import nl.zvh.privacy.logboek.Integriteitsrapport;
import nl.zvh.privacy.logboek.Verwerkingsactiviteit;
import nl.zvh.privacy.logboek.Verwerkingslogboek;
import nl.zvh.privacy.logboek.Zoekresultaat;
import nl.zvh.privacy.logboek.Zoekvraag;
import nl.zvh.regie.beheer.OrganisatieGegevens;

/**
 * The work behind {@link Privacytoezicht}, for an explicit actor (see the package-info of {@code
 * nl.zvh.regie}).
 */
@ApplicationScoped
@Transactional
public class Privacytoezichtdienst {

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Verwerkingslogboek logboek;
  @Inject private Verwerkingspoort poort;

  public Zoekresultaat zoek(Actor actor, Zoekvraag vraag, int eerste, int aantal) {
    return poort.verwerk(
        actor, Handeling.LOGBOEK_RAADPLEGEN, (niets, log) -> logboek.zoek(vraag, eerste, aantal));
  }

  public Integriteitsrapport controleerIntegriteit(Actor actor) {
    return poort.verwerk(
        actor, Handeling.LOGBOEK_RAADPLEGEN, (niets, log) -> logboek.controleerIntegriteit());
  }

  /**
   * The betrokkene records with this BSN, for an inzage request ("who processed my data"). Looking
   * a person up is itself a processing, and is logged as such.
   */
  public List<Long> betrokkenenMetBsn(Actor actor, String bsn) {
    return poort.verwerk(
        actor,
        Handeling.BETROKKENE_ZOEKEN_VOOR_INZAGE,
        (niets, log) -> {
          DomeinRegelGeschonden.vereis(
              Bsn.isGeldig(bsn), "Dit is geen geldig BSN (9 cijfers, elfproef).");
          List<Long> ids =
              em.createNamedQuery("Betrokkene.findByBsn", Betrokkene.class)
                  .setParameter("bsn", bsn)
                  .getResultStream()
                  .map(Betrokkene::getId)
                  .toList();
          log.betreftIds(ids).object("logboek");
          return ids;
        });
  }

  public List<Verwerkingsactiviteit> register() {
    return logboek.register();
  }

  public List<OrganisatieGegevens> organisaties() {
    return em.createNamedQuery("Organisatie.findAll", Organisatie.class)
        .getResultStream()
        .map(OrganisatieGegevens::van)
        .toList();
  }
}
