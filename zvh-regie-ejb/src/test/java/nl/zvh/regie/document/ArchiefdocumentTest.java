package nl.zvh.regie.document;

import static nl.zvh.regie.document.PdfAControle.assertPdfA2b;
import static nl.zvh.regie.document.PdfAControle.paginas;
import static nl.zvh.regie.document.PdfAControle.tekst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class ArchiefdocumentTest {

  @Test
  void everyKindOfBlockMakesAValidPdfA2bWithExtractableText() {
    byte[] pdf =
        new Archiefdocument("Proef – één document")
            .ondertitel("Met een ondertitel")
            .kader("Een verklaring in een kader, níet over het hoofd te zien.")
            .kop("Een kop")
            .tussenkop("Een tussenkop")
            .alinea("Een alinea met diacrieten: café, reünie, ruïne, Zoë.\nEen tweede regel.")
            .gegeven("Sleutel", "Waarde")
            .opsomming("Een opsomming")
            .tabel(
                List.of(new Archiefdocument.Kolom("Kolom A", 2), new Archiefdocument.Kolom("B", 1)),
                List.of(
                    List.of("cel a1", "cel b1"), List.of("cel a2"), Arrays.asList(null, "cel b3")))
            .voettekst("Vertrouwelijk")
            .pdf();

    assertPdfA2b(pdf);
    String tekst = tekst(pdf);
    for (String verwacht :
        List.of(
            "Proef – één document",
            "níet over het hoofd",
            "café, reünie, ruïne, Zoë.",
            "Een tweede regel.",
            "Sleutel",
            "Waarde",
            "cel a1",
            "cel b1",
            "cel a2",
            "cel b3",
            "Vertrouwelijk",
            "pagina 1 van 1")) {
      assertTrue(tekst.contains(verwacht), verwacht + " in:\n" + tekst);
    }
  }

  /** The check itself: a plain PDF (a font that is not embedded, no metadata) fails it. */
  @Test
  void aPlainPdfFailsTheCheck() throws IOException {
    byte[] gewoon;
    try (PDDocument document = new PDDocument();
        java.io.ByteArrayOutputStream uit = new java.io.ByteArrayOutputStream()) {
      org.apache.pdfbox.pdmodel.PDPage pagina = new org.apache.pdfbox.pdmodel.PDPage();
      document.addPage(pagina);
      try (var inhoud = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, pagina)) {
        inhoud.beginText();
        inhoud.setFont(
            new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA),
            10);
        inhoud.showText("Gewoon");
        inhoud.endText();
      }
      document.save(uit);
      gewoon = uit.toByteArray();
    }

    AssertionError fout = assertThrows(AssertionError.class, () -> assertPdfA2b(gewoon));
    assertTrue(fout.getMessage().contains("6.2.11.4.1"), fout.getMessage());
  }

  @Test
  void theMetadataNameTheDocumentItsToolAndLanguage() throws IOException {
    byte[] pdf = new Archiefdocument("Titel & <meer>").alinea("x").pdf();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDDocumentInformation info = document.getDocumentInformation();
      assertEquals("Titel & <meer>", info.getTitle());
      assertEquals("Casusportaal Zorg- en Veiligheidshuis", info.getCreator());
      assertEquals("nl-NL", document.getDocumentCatalog().getLanguage());
      assertEquals(1, document.getDocumentCatalog().getOutputIntents().size());
      String xmp =
          new String(
              document.getDocumentCatalog().getMetadata().toByteArray(),
              java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>"), xmp);
      assertTrue(xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"), xmp);
      assertTrue(xmp.contains("Titel &amp; &lt;meer&gt;"), xmp);
      for (var pagina : document.getPages()) {
        for (var naam : pagina.getResources().getFontNames()) {
          PDFont font = pagina.getResources().getFont(naam);
          assertTrue(font.isEmbedded(), font.getName());
        }
      }
    }
    assertPdfA2b(pdf);
  }

  @Test
  void aLongDocumentBreaksIntoNumberedPagesAndKeepsEveryLine() {
    Archiefdocument document = new Archiefdocument("Lang").voettekst("Voet");
    List<List<String>> rijen = new ArrayList<>();
    for (int i = 1; i <= 150; i++) {
      document.alinea("Alinea " + i + " " + "woord ".repeat(30));
      rijen.add(List.of("Rij " + i, "lange tekst ".repeat(i % 7 == 0 ? 40 : 1)));
    }
    document.tabel(
        List.of(new Archiefdocument.Kolom("Wat", 1), new Archiefdocument.Kolom("Toelichting", 3)),
        rijen);
    byte[] pdf = document.pdf();

    int aantal = paginas(pdf);
    assertTrue(aantal > 5, "pages: " + aantal);
    String tekst = tekst(pdf);
    assertTrue(tekst.contains("Alinea 150 "), tekst);
    assertTrue(tekst.contains("Rij 150"), tekst);
    assertTrue(tekst.contains("pagina " + aantal + " van " + aantal), tekst);
    assertEquals(aantal, tekst.split("Voet").length - 1, "a footer on every page");
    assertPdfA2b(pdf);
  }

  @Test
  void aCharacterTheFontLacksBecomesAQuestionMarkAndAWordLongerThanALineIsCut() {
    byte[] pdf =
        new Archiefdocument("Tekens")
            .alinea("Lach 😀, 中 \u0007 einde")
            .alinea("x".repeat(400))
            .pdf();

    String tekst = tekst(pdf);
    assertTrue(tekst.contains("Lach 😀, ? einde"), tekst);
    assertEquals(400, tekst.chars().filter(c -> c == 'x').count());
    assertPdfA2b(pdf);
  }
}
