package nl.zvh.regie.beheer;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
import java.util.function.Consumer;
import java.util.logging.Logger;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Inloggebeurtenis;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.gebruiker.Tweedefactor;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.privacy.Actor;
import nl.zvh.regie.beveiliging.Inlogbewaking;
import nl.zvh.regie.beveiliging.Wachtwoorden;

/**
 * The work behind {@link GebruikerBeheer}, for an explicit actor (see the package-info of {@code
 * nl.zvh.regie}).
 */
@ApplicationScoped
@Transactional
public class Gebruikersdienst {

  private static final Logger LOG = Logger.getLogger(GebruikerBeheer.class.getName());
  private static final String DEZE_GEBRUIKER = "Deze gebruiker";

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Wachtwoorden wachtwoorden;
  @Inject private Inlogbewaking bewaking;
  @Inject private Invoercontrole invoercontrole;
  @Inject private Clock klok;
  @Inject private Event<GebruikerGedeactiveerd> gedeactiveerd;

  public List<GebruikerGegevens> alle() {
    return em.createNamedQuery("Gebruiker.findAll", Gebruiker.class)
        .getResultStream()
        .map(GebruikerGegevens::van)
        .toList();
  }

  /** The accounts the filter selects, by user name. */
  public List<GebruikerGegevens> alle(Gebruikersfilter filter) {
    return metParameters(
            em.createQuery(
                "select g from Gebruiker g join fetch g.organisatie"
                    + filter.voorwaarde
                    + " order by g.gebruikersnaam",
                Gebruiker.class),
            filter)
        .getResultStream()
        .map(GebruikerGegevens::van)
        .toList();
  }

  /** How many accounts the filter selects, counted in the database. */
  public long aantal(Gebruikersfilter filter) {
    return metParameters(
            em.createQuery("select count(g) from Gebruiker g" + filter.voorwaarde, Long.class),
            filter)
        .getSingleResult();
  }

  private <T> TypedQuery<T> metParameters(TypedQuery<T> query, Gebruikersfilter filter) {
    return filter.metVandaag() ? query.setParameter("vandaag", LocalDate.now(klok)) : query;
  }

  public GebruikerGegevens lees(long id) {
    return GebruikerGegevens.van(vind(id));
  }

  public GebruikerGegevens maakAan(
      Actor actor, @NotNull GebruikerGegevens gegevens, @NotNull String wachtwoord) {
    invoercontrole.controleer(gegevens);
    vereis(gegevens.isNieuw(), "Deze gebruiker bestaat al.");
    vereis(
        em.createNamedQuery("Gebruiker.findByGebruikersnaam", Gebruiker.class)
            .setParameter("gebruikersnaam", gegevens.getGebruikersnaam())
            .getResultList()
            .isEmpty(),
        "Deze gebruikersnaam is al in gebruik.");
    Gebruiker gebruiker =
        new Gebruiker(
            gegevens.getGebruikersnaam(),
            gegevens.getNaam(),
            gegevens.getEmail(),
            gegevens.getRol(),
            organisatie(gegevens.getOrganisatieId()),
            wachtwoorden.hash(wachtwoord));
    em.persist(gebruiker);
    return bewaard(actor, gebruiker, "aangemaakt");
  }

  public GebruikerGegevens wijzig(Actor actor, @NotNull GebruikerGegevens gegevens) {
    invoercontrole.controleer(gegevens);
    vereis(!gegevens.isNieuw(), "Deze gebruiker bestaat nog niet.");
    return wijzigGebruiker(
        actor,
        gegevens.getId(),
        gegevens.getVersie(),
        gebruiker -> {
          vereis(
              !isZelf(actor, gebruiker) || gegevens.getRol() == Rol.BEHEERDER,
              "U kunt uw eigen rol van beheerder niet wegnemen.");
          gebruiker.wijzig(
              gegevens.getNaam(),
              gegevens.getEmail(),
              gegevens.getRol(),
              organisatie(gegevens.getOrganisatieId()));
        },
        "gewijzigd");
  }

  /** Deactivates or reactivates an account; a deactivated user cannot log in. */
  public GebruikerGegevens zetActief(Actor actor, long id, long versie, boolean actief) {
    return wijzigGebruiker(
        actor,
        id,
        versie,
        gebruiker -> {
          vereis(!isZelf(actor, gebruiker) || actief, "U kunt uw eigen account niet deactiveren.");
          if (actief) {
            gebruiker.activeer();
          } else {
            gebruiker.deactiveer();
            // Handing over and leaving: a casusregisseur's cases ask for a new one (issue 12).
            gedeactiveerd.fire(new GebruikerGedeactiveerd(gebruiker.getId()));
          }
        },
        actief ? "geactiveerd" : "gedeactiveerd");
  }

  public GebruikerGegevens stelWachtwoordIn(
      Actor actor, long id, long versie, @NotNull String wachtwoord) {
    String hash = wachtwoorden.hash(wachtwoord);
    return wijzigGebruiker(
        actor, id, versie, g -> g.wijzigWachtwoordHash(hash), "wachtwoord ingesteld");
  }

  /**
   * Removes the second factor of an account (a lost phone and no recovery codes left): the user
   * enrols again at the next login. Recorded with the beheerder's name.
   */
  public GebruikerGegevens herstelTweedeFactor(Actor actor, long id, long versie) {
    Gebruiker gebruiker = vind(id);
    GelijktijdigGewijzigd.controleer(versie, gebruiker.getVersie(), DEZE_GEBRUIKER);
    Tweedefactor factor = em.find(Tweedefactor.class, gebruiker.getId());
    if (factor != null) {
      em.remove(factor);
    }
    // Passkeys are a second step too: a reset leaves the account none, so a lost or stolen
    // device logs in no more.
    em.createNamedQuery("Passkey.verwijderVanGebruiker")
        .setParameter("gebruikerId", gebruiker.getId())
        .executeUpdate();
    bewaking.legVast(
        gebruiker.getGebruikersnaam(),
        null,
        Inloggebeurtenis.Soort.TWEEDE_FACTOR_HERSTELD,
        actor.gebruikersnaam(),
        klok.instant());
    return bewaard(actor, gebruiker, "tweede factor hersteld");
  }

  private GebruikerGegevens wijzigGebruiker(
      Actor actor, long id, long versie, Consumer<Gebruiker> wijziging, String wat) {
    Gebruiker gebruiker = vind(id);
    GelijktijdigGewijzigd.controleer(versie, gebruiker.getVersie(), DEZE_GEBRUIKER);
    wijziging.accept(gebruiker);
    return bewaard(actor, gebruiker, wat);
  }

  private GebruikerGegevens bewaard(Actor actor, Gebruiker gebruiker, String wat) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new GelijktijdigGewijzigd(DEZE_GEBRUIKER);
    }
    LOG.info(
        () ->
            "Gebruiker "
                + gebruiker.getGebruikersnaam()
                + " "
                + wat
                + " door "
                + actor.gebruikersnaam());
    return GebruikerGegevens.van(gebruiker);
  }

  private boolean isZelf(Actor actor, Gebruiker gebruiker) {
    return gebruiker.getGebruikersnaam().equals(actor.gebruikersnaam());
  }

  private Organisatie organisatie(Long id) {
    Organisatie organisatie = id == null ? null : em.find(Organisatie.class, id);
    if (organisatie == null) {
      throw new NietGevonden("De gekozen organisatie");
    }
    return organisatie;
  }

  private Gebruiker vind(long id) {
    Gebruiker gebruiker = em.find(Gebruiker.class, id);
    if (gebruiker == null) {
      throw new NietGevonden(DEZE_GEBRUIKER);
    }
    return gebruiker;
  }
}
