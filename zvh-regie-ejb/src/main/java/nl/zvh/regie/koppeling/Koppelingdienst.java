package nl.zvh.regie.koppeling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.koppeling.Apisleutel;
import nl.zvh.domain.model.koppeling.Koppeling;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.privacy.Actor;
import nl.zvh.regie.aanmelding.Pagina;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;
import nl.zvh.regie.beheer.NietGevonden;

/**
 * The work behind {@link KoppelingBeheer}, for an explicit actor. Issuing and revoking are logged
 * like the other beheer actions (who, what, when; never the key).
 */
@ApplicationScoped
@Transactional
public class Koppelingdienst {

  private static final Logger LOG = Logger.getLogger(KoppelingBeheer.class.getName());
  private static final String DEZE_KOPPELING = "Deze koppeling";

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Clock klok;

  /** One page of the koppelingen, active ones first, counted and paged in the database. */
  public Pagina<KoppelingGegevens> pagina(int eerste, int aantal) {
    return new Pagina<>(
        em.createNamedQuery("Koppeling.pagina", Koppeling.class)
            .setFirstResult(Math.max(0, eerste))
            .setMaxResults(Math.max(1, Math.min(aantal, 100)))
            .getResultStream()
            .map(KoppelingGegevens::van)
            .toList(),
        aantal());
  }

  public long aantal() {
    return em.createNamedQuery("Koppeling.aantal", Long.class).getSingleResult();
  }

  /** Issues a new key for a system of the organisation; the key is in the answer only. */
  public UitgegevenSleutel geefUit(Actor actor, String naam, Long organisatieId) {
    Organisatie organisatie =
        organisatieId == null ? null : em.find(Organisatie.class, organisatieId);
    DomeinRegelGeschonden.vereis(
        organisatieId == null || organisatie != null, "organisatie", "Kies een organisatie.");
    DomeinRegelGeschonden.vereis(
        naam == null
            || em.createNamedQuery("Koppeling.findByNaam", Koppeling.class)
                .setParameter("naam", naam.strip())
                .getResultList()
                .isEmpty(),
        "naam",
        "Deze naam is al in gebruik.");
    Apisleutel sleutel = Apisleutel.nieuw();
    Koppeling koppeling =
        new Koppeling(naam, organisatie, sleutel, actor.gebruikersnaam(), OffsetDateTime.now(klok));
    em.persist(koppeling);
    em.flush();
    LOG.info(
        () ->
            "Koppeling "
                + koppeling.getNaam()
                + " (sleutel-id "
                + koppeling.getSleutelId()
                + ", "
                + koppeling.getOrganisatie().getNaam()
                + ") uitgegeven door "
                + actor.gebruikersnaam());
    return new UitgegevenSleutel(KoppelingGegevens.van(koppeling), sleutel.tekst());
  }

  /** Revokes a key: the next request with it is refused. */
  public KoppelingGegevens trekIn(Actor actor, long id, long versie) {
    Koppeling koppeling = em.find(Koppeling.class, id);
    if (koppeling == null) {
      throw new NietGevonden(DEZE_KOPPELING);
    }
    GelijktijdigGewijzigd.controleer(versie, koppeling.getVersie(), DEZE_KOPPELING);
    koppeling.trekIn(actor.gebruikersnaam(), OffsetDateTime.now(klok));
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new GelijktijdigGewijzigd(DEZE_KOPPELING);
    }
    LOG.info(
        () ->
            "Koppeling "
                + koppeling.getNaam()
                + " (sleutel-id "
                + koppeling.getSleutelId()
                + ") ingetrokken door "
                + actor.gebruikersnaam());
    return KoppelingGegevens.van(koppeling);
  }
}
