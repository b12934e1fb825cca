package nl.zvh.regie.overzicht;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.triage.Triageoverleg;
import nl.zvh.domain.testdata.Voorbeeldcasussen;
import nl.zvh.domain.testdatabase.TestDatabase;
import nl.zvh.regie.gedeeld.GedeeldeTestdatabase;
import nl.zvh.regie.screening.Uitvraagfilter;
import nl.zvh.regie.screening.Uitvragenlijst;
import nl.zvh.regie.screening.Werkvoorraadfilter;
import nl.zvh.regie.screening.Werkvoorraadlijst;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The start pages' queries on each database: counts per status, a partner's latest referrals. */
class StartoverzichtTest {

  private static final OffsetDateTime NU =
      OffsetDateTime.of(2043, 3, 4, 10, 0, 0, 0, ZoneOffset.ofHours(1));

  @ParameterizedTest
  @EnumSource(TestDatabase.Soort.class)
  void casesAreCountedPerStatusAndAPartnersLatestReferralComesFirst(TestDatabase.Soort soort) {
    TestDatabase database = GedeeldeTestdatabase.van(soort);
    Map<CasusStatus, Long> voor = database.inTransactie("zvh", StartoverzichtTest::aantallen);
    List<Long> ids =
        database.inTransactie(
            "zvh",
            em -> {
              Organisatie politie = Voorbeeldcasussen.politie("Politie Startoverzicht");
              em.persist(politie);
              Casus ouder =
                  Voorbeeldcasussen.ingediend(politie, politie, "ZVH-2043-000001", NU.minusDays(1));
              Casus nieuwer = new Casus(politie, "agent", NU);
              em.persist(ouder);
              em.persist(nieuwer);
              em.flush();
              return List.of(politie.getId(), nieuwer.getId(), ouder.getId());
            });

    Map<CasusStatus, Long> na = database.inTransactie("zvh", StartoverzichtTest::aantallen);
    assertEquals(voor.getOrDefault(CasusStatus.AANGEMELD, 0L) + 1, na.get(CasusStatus.AANGEMELD));
    assertEquals(voor.getOrDefault(CasusStatus.CONCEPT, 0L) + 1, na.get(CasusStatus.CONCEPT));
    assertEquals(
        ids.subList(1, 3),
        database.inTransactie(
            "zvh",
            em ->
                Startoverzichtdienst.recentVan(em, ids.get(0))
                    .getResultStream()
                    .map(Casus::getId)
                    .toList()));
  }

  /**
   * The start pages' counts and the lists they lead to use one condition: each count equals the
   * length of its filtered list, and holds exactly the referrals that need the attention.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.Soort.class)
  void everyCountEqualsTheFilteredListItLeadsTo(TestDatabase.Soort soort) {
    TestDatabase database = GedeeldeTestdatabase.van(soort);
    OffsetDateTime nu = OffsetDateTime.of(2039, 6, 15, 10, 0, 0, 0, ZoneOffset.ofHours(2));
    LocalDate vandaag = nu.toLocalDate();
    List<Long> ids =
        database.inTransactie(
            "zvh",
            em -> {
              Organisatie politie = Voorbeeldcasussen.politie("Politie Tellers");
              Organisatie ggz = Voorbeeldcasussen.politie("GGZ Tellers");
              em.persist(politie);
              em.persist(ggz);
              Casus teLaat =
                  Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2039-000001", nu.minusDays(10));
              Casus gebeld =
                  Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2039-000002", nu.minusDays(10));
              gebeld.legContactVast("Gebeld", "regisseur", nu.minusDays(9));
              Casus uitvraag =
                  Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2039-000003", nu.minusDays(2));
              uitvraag.stuurUitvraag(
                  List.of(ggz),
                  "Bekend?",
                  "Triage",
                  vandaag.minusDays(1),
                  "regisseur",
                  nu.minusDays(2));
              em.persist(teLaat);
              em.persist(gebeld);
              em.persist(uitvraag);
              em.flush();
              return List.of(teLaat.getId(), gebeld.getId(), uitvraag.getId(), ggz.getId());
            });

    database.inTransactie(
        "zvh",
        em -> {
          Werkvoorraadlijst lijst = new Werkvoorraadlijst(em);
          for (Werkvoorraadfilter filter : Werkvoorraadfilter.values()) {
            List<Long> gevonden =
                lijst
                    .inStatussen(Werkvoorraadlijst.IN_BEHANDELING, filter, vandaag)
                    .getResultStream()
                    .map(Casus::getId)
                    .toList();
            assertEquals(
                gevonden.size(),
                lijst.tel(Werkvoorraadlijst.IN_BEHANDELING, filter, vandaag),
                filter + ": the count is the list");
            List<Long> eigen = gevonden.stream().filter(ids.subList(0, 3)::contains).toList();
            assertEquals(
                switch (filter) {
                  case CONTACT, CONTACT_VERLOPEN -> List.of(ids.get(0));
                  case UITVRAAG_VERLOPEN -> List.of(ids.get(2));
                },
                eigen,
                filter.toString());
          }
          Uitvragenlijst uitvragen = new Uitvragenlijst(em);
          assertEquals(1, uitvragen.tel(ids.get(3), Uitvraagfilter.OPEN, vandaag));
          assertEquals(1, uitvragen.tel(ids.get(3), Uitvraagfilter.VERLOPEN, vandaag));
          assertEquals(0, uitvragen.tel(ids.get(3), Uitvraagfilter.VERLOPEN, vandaag.minusDays(1)));
          assertEquals(
              1,
              uitvragen.zoek(ids.get(3), Uitvraagfilter.VERLOPEN, vandaag).getResultList().size());

          LocalDate triage =
              em.find(Casus.class, ids.get(2)).getAanmelding().getTriagedatum().orElseThrow();
          assertEquals(1L, Startoverzichtdienst.opAgenda(em, triage).getSingleResult());
          Triageoverleg overleg = new Triageoverleg(triage);
          overleg.zetOpAgenda(em.find(Casus.class, ids.get(2)));
          em.persist(overleg);
          em.flush();
          assertEquals(
              1L,
              Startoverzichtdienst.opAgenda(em, triage).getSingleResult(),
              "on the agenda once, whether it is filled yet or not");
          return null;
        });
  }

  private static Map<CasusStatus, Long> aantallen(EntityManager em) {
    return Startoverzichtdienst.aantallenPerStatus(em)
        .getResultStream()
        .collect(Collectors.toMap(rij -> (CasusStatus) rij[0], rij -> (Long) rij[1]));
  }
}
