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
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.testdata.Voorbeeldcasussen;
import nl.zvh.domain.testdatabase.TestDatabase;
import nl.zvh.regie.casus.Casuslijst.Reikwijdte;
import nl.zvh.regie.casus.Casuszoekvraag.Sortering;
import nl.zvh.regie.gedeeld.Batchhints;
import nl.zvh.regie.gedeeld.GedeeldeTestdatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The case list on each database: a procesregisseur's holds every numbered case, a partner's the
 * cases its organisation takes part in that day; filtered, ordered and paged in the database, and
 * what the list shows comes along in batches.
 */
class CasuslijstTest {

  private static final OffsetDateTime NU =
      OffsetDateTime.of(2041, 3, 4, 10, 0, 0, 0, ZoneOffset.ofHours(1));
  private static final LocalDate VANDAAG = NU.toLocalDate();

  private record Gegevens(long politie, long ggz, long ingediend, long concept, long tweede) {}

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
              Casus tweede = Voorbeeldcasussen.ingediend(ggz, politie, "ZVH-2041-000002", NU);
              Casus concept = new Casus(politie, "agent", NU);
              em.persist(ingediend);
              em.persist(tweede);
              em.persist(concept);
              em.flush();
              return new Gegevens(
                  politie.getId(), ggz.getId(), ingediend.getId(), concept.getId(), tweede.getId());
            });

    database.inTransactie(
        "zvh",
        em -> {
          Casuslijst lijst = new Casuslijst(em);
          Casuszoekvraag alles = vraag("ZVH-2041", null, Sortering.NUMMER, false);
          TypedQuery<Casus> genummerd = lijst.zoek(Reikwijdte.alle(), alles);
          assertEquals(4, Batchhints.aantal(genummerd));
          List<Casus> alle = genummerd.getResultList();
          // The relations the hints load, as the list shows them.
          for (Casus c : alle) {
            c.getAanmeldendeOrganisatie().getNaam();
            c.getDeelnames().forEach(d -> d.getOrganisatie().getNaam());
            c.getBetrokkenen().size();
          }
          List<Long> ids = alle.stream().map(Casus::getId).toList();
          assertEquals(List.of(gegevens.tweede(), gegevens.ingediend()), ids, "newest first");
          assertFalse(ids.contains(gegevens.concept()), "a concept is the referrer's alone");
          assertEquals(2, lijst.tel(Reikwijdte.alle(), alles));

          Reikwijdte ggzVandaag = Reikwijdte.deelnemer(gegevens.ggz(), VANDAAG);
          Reikwijdte ggzMorgen = Reikwijdte.deelnemer(gegevens.ggz(), VANDAAG.plusDays(1));
          assertEquals(4, Batchhints.aantal(lijst.zoek(ggzVandaag, alles)));
          assertEquals(
              List.of(gegevens.tweede(), gegevens.ingediend()), ids(lijst.zoek(ggzMorgen, alles)));
          assertEquals(
              List.of(gegevens.tweede()),
              ids(lijst.zoek(ggzVandaag, alles)),
              "not yet taking part in the first");
          assertEquals(1, lijst.tel(ggzVandaag, alles));
          assertEquals(
              List.of(gegevens.ingediend()),
              ids(lijst.zoek(Reikwijdte.deelnemer(gegevens.politie(), VANDAAG), alles)),
              "the referrer's own concept is not in the list");
          return null;
        });

    database.inTransactie(
        "zvh",
        em -> {
          Casuslijst lijst = new Casuslijst(em);
          Reikwijdte alle = Reikwijdte.alle();
          assertEquals(
              List.of(gegevens.ingediend()),
              ids(lijst.zoek(alle, vraag("2041-000001", null, Sortering.NUMMER, true))),
              "a part of the number, in any case");
          assertEquals(
              List.of(gegevens.ingediend()),
              ids(lijst.zoek(alle, vraag("zvh-2041-000001", null, Sortering.NUMMER, true))),
              "lower case finds the number");
          assertTrue(
              ids(lijst.zoek(alle, vraag("ZVH-2041-%", null, Sortering.NUMMER, true)))
                  .containsAll(List.of(gegevens.ingediend(), gegevens.tweede())),
              "a % in the text is no wildcard of the user's");
          assertEquals(
              List.of(),
              ids(
                  lijst.zoek(
                      alle, vraag("ZVH-2041", CasusStatus.AFGESLOTEN, Sortering.NUMMER, true))));
          assertEquals(
              2, lijst.tel(alle, vraag("ZVH-2041", CasusStatus.AANGEMELD, Sortering.NUMMER, true)));
          assertEquals(
              List.of(gegevens.tweede(), gegevens.ingediend()),
              ids(lijst.zoek(alle, vraag("ZVH-2041", null, Sortering.AANMELDER, true))),
              "GGZ before Politie");
          Casuszoekvraag tweedePagina =
              new Casuszoekvraag("ZVH-2041", null, Sortering.NUMMER, true, 1, 1);
          assertEquals(List.of(gegevens.tweede()), ids(lijst.zoek(alle, tweedePagina)));
          assertEquals(2, lijst.tel(alle, tweedePagina), "the count is of all pages");
          return null;
        });
  }

  private static Casuszoekvraag vraag(
      String nummer, CasusStatus status, Sortering sortering, boolean oplopend) {
    return new Casuszoekvraag(nummer, status, sortering, oplopend, 0, 50);
  }

  private static List<Long> ids(TypedQuery<Casus> query) {
    return query.getResultStream().map(Casus::getId).toList();
  }
}
