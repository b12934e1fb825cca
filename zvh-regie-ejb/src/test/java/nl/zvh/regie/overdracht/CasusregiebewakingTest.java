package nl.zvh.regie.overdracht;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import nl.zvh.domain.model.plan.PlanVanAanpak;
import nl.zvh.domain.testdata.Voorbeeldcasussen;
import nl.zvh.domain.testdatabase.TestDatabase;
import nl.zvh.regie.gedeeld.GedeeldeTestdatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * "Casusregisseur nodig" is derived on each database: a case in uitvoering is counted while the
 * casusregisseur of its last established plan has an inactive account or its organisation no longer
 * takes part, and not once a successor is appointed.
 */
class CasusregiebewakingTest {

  private static final OffsetDateTime NU =
      OffsetDateTime.of(2044, 5, 9, 10, 0, 0, 0, ZoneOffset.ofHours(2));
  private static final LocalDate VANDAAG = NU.toLocalDate();

  @ParameterizedTest
  @EnumSource(TestDatabase.Soort.class)
  void aCaseNeedsACasusregisseurWhileTheCurrentOneIsGone(TestDatabase.Soort soort) {
    TestDatabase database = GedeeldeTestdatabase.van(soort);
    long voor =
        database.<Long>inTransactie(
            "zvh", em -> Casusregiebewaking.aantal(em, VANDAAG).getSingleResult());
    String s = soort.name().toLowerCase();
    List<Long> ids =
        database.<List<Long>>inTransactie(
            "zvh",
            em -> {
              Organisatie politie = Voorbeeldcasussen.politie("Politie Regiebewaking " + s);
              Organisatie ggz =
                  new Organisatie(
                      "GGZ Regiebewaking " + s, OrganisatieType.GGZ, VANDAAG.minusYears(1), null);
              em.persist(politie);
              em.persist(ggz);
              Gebruiker arts = partner(em, "arts.bewaking." + s, ggz);
              Gebruiker agent = partner(em, "agent.bewaking." + s, politie);
              Casus casus =
                  Voorbeeldcasussen.ingediend(
                      politie, politie, "ZVH-2045-00000" + (s.length() % 10), NU.minusDays(9));
              Voorbeeldcasussen.opgepaktVoorIco(casus, NU.minusDays(2));
              casus.laatDeelnemen(ggz, VANDAAG.minusDays(2));
              em.persist(casus);
              PlanVanAanpak plan = new PlanVanAanpak(casus);
              plan.voegDoelToe("Rust");
              plan.voegActiepuntToe(
                  "Huisbezoek", politie, agent, VANDAAG.plusDays(7), VANDAAG.minusDays(1));
              plan.stelCasusregisseurAan(arts, "rita", NU.minusDays(1));
              plan.stelVast(1, "rita", NU.minusDays(1)).orElseThrow();
              casus.startUitvoering("rita", NU.minusDays(1));
              em.persist(plan);
              em.flush();
              return List.of(casus.getId(), arts.getId(), agent.getId());
            });
    long casusId = ids.get(0);

    assertEquals(voor, tel(database), "a working casusregisseur: nothing needed");
    assertEquals(
        Long.valueOf(1),
        database.<Long>inTransactie(
            "zvh", em -> Casusregiebewaking.aantalPerRegisseur(em).get(ids.get(1))));

    database.<Object>inTransactie(
        "zvh",
        em -> {
          em.find(Gebruiker.class, ids.get(1)).deactiveer();
          return null;
        });
    assertEquals(voor + 1, tel(database));
    assertEquals(Boolean.FALSE, rij(database, casusId)[1], "the account is the reason");

    database.<Object>inTransactie(
        "zvh",
        em -> {
          em.find(Gebruiker.class, ids.get(1)).activeer();
          return null;
        });
    database.<Object>inTransactie(
        "zvh",
        em -> {
          Casus casus = em.find(Casus.class, casusId);
          Organisatie ggz = em.find(Gebruiker.class, ids.get(1)).getOrganisatie();
          casus.beeindigDeelname(ggz.getId(), VANDAAG.minusDays(1));
          return null;
        });
    assertEquals(voor + 1, tel(database), "its organisation no longer takes part");
    assertEquals(Boolean.TRUE, rij(database, casusId)[1]);

    database.<Object>inTransactie(
        "zvh",
        em -> {
          PlanVanAanpak plan =
              em.createNamedQuery("PlanVanAanpak.vanCasus", PlanVanAanpak.class)
                  .setParameter("casusId", casusId)
                  .getSingleResult();
          plan.draagCasusregieOver(em.find(Gebruiker.class, ids.get(2)), "rita", NU);
          return null;
        });
    assertEquals(voor, tel(database), "a successor is appointed");
  }

  private static long tel(TestDatabase database) {
    return database.inTransactie(
        "zvh", em -> Casusregiebewaking.aantal(em, VANDAAG).getSingleResult());
  }

  private static Object[] rij(TestDatabase database, long casusId) {
    return database.inTransactie(
        "zvh",
        em ->
            Casusregiebewaking.nodig(em, VANDAAG)
                .getResultStream()
                .filter(r -> ((Casus) r[0]).getId() == casusId)
                .findFirst()
                .orElseThrow());
  }

  private static Gebruiker partner(EntityManager em, String naam, Organisatie organisatie) {
    Gebruiker g =
        new Gebruiker(naam, naam, naam + "@example.org", Rol.KETENPARTNER, organisatie, "x");
    em.persist(g);
    return g;
  }
}
