package nl.zvh.regie.werklijst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import nl.zvh.domain.model.overleg.Overleg;
import nl.zvh.domain.model.overleg.Overlegmoment;
import nl.zvh.domain.model.plan.Actiepunt;
import nl.zvh.domain.model.plan.Actiepuntstatus;
import nl.zvh.domain.model.plan.PlanVanAanpak;
import nl.zvh.domain.testdata.Voorbeeldcasussen;
import nl.zvh.domain.testdatabase.TestDatabase;
import nl.zvh.regie.casus.Deelnamestand;
import nl.zvh.regie.casus.Deelnamestanden;
import nl.zvh.regie.casus.Deelnemersrol;
import nl.zvh.regie.gedeeld.Batchhints;
import nl.zvh.regie.gedeeld.GedeeldeTestdatabase;
import nl.zvh.regie.werklijst.Actiepuntenlijst.Reikwijdte;
import nl.zvh.regie.werklijst.Actiepuntvraag.Sortering;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A partner's work lists on each database: the actiepunten of the organisation or assigned to the
 * user, only established ones, only in cases the organisation takes part in that day; filtered,
 * ordered and paged in the database. And where each case stands for a partner (role, next overleg,
 * open actiepunten) in three queries for a page.
 */
class ActiepuntenlijstTest {

  private static final OffsetDateTime NU =
      OffsetDateTime.of(2042, 3, 4, 10, 0, 0, 0, ZoneOffset.ofHours(1));
  private static final LocalDate VANDAAG = NU.toLocalDate();
  private static final LocalDate EERDER = VANDAAG.minusDays(20);

  private record Gegevens(
      long politie,
      long ggz,
      long eersteCasus,
      long tweedeCasus,
      long ggzOpen,
      long ggzTeLaat,
      long ggzGereed,
      long politieOpen,
      long politieTweede,
      long ggzVertrokken) {}

  @ParameterizedTest
  @EnumSource(TestDatabase.Soort.class)
  void theActiepuntenOfTheOrganisationOrTheUserInTheCasesItTakesPartInToday(
      TestDatabase.Soort soort) {
    TestDatabase database = GedeeldeTestdatabase.van(soort);
    Gegevens g = database.inTransactie("zvh", ActiepuntenlijstTest::maakGegevens);

    database.inTransactie(
        "zvh",
        em -> {
          Actiepuntenlijst lijst = new Actiepuntenlijst(em);
          Reikwijdte ggz = new Reikwijdte(g.ggz(), "w.arts", VANDAAG);
          TypedQuery<Actiepunt> alle = lijst.zoek(ggz, vraag(null, null, null, true));
          assertEquals(5, Batchhints.aantal(alle));
          List<Actiepunt> punten = alle.getResultList();
          for (Actiepunt a : punten) {
            a.getPlan().getCasus().getBetrokkenen().size();
            a.getEigenaar().getNaam();
          }
          assertEquals(
              List.of(g.ggzTeLaat(), g.ggzOpen(), g.ggzGereed()),
              punten.stream().map(Actiepunt::getId).toList(),
              "earliest due first; not the police's, not the concept, not the case it left");
          assertEquals(3, lijst.tel(ggz, vraag(null, null, null, true)));
          assertEquals(
              List.of(g.ggzTeLaat(), g.ggzOpen()),
              ids(lijst.zoek(ggz, vraag(Actiepuntfilter.OPEN, null, null, true))));
          assertEquals(
              List.of(g.ggzTeLaat()),
              ids(lijst.zoek(ggz, vraag(Actiepuntfilter.TE_LAAT, null, null, true))));
          assertEquals(1, lijst.tel(ggz, vraag(Actiepuntfilter.TE_LAAT, null, null, true)));
          assertEquals(
              List.of(g.ggzGereed()),
              ids(lijst.zoek(ggz, vraag(Actiepuntfilter.GEREED, null, null, true))));
          assertEquals(0, lijst.tel(ggz, vraag(Actiepuntfilter.LUKT_NIET, null, null, true)));
          assertEquals(
              List.of(g.ggzOpen()),
              ids(lijst.zoek(ggz, vraag(null, Toewijzing.MIJ, null, true))),
              "only the one assigned to the user");
          assertEquals(3, lijst.tel(ggz, vraag(null, Toewijzing.ORGANISATIE, null, true)));
          assertEquals(
              List.of(g.ggzGereed(), g.ggzTeLaat(), g.ggzOpen()),
              ids(lijst.zoek(ggz, vraag(null, null, Sortering.STATUS, true))),
              "GEREED, IN_UITVOERING, OPEN");
          assertEquals(
              List.of(g.ggzOpen()),
              ids(lijst.zoek(ggz, new Actiepuntvraag(null, null, Sortering.DEADLINE, false, 1, 1))),
              "the second page of one row, latest due first");
          assertEquals(
              List.of(g.ggzTeLaat(), g.ggzVertrokken(), g.ggzOpen(), g.ggzGereed()),
              ids(
                  lijst.zoek(
                      new Reikwijdte(g.ggz(), "w.arts", VANDAAG.minusDays(1)),
                      vraag(null, null, null, true))),
              "the day before, it still took part in the second case and saw its actiepunt there");

          Reikwijdte politie = new Reikwijdte(g.politie(), "w.agent", VANDAAG);
          assertEquals(
              List.of(g.politieOpen(), g.politieTweede()),
              ids(lijst.zoek(politie, vraag(null, null, Sortering.CASUS, true))),
              "by case number");
          assertEquals(
              List.of(g.politieTweede(), g.politieOpen()),
              ids(lijst.zoek(politie, vraag(null, null, Sortering.CASUS, false))));
          assertEquals(
              0,
              lijst.tel(
                  new Reikwijdte(g.politie(), "w.agent", VANDAAG.minusYears(1)),
                  vraag(null, null, null, true)),
              "before the police took part in any case");
          return null;
        });

    database.inTransactie(
        "zvh",
        em -> {
          Deelnamestanden standen = new Deelnamestanden(em);
          List<Long> casussen = List.of(g.eersteCasus(), g.tweedeCasus());
          Map<Long, Deelnamestand> arts = standen.van(casussen, g.ggz(), "w.arts", VANDAAG);
          Deelnamestand eerste = arts.get(g.eersteCasus());
          assertEquals(Deelnemersrol.CASUSREGISSEUR_ZELF, eerste.rol());
          assertEquals(VANDAAG.plusDays(3), eerste.overlegDatum(), "the next, not the later one");
          assertEquals(LocalTime.of(9, 30), eerste.overlegBegin());
          assertEquals(2, eerste.openActiepunten());
          assertEquals(1, eerste.teLaatActiepunten());
          assertEquals(
              Deelnemersrol.CASUSREGISSEUR,
              standen.van(casussen, g.ggz(), "w.collega", VANDAAG).get(g.eersteCasus()).rol(),
              "a colleague of the casusregisseur");
          Map<Long, Deelnamestand> agent = standen.van(casussen, g.politie(), "w.agent", VANDAAG);
          assertEquals(
              Deelnemersrol.DEELNEMER,
              agent.get(g.eersteCasus()).rol(),
              "appointed in the concept only: not yet the case's casusregisseur");
          assertEquals(1, agent.get(g.eersteCasus()).openActiepunten());
          assertEquals(0, agent.get(g.eersteCasus()).teLaatActiepunten());
          Deelnamestand tweede = agent.get(g.tweedeCasus());
          assertEquals(Deelnemersrol.CASUSREGISSEUR_ZELF, tweede.rol());
          assertEquals(null, tweede.overlegDatum());
          assertEquals(1, tweede.openActiepunten());
          assertTrue(standen.van(List.of(), g.ggz(), "w.arts", VANDAAG).isEmpty());
          return null;
        });
  }

  private static Gegevens maakGegevens(EntityManager em) {
    Organisatie politie = Voorbeeldcasussen.politie("Politie Werklijst");
    Organisatie ggz =
        new Organisatie("GGZ Werklijst", OrganisatieType.GGZ, EERDER.minusYears(1), null);
    Organisatie zvh =
        new Organisatie("ZVH Werklijst", OrganisatieType.ZVH, EERDER.minusYears(1), null);
    em.persist(politie);
    em.persist(ggz);
    em.persist(zvh);
    Gebruiker arts = gebruiker(em, "w.arts", Rol.KETENPARTNER, ggz);
    gebruiker(em, "w.collega", Rol.KETENPARTNER, ggz);
    Gebruiker agent = gebruiker(em, "w.agent", Rol.KETENPARTNER, politie);
    Gebruiker regisseur = gebruiker(em, "w.regisseur", Rol.PROCESREGISSEUR, zvh);

    Casus eerste = Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2047-000001", NU.minusDays(30));
    Voorbeeldcasussen.opgepaktVoorIco(eerste, NU.minusDays(25));
    eerste.laatDeelnemen(ggz, EERDER);
    Casus tweede = Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2047-000002", NU.minusDays(30));
    Voorbeeldcasussen.opgepaktVoorIco(tweede, NU.minusDays(25));
    tweede.laatDeelnemen(ggz, EERDER);
    em.persist(eerste);
    em.persist(tweede);
    em.flush();

    PlanVanAanpak plan = new PlanVanAanpak(eerste);
    plan.voegDoelToe("In zorg");
    Actiepunt ggzOpen =
        plan.voegActiepuntToe("Intake plannen", ggz, arts, VANDAAG.plusDays(5), EERDER);
    Actiepunt ggzTeLaat =
        plan.voegActiepuntToe("Huisarts bellen", ggz, null, VANDAAG.minusDays(2), EERDER);
    Actiepunt ggzGereed =
        plan.voegActiepuntToe("Dossier opvragen", ggz, null, VANDAAG.plusDays(10), EERDER);
    Actiepunt politieOpen =
        plan.voegActiepuntToe("Huisbezoek", politie, agent, VANDAAG.plusDays(7), EERDER);
    plan.stelCasusregisseurAan(arts, "w.regisseur", NU.minusDays(20));
    plan.stelVast(1, "w.regisseur", NU.minusDays(20));
    plan.wijzigActiepunt(
        ggzGereed.getNummer(),
        "Dossier opvragen",
        ggz,
        null,
        VANDAAG.plusDays(10),
        Actiepuntstatus.GEREED,
        EERDER);
    plan.wijzigActiepunt(
        ggzTeLaat.getNummer(),
        "Huisarts bellen",
        ggz,
        null,
        VANDAAG.minusDays(2),
        Actiepuntstatus.IN_UITVOERING,
        EERDER);
    plan.stelVast(2, "w.regisseur", NU.minusDays(10));
    // After the last version: a concept actiepunt and a concept casusregisseur count for nothing.
    plan.voegActiepuntToe("Nog in concept", ggz, arts, VANDAAG.plusDays(3), VANDAAG);
    plan.stelCasusregisseurAan(agent, "w.regisseur", NU.minusDays(1));
    em.persist(plan);

    PlanVanAanpak ander = new PlanVanAanpak(tweede);
    ander.voegDoelToe("Rust in de buurt");
    Actiepunt politieTweede =
        ander.voegActiepuntToe("Buurtonderzoek", politie, null, VANDAAG.plusDays(1), EERDER);
    Actiepunt ggzVertrokken =
        ander.voegActiepuntToe("Oud actiepunt GGZ", ggz, arts, VANDAAG.plusDays(1), EERDER);
    ander.stelCasusregisseurAan(agent, "w.regisseur", NU.minusDays(20));
    ander.stelVast(1, "w.regisseur", NU.minusDays(20));
    em.persist(ander);
    // The GGZ leaves the second case: its actiepunt there is out of its list from tomorrow.
    tweede.beeindigDeelname(ggz.getId(), VANDAAG.minusDays(1));

    for (int dagen : List.of(10, 3)) {
      Overleg overleg =
          new Overleg(
              eerste,
              dagen,
              new Overlegmoment(
                  VANDAAG.plusDays(dagen), LocalTime.of(9, 30), LocalTime.of(11, 0), "Zaal", null),
              regisseur,
              "Voortgang",
              "w.regisseur",
              NU);
      em.persist(overleg);
    }
    em.flush();
    return new Gegevens(
        politie.getId(),
        ggz.getId(),
        eerste.getId(),
        tweede.getId(),
        ggzOpen.getId(),
        ggzTeLaat.getId(),
        ggzGereed.getId(),
        politieOpen.getId(),
        politieTweede.getId(),
        ggzVertrokken.getId());
  }

  private static Gebruiker gebruiker(EntityManager em, String naam, Rol rol, Organisatie org) {
    Gebruiker gebruiker = new Gebruiker(naam, naam, naam + "@example.nl", rol, org, "h");
    em.persist(gebruiker);
    return gebruiker;
  }

  private static Actiepuntvraag vraag(
      Actiepuntfilter filter, Toewijzing toewijzing, Sortering sortering, boolean oplopend) {
    return new Actiepuntvraag(filter, toewijzing, sortering, oplopend, 0, 50);
  }

  private static List<Long> ids(TypedQuery<Actiepunt> query) {
    return query.getResultStream().map(Actiepunt::getId).toList();
  }
}
