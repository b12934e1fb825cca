package nl.zvh.regie.bericht;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.zvh.domain.model.bericht.Bericht;
import nl.zvh.domain.model.bericht.Berichtlezing;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import nl.zvh.domain.testdata.Voorbeeldcasussen;
import nl.zvh.domain.testdatabase.TestDatabase;
import nl.zvh.privacy.Actor;
import nl.zvh.regie.gedeeld.GedeeldeTestdatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The thread on each database: messages with a correction are stored, the unread count of the menu
 * (one query for all cases) follows how far each user read and who may read the thread today, and
 * the thread goes with its case at destruction.
 */
class BerichtentellerTest {

  private static final OffsetDateTime NU =
      OffsetDateTime.of(2045, 3, 4, 10, 0, 0, 0, ZoneOffset.ofHours(1));
  private static final LocalDate VANDAAG = NU.toLocalDate();

  @ParameterizedTest
  @EnumSource(TestDatabase.Soort.class)
  void unreadMessagesAreCountedPerCaseForWhoMayReadTheThreadToday(TestDatabase.Soort soort) {
    TestDatabase database = GedeeldeTestdatabase.van(soort);
    String s = soort.name().toLowerCase();
    Map<String, Object> feiten =
        database.inTransactie(
            "zvh",
            em -> {
              Organisatie politie = Voorbeeldcasussen.politie("Politie Berichten " + s);
              Organisatie ggz =
                  new Organisatie(
                      "GGZ Berichten " + s, OrganisatieType.GGZ, LocalDate.of(2025, 3, 1), null);
              Organisatie zvh =
                  new Organisatie(
                      "ZVH Berichten " + s, OrganisatieType.ZVH, LocalDate.of(2025, 3, 1), null);
              em.persist(politie);
              em.persist(ggz);
              em.persist(zvh);
              Gebruiker agent = gebruiker("b.agent." + s, Rol.KETENPARTNER, politie);
              Gebruiker arts = gebruiker("b.arts." + s, Rol.KETENPARTNER, ggz);
              Gebruiker regisseur = gebruiker("b.regie." + s, Rol.PROCESREGISSEUR, zvh);
              List.of(agent, arts, regisseur).forEach(em::persist);
              Casus casus =
                  Voorbeeldcasussen.ingediend(
                      politie, ggz, "ZVH-2045-00000" + (soort.ordinal() + 1), NU.minusDays(10));
              if (!casus.neemtDeel(politie.getId(), VANDAAG.minusDays(5))) {
                casus.laatDeelnemen(politie, VANDAAG.minusDays(5));
              }
              casus.laatDeelnemen(ggz, VANDAAG.minusDays(5));
              em.persist(casus);
              Bericht een = new Bericht(casus, agent, "Een", null, NU.minusDays(2));
              em.persist(een);
              em.persist(new Bericht(casus, agent, "Correctie op een", een, NU.minusDays(2)));
              Bericht drie = new Bericht(casus, regisseur, "Drie", null, NU.minusDays(1));
              em.persist(drie);
              em.persist(new Bericht(casus, arts, "Vier", null, NU.minusDays(1)));
              em.flush();
              Berichtlezing lezing = new Berichtlezing(arts, casus, NU);
              lezing.gelezenTot(drie, NU);
              em.persist(lezing);
              casus.beeindigDeelname(politie.getId(), VANDAAG.minusDays(1));
              em.flush();
              return Map.of(
                  "casus", casus.getId(),
                  "politie", politie.getId(),
                  "ggz", ggz.getId(),
                  "zvh", zvh.getId());
            });
    long casusId = (Long) feiten.get("casus");

    database.inTransactie(
        "zvh",
        em -> {
          Actor arts = new Actor("b.arts." + s, Rol.KETENPARTNER, (Long) feiten.get("ggz"), "GGZ");
          assertEquals(List.of(), Berichtenteller.tel(em, arts, VANDAAG), "read up to her own");
          Actor agent =
              new Actor("b.agent." + s, Rol.KETENPARTNER, (Long) feiten.get("politie"), "Politie");
          assertEquals(
              List.of(), Berichtenteller.tel(em, agent, VANDAAG), "politie left yesterday");
          List<Ongelezen.Casus> toenNog = Berichtenteller.tel(em, agent, VANDAAG.minusDays(2));
          assertEquals(1, toenNog.size());
          assertEquals(2, toenNog.get(0).aantal(), "the messages of others: drie and vier");
          Actor regisseur =
              new Actor("b.regie." + s, Rol.PROCESREGISSEUR, (Long) feiten.get("zvh"), "ZVH");
          Ongelezen.Casus voorRegie =
              Berichtenteller.tel(em, regisseur, VANDAAG).stream()
                  .filter(c -> c.casusId() == casusId)
                  .findFirst()
                  .orElseThrow();
          assertEquals(3, voorRegie.aantal(), "een, the correction and vier; drie is his own");
          assertEquals(NU.minusDays(1).toInstant(), voorRegie.laatste().toInstant());
          Actor manager = new Actor("b.manager", Rol.MANAGER, (Long) feiten.get("zvh"), "ZVH");
          assertEquals(List.of(), Berichtenteller.tel(em, manager, VANDAAG));
          return null;
        });

    database.inTransactie(
        "zvh",
        em -> {
          em.createNamedQuery("Berichtlezing.vanCasusVerwijderen")
              .setParameter("casusId", casusId)
              .executeUpdate();
          em.createNamedQuery("Bericht.vanCasusVerwijderen")
              .setParameter("casusId", casusId)
              .executeUpdate();
          return null;
        });
    database.inTransactie(
        "zvh",
        em -> {
          assertTrue(
              em.createNamedQuery("Bericht.vanCasus", Bericht.class)
                  .setParameter("casusId", casusId)
                  .getResultList()
                  .isEmpty());
          return null;
        });
  }

  private static Gebruiker gebruiker(String naam, Rol rol, Organisatie organisatie) {
    return new Gebruiker(naam, naam, naam + "@example.org", rol, organisatie, "h");
  }
}
