package nl.zvh.domain.model.gedeeld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvoerregelsTest {

  private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 5);

  @ParameterizedTest
  @ValueSource(strings = {"Jan", "Zoë O'Brien-de Vries", "<script>", "😀", "\u00a0", "\u0080"})
  void ordinaryTextIsFineOnOneLineOrMore(String tekst) {
    assertTrue(Invoerregels.tekst(tekst, false).isEmpty());
    assertTrue(Invoerregels.tekst(tekst, true).isEmpty());
    assertTrue(Invoerregels.tekst(null, false).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "\u0001", "a\u001fb", "\u007f", "\u001b[31m", "a\u000bb"})
  void controlCharactersAreRefusedEverywhere(String tekst) {
    assertEquals(
        "Bevat een onzichtbaar stuurteken (zoals NUL); verwijder het.",
        Invoerregels.tekst(tekst, true).orElseThrow());
    assertTrue(Invoerregels.tekst(tekst, false).isPresent());
  }

  @ParameterizedTest
  @ValueSource(strings = {"regel 1\nregel 2", "a\r\nb", "kolom\tkolom"})
  void tabAndLineBreaksOnlyInTextOfMoreLines(String tekst) {
    assertTrue(Invoerregels.tekst(tekst, true).isEmpty());
    assertEquals(
        "Past op één regel: zonder tab of regelovergang.",
        Invoerregels.tekst(tekst, false).orElseThrow());
  }

  @Test
  void aBirthDateLiesBetween1900AndToday() {
    assertTrue(Invoerregels.geboortedatum(LocalDate.of(1900, 1, 1), VANDAAG).isEmpty());
    assertTrue(Invoerregels.geboortedatum(VANDAAG, VANDAAG).isEmpty());
    assertEquals(
        "De geboortedatum ligt vóór 1900; controleer het jaar.",
        Invoerregels.geboortedatum(LocalDate.of(0, 1, 1), VANDAAG).orElseThrow());
    assertTrue(Invoerregels.geboortedatum(LocalDate.of(1899, 12, 31), VANDAAG).isPresent());
    assertEquals(
        "De geboortedatum ligt in de toekomst.",
        Invoerregels.geboortedatum(VANDAAG.plusDays(1), VANDAAG).orElseThrow());
  }

  @Test
  void otherDatesLieBetween1900AndTwentyYearsAhead() {
    assertTrue(Invoerregels.datum(VANDAAG.plusYears(20), VANDAAG).isEmpty());
    assertTrue(Invoerregels.datum(VANDAAG.plusYears(20).plusDays(1), VANDAAG).isPresent());
    assertTrue(Invoerregels.datum(LocalDate.of(1899, 12, 31), VANDAAG).isPresent());
    assertTrue(Invoerregels.datum(LocalDate.of(-5, 1, 1), VANDAAG).isPresent());
    assertTrue(Invoerregels.datum(null, VANDAAG).isEmpty());
  }
}
