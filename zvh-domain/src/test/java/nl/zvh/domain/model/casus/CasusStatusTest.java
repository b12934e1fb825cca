package nl.zvh.domain.model.casus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import nl.zvh.domain.testdata.Voorbeeldcasussen;
import org.junit.jupiter.api.Test;

class CasusStatusTest {

  private static final Map<CasusStatus, Set<CasusStatus>> TOEGESTAAN =
      Map.of(
          CasusStatus.CONCEPT, Set.of(CasusStatus.AANGEMELD, CasusStatus.INGETROKKEN),
          CasusStatus.AANGEMELD, Set.of(CasusStatus.IN_SCREENING),
          CasusStatus.IN_SCREENING,
              Set.of(CasusStatus.AANVULLING_GEVRAAGD, CasusStatus.GEAGENDEERD_VOOR_TRIAGE),
          CasusStatus.AANVULLING_GEVRAAGD, Set.of(CasusStatus.AANGEMELD, CasusStatus.INGETROKKEN),
          CasusStatus.GEAGENDEERD_VOOR_TRIAGE,
              Set.of(
                  CasusStatus.NIET_VOOR_ZVH,
                  CasusStatus.OPGEPAKT,
                  CasusStatus.AANVULLING_GEVRAAGD,
                  CasusStatus.IN_SCREENING),
          CasusStatus.NIET_VOOR_ZVH, Set.of(CasusStatus.AFGESLOTEN),
          CasusStatus.OPGEPAKT, Set.of(CasusStatus.IN_UITVOERING, CasusStatus.AFGESLOTEN),
          CasusStatus.IN_UITVOERING, Set.of(CasusStatus.AFGESLOTEN),
          CasusStatus.AFGESLOTEN, Set.of(CasusStatus.IN_UITVOERING, CasusStatus.OPGEPAKT),
          CasusStatus.INGETROKKEN, Set.of());

  private static final OffsetDateTime NU =
      OffsetDateTime.of(2026, 11, 24, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final String NUMMER = "ZVH-2026-000122";

  @Test
  void everyPairOfStatusesIsAllowedExactlyWhenTheLifeCycleSaysSo() {
    for (CasusStatus van : CasusStatus.values()) {
      for (CasusStatus naar : CasusStatus.values()) {
        boolean verwacht = TOEGESTAAN.get(van).contains(naar);
        assertEquals(verwacht, van.magOvergaanNaar(naar), van + " -> " + naar);
      }
      assertEquals(TOEGESTAAN.get(van), van.volgendeStatussen(), "volgende van " + van);
    }
  }

  @Test
  void aCaseRecordsEveryAllowedTransitionWithWhoWhenAndWhy() {
    Casus casus = nieuweCasus();
    Voorbeeldcasussen.dienIn(casus, casus.getAanmeldendeOrganisatie(), NUMMER, NU.plusMinutes(1));
    casus.neemInScreening("regisseur", NU.plusMinutes(2));

    assertEquals(CasusStatus.IN_SCREENING, casus.getStatus());
    assertEquals(3, casus.getStatusgeschiedenis().size());
    StatusOvergang laatste = casus.getStatusgeschiedenis().get(2);
    assertEquals(CasusStatus.AANGEMELD, laatste.getVanStatus());
    assertEquals(CasusStatus.IN_SCREENING, laatste.getNaarStatus());
    assertEquals("regisseur", laatste.getDoorGebruiker());
    assertEquals(NU.plusMinutes(2), laatste.getTijdstip());
    StatusOvergang metReden =
        new StatusOvergang(
            casus,
            CasusStatus.IN_SCREENING,
            CasusStatus.AANVULLING_GEVRAAGD,
            NU,
            "regisseur",
            "  opgepakt  ");
    assertEquals("opgepakt", metReden.getReden());
  }

  @Test
  void aRefusedTransitionChangesNothingAndSaysWhy() {
    Casus casus = nieuweCasus();
    DomeinRegelGeschonden fout =
        assertThrows(
            DomeinRegelGeschonden.class,
            () ->
                new StatusOvergang(
                    casus, CasusStatus.CONCEPT, CasusStatus.OPGEPAKT, NU, "regisseur", null));
    assertEquals(
        "Een casus met status 'concept' kan niet naar status 'opgepakt'.", fout.getMessage());
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> casus.neemInScreening("regisseur", NU),
        "an operation the life cycle does not allow now");
    assertEquals(CasusStatus.CONCEPT, casus.getStatus());
    assertEquals(1, casus.getStatusgeschiedenis().size());
  }

  @Test
  void aRegistrationNumberIsGivenOnceAndInTheZvhFormat() {
    Casus casus = nieuweCasus();
    Voorbeeldcasussen.beschrijfVolledig(casus, casus.getAanmeldendeOrganisatie());
    assertThrows(DomeinRegelGeschonden.class, () -> dienIn(casus, "2026-123", NU));
    assertEquals(CasusStatus.CONCEPT, casus.getStatus(), "nothing changed");
    assertTrue(casus.getAanmelding().getIngediendOp().isEmpty(), "nothing changed");
    dienIn(casus, "ZVH-2026-000123", NU);
    assertEquals("ZVH-2026-000123", casus.getNummer());
    casus.vraagAanvulling("Graag het adres.", "regisseur", NU.plusDays(1));
    assertThrows(
        DomeinRegelGeschonden.class, () -> dienIn(casus, "ZVH-2026-000124", NU.plusDays(2)));
    dienIn(casus, null, NU.plusDays(2));
    assertEquals("ZVH-2026-000123", casus.getNummer(), "the aanvulling keeps its number");
  }

  private static void dienIn(Casus casus, String nummer, OffsetDateTime moment) {
    casus.dienIn(nummer, "partner1", moment, moment.toLocalDate().plusDays(7), null);
  }

  /** A concept with one betrokkene: its referral still to be described. */
  private static Casus nieuweCasus() {
    Organisatie politie =
        new Organisatie("Politie", OrganisatieType.POLITIE, NU.toLocalDate().minusYears(1), null);
    Casus casus = new Casus(politie, "partner1", NU);
    casus.voegBetrokkeneToe(
        "Piet", "Smit", LocalDate.of(1980, 5, 17), null, null, NU.toLocalDate());
    return casus;
  }
}
