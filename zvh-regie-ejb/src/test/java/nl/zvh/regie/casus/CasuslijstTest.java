package nl.zvh.regie.casus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
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
 * The case list on each database: a procesregisseur's holds every numbered case, a partner's the
 * cases its organisation takes part in that day; what the list shows comes along in batches.
 */
class CasuslijstTest {

  private static final OffsetDateTime NU =
      OffsetDateTime.of(2041, 3, 4, 10, 0, 0, 0, ZoneOffset.ofHours(1));
  private static final LocalDate VANDAAG = NU.toLocalDate();

  private record Gegevens(long politie, long ggz, long ingediend, long concept) {}

  @ParameterizedTest
  @EnumSource(TestDatabase.Soort.class)
  void everyNumberedCaseForTheProcesregisseurAndForAPartnerTheCasesItTakesPartIn(
      TestDatabase.Soort soort) {
    TestDatabase database = GedeeldeTestdatabase.van(soort);
    Gegevens gegevens =
        database.inTransactie(
            "zvh",
            em -> {
              Organisatie politie = Voorbeeldcasussen.politie("Politie Casuslijst");
              Organisatie ggz = Voorbeeldcasussen.politie("GGZ Casuslijst");
              em.persist(politie);
              em.persist(ggz);
              Casus ingediend = Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2041-000001", NU);
              ingediend.laatDeelnemen(ggz, VANDAAG.plusDays(1));
              Casus concept = new Casus(politie, "agent", NU);
              em.persist(ingediend);
              em.persist(concept);
              em.flush();
              return new Gegevens(politie.getId(), ggz.getId(), ingediend.getId(), concept.getId());
            });

    database.inTransactie(
        "zvh",
        em -> {
          Casuslijst lijst = new Casuslijst(em);
          TypedQuery<Casus> genummerd = lijst.genummerd();
          assertEquals(4, Batchhints.aantal(genummerd));
          List<Casus> alle = genummerd.getResultList();
          // The relations the hints load, as the list shows them.
          for (Casus c : alle) {
            c.getAanmeldendeOrganisatie().getNaam();
            c.getDeelnames().forEach(d -> d.getOrganisatie().getNaam());
            c.getBetrokkenen().size();
          }
          List<Long> ids = alle.stream().map(Casus::getId).toList();
          assertTrue(ids.contains(gegevens.ingediend()));
          assertFalse(ids.contains(gegevens.concept()), "a concept is the referrer's alone");

          assertEquals(4, Batchhints.aantal(lijst.metDeelnemer(gegevens.ggz(), VANDAAG)));
          assertEquals(
              List.of(gegevens.ingediend()),
              ids(lijst.metDeelnemer(gegevens.ggz(), VANDAAG.plusDays(1))));
          assertEquals(
              List.of(), ids(lijst.metDeelnemer(gegevens.ggz(), VANDAAG)), "not yet taking part");
          assertEquals(
              List.of(gegevens.ingediend()),
              ids(lijst.metDeelnemer(gegevens.politie(), VANDAAG)),
              "the referrer's own concept is not in the list");
          return null;
        });
  }

  private static List<Long> ids(TypedQuery<Casus> query) {
    return query.getResultStream().map(Casus::getId).toList();
  }
}
