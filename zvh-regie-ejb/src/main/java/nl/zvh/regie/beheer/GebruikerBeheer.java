package nl.zvh.regie.beheer;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.privacy.Actor;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;
import nl.zvh.regie.beveiliging.Wachtwoorden;

/**
 * Users of the portal: create, change, (de)activate and set a new password. An administrator can
 * neither deactivate themselves nor take away their own BEHEERDER role, so the portal never loses
 * its last way in by accident.
 */
@Stateless
@RolesAllowed("BEHEERDER")
public class GebruikerBeheer {

  private static final Logger LOG = Logger.getLogger(GebruikerBeheer.class.getName());
  private static final String DEZE_GEBRUIKER = "Deze gebruiker";

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Wachtwoorden wachtwoorden;
  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Invoercontrole invoercontrole;

  public List<GebruikerGegevens> alle() {
    return em.createNamedQuery("Gebruiker.findAll", Gebruiker.class)
        .getResultStream()
        .map(GebruikerGegevens::van)
        .toList();
  }

  public GebruikerGegevens lees(long id) {
    return GebruikerGegevens.van(vind(id));
  }

  public GebruikerGegevens maakAan(
      @NotNull GebruikerGegevens gegevens, @NotNull String wachtwoord) {
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
    return bewaard(gebruiker, "aangemaakt");
  }

  public GebruikerGegevens wijzig(@NotNull GebruikerGegevens gegevens) {
    invoercontrole.controleer(gegevens);
    vereis(!gegevens.isNieuw(), "Deze gebruiker bestaat nog niet.");
    return wijzigGebruiker(
        gegevens.getId(),
        gegevens.getVersie(),
        gebruiker -> {
          vereis(
              !isZelf(gebruiker) || gegevens.getRol() == Rol.BEHEERDER,
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
  public GebruikerGegevens zetActief(long id, long versie, boolean actief) {
    return wijzigGebruiker(
        id,
        versie,
        gebruiker -> {
          vereis(!isZelf(gebruiker) || actief, "U kunt uw eigen account niet deactiveren.");
          if (actief) {
            gebruiker.activeer();
          } else {
            gebruiker.deactiveer();
          }
        },
        actief ? "geactiveerd" : "gedeactiveerd");
  }

  public GebruikerGegevens stelWachtwoordIn(long id, long versie, @NotNull String wachtwoord) {
    String hash = wachtwoorden.hash(wachtwoord);
    return wijzigGebruiker(id, versie, g -> g.wijzigWachtwoordHash(hash), "wachtwoord ingesteld");
  }

  private GebruikerGegevens wijzigGebruiker(
      long id, long versie, Consumer<Gebruiker> wijziging, String wat) {
    Gebruiker gebruiker = vind(id);
    GelijktijdigGewijzigd.controleer(versie, gebruiker.getVersie(), DEZE_GEBRUIKER);
    wijziging.accept(gebruiker);
    return bewaard(gebruiker, wat);
  }

  private GebruikerGegevens bewaard(Gebruiker gebruiker, String wat) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new GelijktijdigGewijzigd(DEZE_GEBRUIKER);
    }
    Actor actor = huidigeGebruiker.vereist();
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

  private boolean isZelf(Gebruiker gebruiker) {
    return gebruiker.getGebruikersnaam().equals(huidigeGebruiker.vereist().gebruikersnaam());
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
