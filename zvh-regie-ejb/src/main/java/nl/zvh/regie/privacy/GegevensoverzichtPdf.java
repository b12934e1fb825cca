package nl.zvh.regie.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.zvh.domain.model.gedeeld.Tijdzone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The overview of a betrokkene as a plain, printable PDF (A4, wrapped lines, page breaks). */
final class GegevensoverzichtPdf {

  private static final DateTimeFormatter TIJD =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(Tijdzone.NEDERLAND);
  private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final float MARGE = 50;
  private static final float REGELAFSTAND = 14;
  private static final int TEKENS_PER_REGEL = 95;

  private GegevensoverzichtPdf() {}

  static byte[] van(Gegevensoverzicht o) {
    List<String> regels = new ArrayList<>();
    regels.add("# Overzicht van gegevens en verwerkingen");
    regels.add("Opgesteld op " + TIJD.format(o.opgesteldOp()));
    regels.add("");
    regels.add("# Betrokkene");
    regels.add("Naam: " + o.voornamen() + " " + o.achternaam());
    regels.add("Geboortedatum: " + DATUM.format(o.geboortedatum()));
    regels.add("Adres: " + (o.adres() == null ? "-" : o.adres()));
    regels.add("BSN: " + (o.bsn() == null ? "-" : o.bsn()));
    regels.add("Casus: " + o.casusnummer() + " (" + o.casusstatus() + ")");
    regels.add("Deelnemende organisaties: " + String.join(", ", o.deelnemendeOrganisaties()));
    regels.add("");
    regels.add("# Informatie");
    for (Gegevensoverzicht.Informatie i : o.informatie()) {
      regels.add(
          "- "
              + TIJD.format(i.vastgelegdOp())
              + ", "
              + i.bron()
              + ", "
              + i.categorie()
              + (i.bijzonder() ? " (bijzonder persoonsgegeven)" : "")
              + ": "
              + i.inhoud());
    }
    regels.add("");
    regels.add("# Verwerkingen (wie heeft deze gegevens verwerkt)");
    for (Gegevensoverzicht.Verwerkingsspoor v : o.verwerkingen()) {
      regels.add(
          "- "
              + TIJD.format(v.tijdstip())
              + " "
              + v.handeling()
              + " door "
              + v.gebruiker()
              + " namens "
              + v.namensOrganisatie()
              + " ("
              + v.activiteit()
              + ")");
    }
    return schrijf(regels);
  }

  private static byte[] schrijf(List<String> regels) {
    PDType1Font gewoon = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    PDType1Font vet = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
      PDPageContentStream pagina = null;
      float y = 0;
      for (String regel : regels) {
        boolean kop = regel.startsWith("# ");
        for (String stuk : afgebroken(kop ? regel.substring(2) : regel)) {
          if (pagina == null || y < MARGE) {
            if (pagina != null) {
              pagina.endText();
              pagina.close();
            }
            PDPage nieuw = new PDPage(PDRectangle.A4);
            document.addPage(nieuw);
            pagina = new PDPageContentStream(document, nieuw);
            pagina.beginText();
            y = PDRectangle.A4.getHeight() - MARGE;
            pagina.newLineAtOffset(MARGE, y);
          }
          pagina.setFont(kop ? vet : gewoon, kop ? 13 : 10);
          pagina.showText(alleenWinAnsi(stuk));
          pagina.newLineAtOffset(0, -REGELAFSTAND);
          y -= REGELAFSTAND;
        }
      }
      if (pagina != null) {
        pagina.endText();
        pagina.close();
      }
      document.save(uit);
      return uit.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> afgebroken(String regel) {
    List<String> stukken = new ArrayList<>();
    String rest = regel;
    while (rest.length() > TEKENS_PER_REGEL) {
      int knip = rest.lastIndexOf(' ', TEKENS_PER_REGEL);
      knip = knip <= 0 ? TEKENS_PER_REGEL : knip;
      stukken.add(rest.substring(0, knip));
      rest = "  " + rest.substring(knip).strip();
    }
    stukken.add(rest);
    return stukken;
  }

  /** The standard PDF fonts know Western European characters only; others become '?'. */
  private static String alleenWinAnsi(String tekst) {
    StringBuilder schoon = new StringBuilder(tekst.length());
    tekst
        .codePoints()
        .forEach(
            c -> schoon.appendCodePoint(c < 0x20 ? ' ' : (c <= 0xFF || c == 0x20AC ? c : '?')));
    return schoon.toString();
  }
}
