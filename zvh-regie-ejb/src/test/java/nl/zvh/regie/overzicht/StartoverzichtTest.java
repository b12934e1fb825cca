package nl.zvh.regie.overzicht;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.testdata.Voorbeeldcasussen;
import nl.zvh.domain.testdatabase.TestDatabase;
import nl.zvh.regie.gedeeld.GedeeldeTestdatabase;
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

  private static Map<CasusStatus, Long> aantallen(EntityManager em) {
    return Startoverzichtdienst.aantallenPerStatus(em)
        .getResultStream()
        .collect(Collectors.toMap(rij -> (CasusStatus) rij[0], rij -> (Long) rij[1]));
  }
}
