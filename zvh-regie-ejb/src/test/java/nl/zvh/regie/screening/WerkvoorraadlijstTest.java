package nl.zvh.regie.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.testdata.Voorbeeldcasussen;
import nl.zvh.domain.testdatabase.TestDatabase;
import nl.zvh.regie.gedeeld.Batchhints;
import nl.zvh.regie.gedeeld.GedeeldeTestdatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The work queue on each database: the referrals in the asked statuses, the nearest contact
 * deadline first, with what the queue shows and checks loaded in batches.
 */
class WerkvoorraadlijstTest {

  private static final OffsetDateTime NU =
      OffsetDateTime.of(2042, 3, 4, 10, 0, 0, 0, ZoneOffset.ofHours(1));

  @ParameterizedTest
  @EnumSource(TestDatabase.Soort.class)
  void theReferralsInTheStatusesTheNearestContactDeadlineFirst(TestDatabase.Soort soort) {
    TestDatabase database = GedeeldeTestdatabase.van(soort);
    List<Long> ids =
        database.inTransactie(
            "zvh",
            em -> {
              Organisatie politie = Voorbeeldcasussen.politie("Politie Werkvoorraad");
              Organisatie ggz = Voorbeeldcasussen.politie("GGZ Werkvoorraad");
              em.persist(politie);
              em.persist(ggz);
              Casus later = Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2042-000001", NU);
              Casus eerder =
                  Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2042-000002", NU.minusDays(7));
              eerder.stuurUitvraag(
                  List.of(ggz), "Bekend?", "Screening", NU.toLocalDate(), "regisseur", NU);
              Casus concept = new Casus(politie, "agent", NU);
              concept.voegBetrokkeneToe(
                  "Kees", "Concept", LocalDate.of(1970, 1, 1), null, null, NU.toLocalDate());
              em.persist(later);
              em.persist(eerder);
              em.persist(concept);
              em.flush();
              return List.of(eerder.getId(), later.getId(), concept.getId());
            });

    database.inTransactie(
        "zvh",
        em -> {
          TypedQuery<Casus> query =
              new Werkvoorraadlijst(em)
                  .inStatussen(Set.of(CasusStatus.AANGEMELD, CasusStatus.IN_SCREENING));
          assertEquals(7, Batchhints.aantal(query));
          List<Casus> casussen = query.getResultList();
          // The relations the hints load, as the queue shows and checks them.
          for (Casus c : casussen) {
            c.getAanmeldendeOrganisatie().getNaam();
            c.getBetrokkenen().size();
            c.getAanmelding().ontbreekt();
            c.getUitvragen().forEach(u -> u.getAdressen().size());
          }
          assertEquals(
              ids.subList(0, 2),
              casussen.stream().map(Casus::getId).filter(ids::contains).toList(),
              "the earlier deadline on top; no concept");
          return null;
        });
  }
}
