package nl.zvh.regie.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.gedeeld.Bsn;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Toegangsbeleid;
import nl.zvh.privacy.logboek.Actie;
import nl.zvh.privacy.logboek.Integriteitsrapport;
import nl.zvh.privacy.logboek.Verwerkingsactiviteit;
import nl.zvh.privacy.logboek.Verwerkingslogboek;
import nl.zvh.privacy.logboek.Zoekresultaat;
import nl.zvh.privacy.logboek.Zoekvraag;
import nl.zvh.regie.beheer.OrganisatieGegevens;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;
import nl.zvh.regie.casus.Verwerkingen;

/** The processing log for the privacy officer: search, integrity check, records of a person. */
@Stateless
@RolesAllowed("PRIVACY_OFFICER")
public class Privacytoezicht {

  /** Handling data-subject requests (register of processing activities). */
  static final String RECHTEN_BETROKKENEN = "ZVH-VA-05";

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Toegangsbeleid beleid;
  @Inject private Verwerkingslogboek logboek;
  @Inject private Verwerkingen verwerkingen;
  @Inject private Clock klok;

  public Zoekresultaat zoek(Zoekvraag vraag, int eerste, int aantal) {
    beleid.logboekRaadplegen(huidigeGebruiker.vereist()).vereis();
    return logboek.zoek(vraag, eerste, aantal);
  }

  public Integriteitsrapport controleerIntegriteit() {
    beleid.logboekRaadplegen(huidigeGebruiker.vereist()).vereis();
    return logboek.controleerIntegriteit();
  }

  /**
   * The betrokkene records with this BSN, for an inzage request ("who processed my data"). Looking
   * a person up is itself a processing, and is logged as such.
   */
  public List<Long> betrokkenenMetBsn(String bsn) {
    Instant start = Instant.now(klok);
    Actor actor = huidigeGebruiker.vereist();
    beleid.logboekRaadplegen(actor).vereis();
    DomeinRegelGeschonden.vereis(
        Bsn.isGeldig(bsn), "Dit is geen geldig BSN (9 cijfers, elfproef).");
    List<Long> ids =
        em.createNamedQuery("Betrokkene.findByBsn", Betrokkene.class)
            .setParameter("bsn", bsn)
            .getResultStream()
            .map(Betrokkene::getId)
            .toList();
    verwerkingen.registreer(
        "betrokkene.zoeken-voor-inzage",
        Actie.RAADPLEGEN,
        RECHTEN_BETROKKENEN,
        ids,
        actor,
        "logboek",
        start);
    return ids;
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
