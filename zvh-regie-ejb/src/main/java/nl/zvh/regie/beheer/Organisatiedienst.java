package nl.zvh.regie.beheer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.privacy.Actor;

/**
 * The work behind {@link OrganisatieBeheer}, for an explicit actor (see the package-info of {@code
 * nl.zvh.regie}).
 */
@ApplicationScoped
@Transactional
public class Organisatiedienst {

  private static final Logger LOG = Logger.getLogger(OrganisatieBeheer.class.getName());
  private static final String DEZE_ORGANISATIE = "Deze organisatie";

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Invoercontrole invoercontrole;
  @Inject private Clock klok;

  public List<OrganisatieGegevens> alle() {
    return em.createNamedQuery("Organisatie.findAll", Organisatie.class)
        .getResultStream()
        .map(OrganisatieGegevens::van)
        .toList();
  }

  /** The organisations the filter selects, by name. */
  public List<OrganisatieGegevens> alle(Organisatiefilter filter) {
    return metParameters(
            em.createQuery(
                "select o from Organisatie o" + filter.voorwaarde + " order by o.naam",
                Organisatie.class),
            filter)
        .getResultStream()
        .map(OrganisatieGegevens::van)
        .toList();
  }

  /** How many organisations the filter selects, counted in the database. */
  public long aantal(Organisatiefilter filter) {
    return metParameters(
            em.createQuery("select count(o) from Organisatie o" + filter.voorwaarde, Long.class),
            filter)
        .getSingleResult();
  }

  private <T> TypedQuery<T> metParameters(TypedQuery<T> query, Organisatiefilter filter) {
    LocalDate vandaag = LocalDate.now(klok);
    if (filter.voorwaarde.contains(":vandaag")) {
      query.setParameter("vandaag", vandaag);
    }
    if (filter.voorwaarde.contains(":grens")) {
      query.setParameter("grens", vandaag.plusMonths(Organisatiefilter.MAANDEN_VOORUIT));
    }
    return query;
  }

  public OrganisatieGegevens lees(long id) {
    return OrganisatieGegevens.van(vind(id));
  }

  /** Creates a new organisation, or changes an existing one if nobody changed it meanwhile. */
  public OrganisatieGegevens bewaar(Actor actor, @NotNull OrganisatieGegevens gegevens) {
    invoercontrole.controleer(gegevens);
    controleerNaamVrij(gegevens);
    Organisatie organisatie;
    if (gegevens.isNieuw()) {
      organisatie =
          new Organisatie(
              gegevens.getNaam(),
              gegevens.getType(),
              gegevens.getConvenantLidVanaf(),
              gegevens.getConvenantLidTot());
      em.persist(organisatie);
    } else {
      organisatie = vind(gegevens.getId());
      GelijktijdigGewijzigd.controleer(
          gegevens.getVersie(), organisatie.getVersie(), DEZE_ORGANISATIE);
      organisatie.wijzig(
          gegevens.getNaam(),
          gegevens.getType(),
          gegevens.getConvenantLidVanaf(),
          gegevens.getConvenantLidTot());
    }
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new GelijktijdigGewijzigd(DEZE_ORGANISATIE);
    }
    LOG.info(
        () -> "Organisatie " + organisatie.getId() + " bewaard door " + actor.gebruikersnaam());
    return OrganisatieGegevens.van(organisatie);
  }

  private void controleerNaamVrij(OrganisatieGegevens gegevens) {
    boolean bezet =
        em.createNamedQuery("Organisatie.findByNaam", Organisatie.class)
            .setParameter("naam", gegevens.getNaam() == null ? "" : gegevens.getNaam().strip())
            .getResultStream()
            .anyMatch(o -> !o.getId().equals(gegevens.getId()));
    DomeinRegelGeschonden.vereis(!bezet, "Er bestaat al een organisatie met deze naam.");
  }

  private Organisatie vind(long id) {
    Organisatie organisatie = em.find(Organisatie.class, id);
    if (organisatie == null) {
      throw new NietGevonden(DEZE_ORGANISATIE);
    }
    return organisatie;
  }
}
