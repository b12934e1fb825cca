package nl.zvh.domain.model.casus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
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
          CasusStatus.AFGESLOTEN, Set.of(CasusStatus.IN_UITVOERING),
          CasusStatus.INGETROKKEN, Set.of());

  private static final OffsetDateTime NU =
      OffsetDateTime.of(2026, 11, 24, 10, 0, 0, 0, ZoneOffset.UTC);

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
    casus.wijzigStatus(CasusStatus.AANGEMELD, "partner1", null, NU.plusMinutes(1));
    casus.wijzigStatus(CasusStatus.IN_SCREENING, "regisseur", "  opgepakt  ", NU.plusMinutes(2));

    assertEquals(CasusStatus.IN_SCREENING, casus.getStatus());
    assertEquals(3, casus.getStatusgeschiedenis().size());
    StatusOvergang laatste = casus.getStatusgeschiedenis().get(2);
    assertEquals(CasusStatus.AANGEMELD, laatste.getVanStatus());
    assertEquals(CasusStatus.IN_SCREENING, laatste.getNaarStatus());
    assertEquals("regisseur", laatste.getDoorGebruiker());
    assertEquals("opgepakt", laatste.getReden());
  }

  @Test
  void aRefusedTransitionChangesNothingAndSaysWhy() {
    Casus casus = nieuweCasus();
    DomeinRegelGeschonden fout =
        assertThrows(
            DomeinRegelGeschonden.class,
            () -> casus.wijzigStatus(CasusStatus.OPGEPAKT, "regisseur", null, NU));
    assertEquals(
        "Een casus met status 'concept' kan niet naar status 'opgepakt'.", fout.getMessage());
    assertEquals(CasusStatus.CONCEPT, casus.getStatus());
    assertEquals(1, casus.getStatusgeschiedenis().size());
  }

  @Test
  void aRegistrationNumberIsGivenOnceAndInTheZvhFormat() {
    Casus casus = nieuweCasus();
    assertThrows(DomeinRegelGeschonden.class, () -> casus.kenNummerToe("2026-123"));
    casus.kenNummerToe("ZVH-2026-000123");
    assertEquals("ZVH-2026-000123", casus.getNummer());
    assertThrows(DomeinRegelGeschonden.class, () -> casus.kenNummerToe("ZVH-2026-000124"));
  }

  private static Casus nieuweCasus() {
    Organisatie politie =
        new Organisatie("Politie", OrganisatieType.POLITIE, NU.toLocalDate().minusYears(1), null);
    return new Casus(politie, "partner1", NU);
  }
}
