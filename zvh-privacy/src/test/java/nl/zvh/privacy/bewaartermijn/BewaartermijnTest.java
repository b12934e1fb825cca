package nl.zvh.privacy.bewaartermijn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Optional;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import org.junit.jupiter.api.Test;

class BewaartermijnTest {

  private static final Bewaartermijn TWEE_JAAR = new Bewaartermijn(Period.ofMonths(24));
  private static final LocalDate AFGESLOTEN = LocalDate.of(2024, 2, 29);

  @Test
  void dataIsKeptUpToAndIncludingTheLastDayAndDueTheDayAfter() {
    LocalDate tot = TWEE_JAAR.bewarenTotEnMet(AFGESLOTEN, Optional.empty());
    assertEquals(LocalDate.of(2026, 2, 28), tot, "29 February plus two years");
    assertFalse(TWEE_JAAR.isVerlopen(tot, tot));
    assertTrue(TWEE_JAAR.isVerlopen(tot, tot.plusDays(1)));
  }

  @Test
  void anExtensionReplacesTheStandardDate() {
    Verlenging verlenging =
        new Verlenging(
            7,
            LocalDate.of(2026, 2, 28),
            LocalDate.of(2027, 6, 30),
            "Procedure loopt",
            "privacy",
            OffsetDateTime.now());
    assertEquals(
        LocalDate.of(2027, 6, 30), TWEE_JAAR.bewarenTotEnMet(AFGESLOTEN, Optional.of(verlenging)));
  }

  @Test
  void anExtensionMustEndLaterAndBeMotivated() {
    LocalDate huidig = LocalDate.of(2026, 2, 28);
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> new Verlenging(7, huidig, huidig, "reden", "privacy", OffsetDateTime.now()));
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> new Verlenging(7, huidig, huidig.plusDays(1), " ", "privacy", OffsetDateTime.now()));
  }
}
