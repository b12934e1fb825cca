package nl.zvh.regie.casus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.gedeeld.Bsn;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import nl.zvh.domain.testdata.Voorbeeldcasussen;
import nl.zvh.domain.testdatabase.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Already known" on a real schema: the same person is found in other cases that are open or ended
 * less than a year ago, by BSN or by name (any case) and date of birth; not in old cases, concepts,
 * or the case itself, and not another person born the same day.
 */
class BekendheidsvergelijkingTest {

  private static final OffsetDateTime NU =
      OffsetDateTime.of(2026, 11, 24, 10, 0, 0, 0, ZoneOffset.ofHours(1));
  private static final LocalDate GEBOREN = LocalDate.of(1980, 1, 1);
  private static final String BSN = "123456782";

  private static TestDatabase database;
  private static Organisatie politie;
  private static int nummer;

  @BeforeAll
  static void start() {
    database = TestDatabase.start(TestDatabase.Soort.H2);
    politie =
        inTransactie(
            em -> {
              Organisatie o =
                  new Organisatie(
                      "Politie Bekend", OrganisatieType.POLITIE, LocalDate.of(2020, 1, 1), null);
              em.persist(o);
              return o;
            });
  }

  @AfterAll
  static void stop() throws Exception {
    database.close();
  }

  @Test
  void theSamePersonIsFoundInOpenAndRecentCasesByBsnOrByNameAndDateOfBirthAndNowhereElse() {
    long eigen = casus("Piet", "Jansen", BSN, CasusStatus.IN_SCREENING, NU.minusDays(1));
    long zelfdeNaam = casus("piet", "JANSEN", null, CasusStatus.IN_SCREENING, NU.minusDays(3));
    long zelfdeBsn =
        casus("P.", "Jansen-de Boer", BSN, CasusStatus.NIET_VOOR_ZVH, NU.minusMonths(2));
    casus("Piet", "Jansen", null, CasusStatus.NIET_VOOR_ZVH, NU.minusMonths(13));
    casus("Piet", "Jansen", null, CasusStatus.CONCEPT, NU.minusDays(2));
    casus("Kees", "Jansen", null, CasusStatus.IN_SCREENING, NU.minusDays(2));

    Map<Long, Boolean> gevonden =
        inTransactie(
            em ->
                new Bekendheidsvergelijking(em)
                    .vergelijk(List.of(em.find(Casus.class, eigen)), NU).get(eigen).stream()
                        .collect(
                            Collectors.toMap(
                                t -> t.ander().getCasus().getId(),
                                Bekendheidsvergelijking.Treffer::opBsn)));

    assertEquals(Map.of(zelfdeNaam, false, zelfdeBsn, true), gevonden);
  }

  /** A case with one betrokkene that reached the status at the moment (a concept has none). */
  private static long casus(
      String voornamen, String achternaam, String bsn, CasusStatus status, OffsetDateTime moment) {
    return inTransactie(
        em -> {
          Casus casus = new Casus(em.merge(politie), "agent", moment.minusDays(5));
          casus.voegBetrokkeneToe(
              voornamen,
              achternaam,
              GEBOREN,
              null,
              bsn == null ? null : new Bsn(bsn),
              NU.toLocalDate());
          Organisatie aanmelder = casus.getAanmeldendeOrganisatie();
          switch (status) {
            case CONCEPT -> {}
            case IN_SCREENING -> {
              Voorbeeldcasussen.dienIn(casus, aanmelder, volgendNummer(), moment.minusDays(1));
              casus.neemInScreening("regisseur", moment);
            }
            case NIET_VOOR_ZVH -> {
              Voorbeeldcasussen.dienIn(casus, aanmelder, volgendNummer(), moment.minusDays(3));
              Voorbeeldcasussen.nietVoorZvh(casus, moment);
            }
            default -> throw new IllegalArgumentException(status.name());
          }
          em.persist(casus);
          em.flush();
          return casus.getId();
        });
  }

  private static String volgendNummer() {
    return String.format("ZVH-2026-%06d", ++nummer);
  }

  private static <T> T inTransactie(Function<EntityManager, T> werk) {
    return database.inTransactie("zvh", werk);
  }
}
