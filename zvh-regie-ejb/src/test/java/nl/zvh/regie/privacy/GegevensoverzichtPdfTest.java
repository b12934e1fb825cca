package nl.zvh.regie.privacy;

import static nl.zvh.regie.document.PdfAControle.assertPdfA2b;
import static nl.zvh.regie.document.PdfAControle.tekst;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class GegevensoverzichtPdfTest {

  private static final OffsetDateTime OP = OffsetDateTime.parse("2026-11-02T09:15:00+01:00");

  @Test
  void theOverviewIsAPdfA2bWithEverythingInIt() {
    Gegevensoverzicht overzicht =
        new Gegevensoverzicht(
            7,
            "Zoë Anaïs",
            "van Rijn-Müller",
            LocalDate.of(1988, 8, 8),
            "Dorpsstraat 1, Ede",
            "123456782",
            "2026-0007",
            "In behandeling",
            List.of("GGZ Noord-Holland-Noord", "Politie"),
            List.of(
                new Gegevensoverzicht.Informatie(
                    "Politie", "Justitie", true, "Eerder aangehouden wegens …", OP)),
            List.of(
                new Gegevensoverzicht.Verwerkingsspoor(
                    OP, "INZIEN", "regisseur", "ZVH", "casus.inzien")),
            OP);

    byte[] pdf = GegevensoverzichtPdf.van(overzicht);

    assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    assertPdfA2b(pdf);
    String tekst = tekst(pdf).replaceAll("\\s+", " ");
    for (String verwacht :
        List.of(
            "Overzicht van gegevens en verwerkingen",
            "Opgesteld op 02-11-2026 09:15",
            "Zoë Anaïs van Rijn-Müller",
            "08-08-1988",
            "123456782",
            "2026-0007 (In behandeling)",
            "(bijzonder persoonsgegeven): Eerder aangehouden wegens …",
            "INZIEN door regisseur namens ZVH (casus.inzien)",
            "pagina 1 van 1")) {
      assertTrue(tekst.contains(verwacht), verwacht + " in:\n" + tekst);
    }
  }
}
