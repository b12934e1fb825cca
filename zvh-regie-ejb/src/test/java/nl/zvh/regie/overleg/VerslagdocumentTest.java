package nl.zvh.regie.overleg;

import static nl.zvh.regie.document.PdfAControle.assertPdfA2b;
import static nl.zvh.regie.document.PdfAControle.paginas;
import static nl.zvh.regie.document.PdfAControle.tekst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.zvh.regie.overleg.Verslagdocument.Aanwezige;
import nl.zvh.regie.overleg.Verslagdocument.Actiepunt;
import nl.zvh.regie.overleg.Verslagdocument.Inhoud;
import nl.zvh.regie.overleg.Verslagdocument.Score;
import org.junit.jupiter.api.Test;

class VerslagdocumentTest {

  /** 14:00 in summer (UTC+2), given in UTC. */
  private static final OffsetDateTime OVERLEG = OffsetDateTime.parse("2027-07-06T12:00:00Z");

  private static final OffsetDateTime VASTGESTELD =
      OffsetDateTime.parse("2027-07-08T16:45:00+02:00");

  private static Inhoud inhoud(List<Actiepunt> actiepunten) {
    return new Inhoud(
        "2027-0042",
        OVERLEG,
        "Zorg- en Veiligheidshuis, zaal Één",
        "Anouk de Voorzitter",
        List.of(
            new Aanwezige("Noël van Dijk", "GGZ Noord-Holland-Noord", true),
            new Aanwezige("Ilse Jansen", "Politie", false)),
        "De situatie is besproken.\nAfspraak: de wijkagent gaat langs bij de familie.",
        List.of("Stabiele huisvesting binnen drie maanden", "Dagbesteding vinden"),
        actiepunten,
        "Bram de Regisseur",
        List.of(
            new Score("Zoë Anaïs", "Huisvesting", 2, 4),
            new Score("Zoë Anaïs", "Financiën", 1, null),
            new Score("Joël", "Dagbesteding", 3, 4)),
        2,
        "Anouk de Voorzitter",
        VASTGESTELD);
  }

  private static List<Actiepunt> actiepunten(int aantal) {
    List<Actiepunt> uit = new ArrayList<>();
    IntStream.rangeClosed(1, aantal)
        .forEach(
            i ->
                uit.add(
                    new Actiepunt(
                        "Actiepunt "
                            + i
                            + ": huisbezoek afleggen en terugkoppelen aan de regisseur",
                        i % 2 == 0 ? "Politie" : "GGZ Noord-Holland-Noord",
                        i % 3 == 0 ? null : "Noël van Dijk",
                        LocalDate.of(2027, 8, 1).plusDays(i),
                        "open")));
    return uit;
  }

  @Test
  void theVerslagIsAPdfA2bWithEverythingInIt() {
    byte[] pdf = Verslagdocument.pdf(inhoud(actiepunten(3)));

    assertPdfA2b(pdf);
    String tekst = tekst(pdf).replaceAll("\\s+", " ");
    for (String verwacht :
        List.of(
            "Verslag ICO casus 2027-0042",
            "06-07-2027 14:00, Zorg- en Veiligheidshuis, zaal Één",
            "Versie 2, vastgesteld door Anouk de Voorzitter op 08-07-2027 16:45",
            "Voorzitter Anouk de Voorzitter",
            "Casusregisseur Bram de Regisseur",
            "Noël van Dijk GGZ Noord-Holland-Noord aanwezig",
            "Ilse Jansen Politie afwezig",
            "De situatie is besproken.",
            "de wijkagent gaat langs bij de familie.",
            "Stabiele huisvesting binnen drie maanden",
            "Dagbesteding vinden",
            "Actiepunt 1: huisbezoek",
            "02-08-2027",
            "04-08-2027",
            "Zoë Anaïs",
            "Huisvesting 2 4",
            "Financiën 1 -",
            "Joël",
            "Dagbesteding 3 4",
            "pagina 1 van ")) {
      assertTrue(tekst.contains(verwacht), verwacht + " in:\n" + tekst);
    }
  }

  @Test
  void theDoelbindingStatementStandsWordForWordOnTheFirstPage() {
    byte[] pdf = Verslagdocument.pdf(inhoud(actiepunten(200)));

    assertEquals(
        "Informatie die gedeeld wordt in het overleg mag níet gebruikt worden zonder dit formeel"
            + " op te vragen bij de verstrekkende organisatie.",
        Verslagdocument.DOELBINDING);
    assertTrue(
        tekst(pdf, 1).replaceAll("\\s+", " ").contains(Verslagdocument.DOELBINDING), tekst(pdf, 1));
  }

  @Test
  void aLongVerslagBreaksIntoPagesAndKeepsTheLastActiepunt() {
    byte[] pdf = Verslagdocument.pdf(inhoud(actiepunten(200)));

    int aantal = paginas(pdf);
    assertTrue(aantal > 1, "pages: " + aantal);
    String tekst = tekst(pdf).replaceAll("\\s+", " ");
    assertTrue(tekst.contains("Actiepunt 200: huisbezoek"), "the last one");
    assertTrue(tekst.contains("17-02-2028"), "the due date of the last one");
    assertTrue(tekst.contains("pagina " + aantal + " van " + aantal), "the last page number");
    for (int i = 1; i <= 200; i++) {
      assertTrue(tekst.contains("Actiepunt " + i + ":"), "Actiepunt " + i);
    }
    assertTrue(tekst.indexOf("Actiepunt 200:") < tekst.indexOf("Zelfredzaamheid (ZRM)"));
    assertPdfA2b(pdf);
  }

  @Test
  void emptyListsAndMissingValuesSayGeen() {
    Inhoud leeg =
        new Inhoud(
            "2027-0001",
            OVERLEG,
            null,
            null,
            List.of(),
            null,
            List.of(),
            List.of(),
            null,
            List.of(),
            1,
            "ZVH",
            VASTGESTELD);

    byte[] pdf = Verslagdocument.pdf(leeg);

    assertPdfA2b(pdf);
    String tekst = tekst(pdf).replaceAll("\\s+", " ");
    assertTrue(tekst.contains("Aanwezigheid Geen."), tekst);
    assertTrue(tekst.contains("Actiepunten Geen."), tekst);
    assertTrue(tekst.contains("Zelfredzaamheid (ZRM) Geen."), tekst);
  }
}
