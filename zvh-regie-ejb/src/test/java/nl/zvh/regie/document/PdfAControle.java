package nl.zvh.regie.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Checks for the tests of the documents: PDF/A-2b by veraPDF, and the text as a reader gets it. */
public final class PdfAControle {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfAControle() {}

  /** veraPDF finds no failed rule of PDF/A-2b; a failure lists every failed rule. */
  public static void assertPdfA2b(byte[] pdf) {
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      ValidationResult uitslag = validator.validate(parser);
      List<TestAssertion> gefaald =
          uitslag.getTestAssertions().stream()
              .filter(t -> t.getStatus() == TestAssertion.Status.FAILED)
              .toList();
      assertEquals(PDFAFlavour.PDFA_2_B, uitslag.getPDFAFlavour());
      assertTrue(
          gefaald.isEmpty() && uitslag.isCompliant(),
          () ->
              "Not PDF/A-2b, failed rules:\n"
                  + gefaald.stream()
                      .map(
                          t ->
                              t.getRuleId().getClause()
                                  + "-"
                                  + t.getRuleId().getTestNumber()
                                  + " "
                                  + t.getMessage()
                                  + " ["
                                  + t.getLocation().getContext()
                                  + "] "
                                  + t.getErrorMessage())
                      .distinct()
                      .collect(Collectors.joining("\n")));
    } catch (Exception e) {
      throw new AssertionError("veraPDF could not validate the document: " + e, e);
    }
  }

  /** The text of all pages, as PDFBox extracts it. */
  public static String tekst(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of one page (counted from 1). */
  public static String tekst(byte[] pdf, int pagina) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper lezer = new PDFTextStripper();
      lezer.setStartPage(pagina);
      lezer.setEndPage(pagina);
      return lezer.getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number of pages. */
  public static int paginas(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
