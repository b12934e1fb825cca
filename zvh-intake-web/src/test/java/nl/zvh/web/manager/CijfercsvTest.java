package nl.zvh.web.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import nl.zvh.regie.cijfers.Cel;
import nl.zvh.regie.cijfers.Managementcijfers;
import nl.zvh.regie.cijfers.Managementcijfers.Doorloop;
import nl.zvh.regie.cijfers.Managementcijfers.Doorlooptijd;
import nl.zvh.regie.cijfers.Managementcijfers.Maand;
import nl.zvh.regie.cijfers.Managementcijfers.Rij;
import nl.zvh.web.gedeeld.Berichten;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CSV of the figures: safe cells, quoting as RFC 4180 asks, "&lt; 5" as on the page. */
class CijfercsvTest {

  private static final ResourceBundle BUNDEL =
      ResourceBundle.getBundle(Berichten.BUNDEL, Locale.forLanguageTag("nl"));
  private static final Function<String, String> TEKST = BUNDEL::getString;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GGZ Noord|\"GGZ Noord\"",
        "=HYPERLINK(\"http://x\")|\"'=HYPERLINK(\"\"http://x\"\")\"",
        "+31 6 1234|\"'+31 6 1234\"",
        "-2+3|\"'-2+3\"",
        "@SUM(A1)|\"'@SUM(A1)\"",
        "a;b|\"a;b\"",
        "< 5|\"< 5\""
      })
  void aCellIsQuotedAndNeverAFormula(String tekst, String cel) {
    assertEquals(cel, Cijfercsv.cel(tekst));
  }

  @Test
  void aTabOrCarriageReturnInFrontIsDefused() {
    assertEquals("\"'\tx\"", Cijfercsv.cel("\tx"));
    assertEquals("\"'\rx\"", Cijfercsv.cel("\rx"));
    assertEquals("\"a\r\nb\"", Cijfercsv.cel("a\r\nb"), "a line break inside stays in the quotes");
  }

  @Test
  void theFiguresAsTheManagerSeesThem() {
    String csv = Cijfercsv.csv(cijfers(), TEKST);
    assertTrue(csv.startsWith("\uFEFF\"Onderdeel\";\"Omschrijving\";\"Waarde\"\r\n"), csv);
    assertTrue(
        csv.contains(
            "\"Ingediende aanmeldingen per maand\";\"januari 2061\";\"6\"\r\n"
                + "\"Ingediende aanmeldingen per maand\";\"februari 2061\";\"< 5\"\r\n"),
        csv);
    // An organisation's name is the one free text: it cannot become a formula.
    assertTrue(
        csv.contains(
            "\"Ingediende aanmeldingen per aanmeldende organisatie\";\"'=cmd|' /C calc'!A0\";\"< 5\""),
        csv);
    assertTrue(csv.contains("\"Van aanmelding tot triagebesluit – Mediaan (dagen)\";\"6,5\""), csv);
    assertTrue(
        csv.contains("\"Van triagebesluit tot het eerste gehouden ICO – Mediaan (dagen)\";\"< 5\""),
        csv);
    assertTrue(csv.contains("\"Percentage actiepunten op tijd gereed\";\"54,5\""), csv);
    assertTrue(csv.contains("\"Afsluitingen per resultaat\";\"Doel bereikt\";\"≥ 5\""), csv);
    assertTrue(csv.endsWith("\r\n"));
    assertFalse(csv.contains("\"3\""), "a small count never appears as a number");
  }

  @Test
  void theFileNameHoldsThePeriodOnly() {
    assertEquals(
        "managementcijfers-2061-01-01-tot-2061-02-28.csv", Cijfercsv.bestandsnaam(cijfers()));
  }

  static Managementcijfers cijfers() {
    return new Managementcijfers(
        LocalDate.of(2061, 1, 1),
        LocalDate.of(2061, 2, 28),
        List.of(
            new Maand(YearMonth.of(2061, 1), Cel.aantal(6)),
            new Maand(YearMonth.of(2061, 2), Cel.aantal(3))),
        List.of(new Rij("=cmd|' /C calc'!A0", Cel.aantal(3)), new Rij("Politie", Cel.aantal(6))),
        Cel.aantal(9),
        List.of(new Rij("NIET_VOOR_ZVH", Cel.aantal(3)), new Rij("OPGEPAKT", Cel.aantal(6))),
        List.of(new Rij("ADVIES", Cel.aantal(6))),
        Cel.aantal(12),
        List.of(new Maand(YearMonth.of(2061, 1), Cel.aantal(0))),
        List.of(
            new Doorlooptijd(
                Doorloop.AANMELDING_TOT_TRIAGE,
                Cel.aantal(6),
                Cel.afgeleid(new java.math.BigDecimal("6.5"), 6),
                Cel.afgeleid(java.math.BigDecimal.TEN, 6)),
            new Doorlooptijd(
                Doorloop.TRIAGE_TOT_ICO,
                Cel.aantal(3),
                Cel.afgeleid(java.math.BigDecimal.TEN, 3),
                Cel.afgeleid(java.math.BigDecimal.TEN, 3))),
        new Managementcijfers.Actiepunten(
            Cel.aantal(11), Cel.aantal(6), Cel.aantal(2), Cel.aantal(3), Cel.aandeel(6, 11)),
        List.of(new Rij("OPEN", Cel.aantal(1))),
        List.of(new Rij("OPEN", Cel.aantal(0))),
        Cel.aantal(0),
        List.of(new Rij("DOEL_BEREIKT", new Cel(null, false, true))));
  }
}
