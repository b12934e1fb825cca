package nl.zvh.regie.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.gedeeld.Bsn;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;
import nl.zvh.privacy.logboek.Integriteitsrapport;
import nl.zvh.privacy.logboek.Verwerkingsactiviteit;
import nl.zvh.privacy.logboek.Verwerkingslogboek;
import nl.zvh.privacy.logboek.Zoekresultaat;
import nl.zvh.privacy.logboek.Zoekvraag;
import nl.zvh.regie.beheer.OrganisatieGegevens;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/** The processing log for the privacy officer: search, integrity check, records of a person. */
@Stateless
@RolesAllowed("PRIVACY_OFFICER")
public class Privacytoezicht {

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Verwerkingslogboek logboek;
  @Inject private Verwerkingspoort poort;

  public Zoekresultaat zoek(Zoekvraag vraag, int eerste, int aantal) {
    return poort.verwerk(
        huidigeGebruiker.vereist(),
        Handeling.LOGBOEK_RAADPLEGEN,
        (niets, log) -> logboek.zoek(vraag, eerste, aantal));
  }

  public Integriteitsrapport controleerIntegriteit() {
    return poort.verwerk(
        huidigeGebruiker.vereist(),
        Handeling.LOGBOEK_RAADPLEGEN,
        (niets, log) -> logboek.controleerIntegriteit());
  }

  /**
   * The betrokkene records with this BSN, for an inzage request ("who processed my data"). Looking
   * a person up is itself a processing, and is logged as such.
   */
  public List<Long> betrokkenenMetBsn(String bsn) {
    return poort.verwerk(
        huidigeGebruiker.vereist(),
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
