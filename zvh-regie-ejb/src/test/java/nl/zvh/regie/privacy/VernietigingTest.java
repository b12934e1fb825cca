package nl.zvh.regie.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.testdata.Voorbeeldcasussen;
import nl.zvh.domain.testdatabase.TestDatabase;
import nl.zvh.regie.gedeeld.Batchhints;
import nl.zvh.regie.gedeeld.GedeeldeTestdatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Retention on each database: the closed cases, each with the day it was closed (retention runs
 * from there), its status history loaded in one batch; a case still open is not among them.
 */
class VernietigingTest {

  private static final OffsetDateTime NU =
      OffsetDateTime.of(2044, 3, 4, 10, 0, 0, 0, ZoneOffset.ofHours(1));

  @ParameterizedTest
  @EnumSource(TestDatabase.Soort.class)
  void aClosedCaseIsFoundWithItsClosingDay(TestDatabase.Soort soort) {
    TestDatabase database = GedeeldeTestdatabase.van(soort);
    List<Long> ids =
        database.inTransactie(
            "zvh",
            em -> {
              Organisatie politie = Voorbeeldcasussen.politie("Politie Vernietiging");
              em.persist(politie);
              Casus afgesloten =
                  Voorbeeldcasussen.ingediend(politie, politie, "ZVH-2044-000001", NU.minusDays(9));
              Voorbeeldcasussen.nietVoorZvh(afgesloten, NU.minusDays(5));
              afgesloten.sluitAf("Advies gegeven.", "regisseur", NU);
              Casus open =
                  Voorbeeldcasussen.ingediend(politie, politie, "ZVH-2044-000002", NU.minusDays(9));
              Voorbeeldcasussen.nietVoorZvh(open, NU.minusDays(5));
              em.persist(afgesloten);
              em.persist(open);
              em.flush();
              return List.of(afgesloten.getId(), open.getId());
            });

    database.inTransactie(
        "zvh",
        em -> {
          TypedQuery<Casus> query = Vernietiging.afgeslotenCasussen(em);
          assertEquals(1, Batchhints.aantal(query));
          List<Casus> afgesloten = query.getResultList();
          Casus casus =
              afgesloten.stream()
                  .filter(c -> c.getId().equals(ids.get(0)))
                  .findFirst()
                  .orElseThrow();
          assertEquals(NU.toLocalDate(), Vernietiging.afgeslotenOp(casus));
          assertFalse(afgesloten.stream().anyMatch(c -> c.getId().equals(ids.get(1))), "open");
          return null;
        });
  }
}
