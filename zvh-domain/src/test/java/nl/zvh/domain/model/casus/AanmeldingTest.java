package nl.zvh.domain.model.casus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.zvh.domain.model.gedeeld.Bsn;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import org.junit.jupiter.api.Test;

class AanmeldingTest {

  private static final OffsetDateTime NU =
      OffsetDateTime.of(2026, 11, 23, 11, 0, 0, 0, ZoneOffset.ofHours(1));
  private static final LocalDate VANDAAG = NU.toLocalDate();
  private static final LocalDate TRIAGE = LocalDate.of(2026, 11, 24);
  private static final LocalDate CONTACT = LocalDate.of(2026, 11, 30);

  private final Organisatie politie =
      new Organisatie("Politie", OrganisatieType.POLITIE, LocalDate.of(2025, 3, 1), null);
  private final Organisatie ggz =
      new Organisatie("GGZ", OrganisatieType.GGZ, LocalDate.of(2025, 3, 1), null);
  private final Casus casus = new Casus(politie, "agent", NU);

  @Test
  void anEmptyConceptNamesEverythingThatIsMissing() {
    List<String> ontbreekt = casus.getAanmelding().ontbreekt();
    assertEquals(9, ontbreekt.size(), ontbreekt::toString);
    assertTrue(ontbreekt.contains("Voeg ten minste één betrokkene toe."));
    assertTrue(ontbreekt.contains("Beantwoord criterium d en licht het toe."));
    DomeinRegelGeschonden fout =
        assertThrows(
            DomeinRegelGeschonden.class,
            () -> casus.dienIn("ZVH-2026-000001", "agent", NU, TRIAGE, CONTACT));
    assertTrue(fout.getMessage().startsWith("De aanmelding is nog niet compleet"));
    assertEquals(CasusStatus.CONCEPT, casus.getStatus());
    assertEquals(null, casus.getNummer());
  }

  @Test
  void aCompleteReferralIsSubmittedWithNumberDatesAndCriteriaOutcome() {
    vulVolledigIn(true);
    casus.dienIn("ZVH-2026-000123", "agent", NU, TRIAGE, CONTACT);

    assertEquals("ZVH-2026-000123", casus.getNummer());
    assertEquals(CasusStatus.AANGEMELD, casus.getStatus());
    Aanmelding aanmelding = casus.getAanmelding();
    assertEquals(TRIAGE, aanmelding.getTriagedatum().orElseThrow());
    assertEquals(CONTACT, aanmelding.getContactUiterlijk().orElseThrow());
    assertEquals(true, aanmelding.getVoldoetAanCriteria().orElseThrow());
    assertFalse(casus.isAanmeldingWijzigbaar());
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> casus.legInformerenVast(true, null, null),
        "a submitted referral is no longer changed by the referrer");
  }

  @Test
  void aReferralThatFailsTheCriteriaCanStillBeSubmittedAndIsMarkedSo() {
    vulVolledigIn(false);
    casus.dienIn("ZVH-2026-000124", "agent", NU, TRIAGE, CONTACT);
    assertEquals(false, casus.getAanmelding().getVoldoetAanCriteria().orElseThrow());
  }

  @Test
  void aCompletedAanvullingIsSubmittedAgainUnderTheSameNumber() {
    vulVolledigIn(true);
    casus.dienIn("ZVH-2026-000125", "agent", NU, TRIAGE, CONTACT);
    casus.vraagAanvulling("Graag het adres.", "regisseur", NU.plusDays(1));
    assertEquals("Graag het adres.", casus.aanvullingsverzoek().orElseThrow());
    assertTrue(casus.isAanmeldingWijzigbaar());

    casus.legInformerenVast(false, RedenNietGeinformeerd.VEILIGHEIDSRISICO, null);
    casus.dienIn(null, "agent", NU.plusDays(2), TRIAGE.plusWeeks(1), CONTACT.plusDays(2));

    assertEquals("ZVH-2026-000125", casus.getNummer());
    assertEquals(CasusStatus.AANGEMELD, casus.getStatus());
    assertEquals(TRIAGE.plusWeeks(1), casus.getAanmelding().getTriagedatum().orElseThrow());
    assertEquals("Aanvulling ingediend.", casus.getStatusgeschiedenis().get(4).getReden());
  }

  @Test
  void notToldNeedsAReasonAndOtherNeedsAnExplanation() {
    vulVolledigIn(true);
    casus.legInformerenVast(false, null, null);
    assertEquals(
        List.of("Geef aan waarom de betrokkene niet is geïnformeerd."),
        casus.getAanmelding().ontbreekt());
    casus.legInformerenVast(false, RedenNietGeinformeerd.ANDERS, " ");
    assertEquals(
        List.of("Licht toe waarom de betrokkene niet is geïnformeerd."),
        casus.getAanmelding().ontbreekt());
    casus.legInformerenVast(true, RedenNietGeinformeerd.ANDERS, "vergeten");
    assertTrue(casus.getAanmelding().getRedenNietGeinformeerd().isEmpty());
  }

  @Test
  void anIncompletePartnerAndBlankProblemsAreNotEnough() {
    vulVolledigIn(true);
    Map<Leefgebied, String> leeg = new EnumMap<>(Leefgebied.class);
    leeg.put(Leefgebied.HUISVESTING, "   ");
    casus.beschrijfAanmelding(
        "Reden",
        "Doel",
        leeg,
        casus.getAanmelding().getCriteria(),
        List.of(new UitTeNodigenPartner(ggz, null, null, null)));
    assertEquals(
        List.of(
            "Beschrijf de problemen op ten minste één leefgebied.",
            "Vul bij partner 1 de organisatie, de contactpersoon en een e-mailadres of"
                + " telefoonnummer in."),
        casus.getAanmelding().ontbreekt());
  }

  @Test
  void textLongerThanItsFieldIsRefused() {
    String teLang = "x".repeat(Aanmelding.MAX_TEKST + 1);
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> casus.beschrijfAanmelding(teLang, null, Map.of(), Map.of(), List.of()));
  }

  @Test
  void betrokkenenOfAConceptCanBeChangedAndTakenOut() {
    Betrokkene jan =
        casus.voegBetrokkeneToe("Jan", "Smit", LocalDate.of(1980, 1, 1), null, null, VANDAAG);
    casus.wijzigBetrokkene(
        jan, "Jan", "Smit", LocalDate.of(1981, 1, 1), null, new Bsn("111222333"), VANDAAG);
    assertEquals("111222333", jan.getBsn().orElseThrow().getNummer());
    casus.haalBetrokkeneWeg(jan);
    assertTrue(casus.getBetrokkenen().isEmpty());
  }

  @Test
  void registrationNumbersRunOnWithoutGapsPerYear() {
    Nummerreeks reeks = new Nummerreeks(2026, 122);
    assertEquals("ZVH-2026-000123", reeks.volgende());
    assertEquals("ZVH-2026-000124", reeks.volgende());
  }

  private void vulVolledigIn(boolean voldoet) {
    casus.voegBetrokkeneToe("Piet", "Smit", LocalDate.of(1980, 5, 17), null, null, VANDAAG);
    Map<Criterium, Criteriumantwoord> criteria = new EnumMap<>(Criterium.class);
    for (Criterium c : Criterium.values()) {
      boolean ja = voldoet && c != Criterium.D;
      criteria.put(c, new Criteriumantwoord(ja, "Toelichting " + c));
    }
    casus.beschrijfAanmelding(
        "Overlast en schulden",
        "Een gezamenlijk plan",
        Map.of(Leefgebied.FINANCIEN, "Schulden", Leefgebied.JUSTITIE, "Aangiften"),
        criteria,
        List.of(new UitTeNodigenPartner(ggz, "Gea de Graaf", "gea@ggz.example", null)));
    casus.legInformerenVast(true, null, null);
  }
}
