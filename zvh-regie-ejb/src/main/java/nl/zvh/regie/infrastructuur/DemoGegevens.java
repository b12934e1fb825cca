package nl.zvh.regie.infrastructuur;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import nl.zvh.regie.beveiliging.Wachtwoorden;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo mode ({@code ZVH_DEMO=true}; off by default): fills an empty database with partner
 * organisations and one user per role, so the portal can be tried at once. It never touches a
 * database that already has organisations.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigratie")
public class DemoGegevens {

  /** The password of every demo account (listed in the README). */
  public static final String DEMO_WACHTWOORD = "ZvhDemo-2026!";

  private static final Logger LOG = Logger.getLogger(DemoGegevens.class.getName());
  private static final LocalDate CONVENANT = LocalDate.of(2025, 3, 1);

  @Inject
  @ConfigProperty(name = "zvh.demo", defaultValue = "false")
  private boolean demo;

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Wachtwoorden wachtwoorden;

  @PostConstruct
  void laad() {
    if (!demo) {
      return;
    }
    if (!em.createNamedQuery("Organisatie.findAll", Organisatie.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty()) {
      LOG.info("Demomodus: de database heeft al gegevens; er wordt niets geladen.");
      return;
    }
    Organisatie zvh =
        organisatie("Zorg- en Veiligheidshuis Noord-Holland Noord", OrganisatieType.ZVH);
    Organisatie politie = organisatie("Politie Eenheid Noord-Holland", OrganisatieType.POLITIE);
    organisatie("Openbaar Ministerie Noord-Holland", OrganisatieType.OPENBAAR_MINISTERIE);
    organisatie("Reclassering Nederland", OrganisatieType.RECLASSERING);
    organisatie("Gemeente Alkmaar", OrganisatieType.GEMEENTE);
    Organisatie ggz = organisatie("GGZ Noord-Holland-Noord", OrganisatieType.GGZ);
    organisatie("Zorgaanbieder Het Baken", OrganisatieType.ZORGAANBIEDER);
    organisatie("Veilig Thuis Noord-Holland Noord", OrganisatieType.VEILIG_THUIS);

    String hash = wachtwoorden.hash(DEMO_WACHTWOORD);
    for (Gebruiker gebruiker :
        List.of(
            new Gebruiker(
                "partner.politie",
                "Petra de Politie",
                "partner.politie@example.nl",
                Rol.KETENPARTNER,
                politie,
                hash),
            new Gebruiker(
                "partner.ggz",
                "Gijs van de GGZ",
                "partner.ggz@example.nl",
                Rol.KETENPARTNER,
                ggz,
                hash),
            new Gebruiker(
                "regisseur",
                "Rita Regisseur",
                "regisseur@example.nl",
                Rol.PROCESREGISSEUR,
                zvh,
                hash),
            new Gebruiker("manager", "Mark Manager", "manager@example.nl", Rol.MANAGER, zvh, hash),
            new Gebruiker(
                "privacy", "Paula Privacy", "privacy@example.nl", Rol.PRIVACY_OFFICER, zvh, hash),
            new Gebruiker(
                "beheerder", "Bram Beheerder", "beheerder@example.nl", Rol.BEHEERDER, zvh, hash))) {
      em.persist(gebruiker);
    }
    LOG.info("Demomodus: demo-organisaties en een gebruiker per rol aangemaakt.");
  }

  private Organisatie organisatie(String naam, OrganisatieType type) {
    Organisatie organisatie = new Organisatie(naam, type, CONVENANT, null);
    em.persist(organisatie);
    return organisatie;
  }
}
