package nl.zvh.regie.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriageExportTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Jan Jansen|\"Jan Jansen\"",
        "=HYPERLINK(\"x\")|\"'=HYPERLINK(\"\"x\"\")\"", // never read as a formula
        "+31 6 1234|\"'+31 6 1234\"",
        "@SUM(A1)|\"'@SUM(A1)\"",
        "a;b|\"a;b\""
      })
  void aCellIsQuotedAndNeverAFormula(String tekst, String cel) {
    assertEquals(cel, Triagedienst.cel(tekst));
  }
}
