package nl.zvh.systemtest.container;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;

/** Test-only EJB: the application's persistence unit through JTA, as the services use it. */
@Stateless
@PermitAll
public class PersistentieProbe {

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  public long bewaarOrganisatie(String naam) {
    Organisatie organisatie =
        new Organisatie(naam, OrganisatieType.GEMEENTE, LocalDate.of(2025, 3, 1), null);
    em.persist(organisatie);
    em.flush();
    return organisatie.getId();
  }

  public Organisatie lees(long id) {
    return em.find(Organisatie.class, id);
  }

  /** Changes the name of a copy read earlier: the version it carries decides. */
  public void wijzigNaam(Organisatie eerderGelezen, String naam) {
    Organisatie kopie = em.merge(eerderGelezen);
    kopie.wijzig(naam, kopie.getType(), kopie.getConvenantLidVanaf(), kopie.getConvenantLidTot());
    em.flush();
  }

  /** Closes a case through the domain (no service closes one yet): its retention runs from now. */
  public void sluitAf(long casusId, String reden, OffsetDateTime tijdstip) {
    em.find(Casus.class, casusId).sluitAf(reden, "regisseur", tijdstip);
  }

  public long aantalGebruikers() {
    return em.createNamedQuery("Gebruiker.count", Long.class).getSingleResult();
  }
}
