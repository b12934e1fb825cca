package nl.zvh.regie.document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import nl.zvh.domain.model.gedeeld.Tijdzone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * The one way the portal makes a PDF: a plain A4 document as PDF/A-2b, fit for the archive. The
 * fonts (DejaVu Sans, regular and bold) are embedded as subsets with their Unicode mapping, so text
 * can be searched and copied and every Dutch letter prints; an sRGB output intent, XMP metadata
 * (pdfaid part 2, conformance B, the title, the creator tool) that matches the document
 * information, and the language nl-NL complete what PDF/A asks.
 *
 * <p>Build it in reading order and take the bytes once:
 *
 * <pre>{@code
 * byte[] pdf = new Archiefdocument("Verslag ICO")
 *     .ondertitel("Casus 2027-0042")
 *     .kader("Informatie die gedeeld wordt …")
 *     .kop("Aanwezigen")
 *     .gegeven("Voorzitter", "A. de Vries")
 *     .opsomming("…")
 *     .voettekst("Vertrouwelijk")
 *     .pdf();
 * }</pre>
 *
 * Text wraps at the margin, a full page continues on the next (a table repeats its header there),
 * and every page ends with the footer text and "pagina x van y". A character the font does not have
 * prints as "?". Not thread-safe; one instance per document.
 */
public final class Archiefdocument {

  private static final String MAKER = "Casusportaal Zorg- en Veiligheidshuis";
  private static final String TAAL = "nl-NL";
  private static final String SRGB = "sRGB IEC61966-2.1";

  private static final byte[] GEWOON = lettertype("DejaVuSans.ttf");
  private static final byte[] VET = lettertype("DejaVuSans-Bold.ttf");

  static final PDRectangle A4 = PDRectangle.A4;
  static final float MARGE = 56;
  static final float BOVEN = A4.getHeight() - MARGE;
  static final float ONDER = MARGE + 24;
  static final float BREEDTE = A4.getWidth() - 2 * MARGE;

  static final float TITEL = 18;
  static final float ONDERTITEL = 11;
  static final float KOP = 13;
  static final float TUSSENKOP = 11;
  static final float TEKST = 10;
  static final float TABEL = 9;
  static final float VOET = 8;
  static final float REGELAFSTAND = 1.35f;
  static final float SLEUTELBREEDTE = 150;
  static final float INSPRINGING = 14;
  static final float CELMARGE = 3;

  private final String titel;
  private final List<Consumer<Zetter>> blokken = new ArrayList<>();
  private String voettekst = "";

  /** A document with this title: the first line of the first page and its metadata title. */
  public Archiefdocument(String titel) {
    this.titel = Objects.requireNonNull(titel, "titel");
    blokken.add(z -> z.tekst(titel, true, TITEL, 0, BREEDTE, 6));
  }

  /** A line under the title, in plain text. */
  public Archiefdocument ondertitel(String regel) {
    blokken.add(z -> z.tekst(regel, false, ONDERTITEL, 0, BREEDTE, 2));
    return this;
  }

  /** The heading of a section; never alone at the foot of a page. */
  public Archiefdocument kop(String tekst) {
    blokken.add(z -> z.kop(tekst, KOP, 12));
    return this;
  }

  /** A smaller heading within a section. */
  public Archiefdocument tussenkop(String tekst) {
    blokken.add(z -> z.kop(tekst, TUSSENKOP, 6));
    return this;
  }

  /** A paragraph, wrapped; a line break in the text starts a new line. */
  public Archiefdocument alinea(String tekst) {
    blokken.add(z -> z.tekst(tekst, false, TEKST, 0, BREEDTE, 4));
    return this;
  }

  /** A row of a name (bold, on the left) and its value (wrapped, on the right). */
  public Archiefdocument gegeven(String naam, String waarde) {
    blokken.add(z -> z.gegeven(naam, waarde));
    return this;
  }

  /** A bullet line, wrapped under its own text. */
  public Archiefdocument opsomming(String tekst) {
    blokken.add(z -> z.opsomming(tekst));
    return this;
  }

  /** A statement in a box, in bold: what no reader may miss. */
  public Archiefdocument kader(String tekst) {
    blokken.add(z -> z.kader(tekst));
    return this;
  }

  /**
   * A table: a bold header row and rows of cells, each wrapped in its column. The widths are
   * relative (for example 4, 2, 1); a row that does not fit goes to the next page, which repeats
   * the header. A row shorter than the header gets empty cells, and so does a {@code null} cell.
   */
  public Archiefdocument tabel(List<Kolom> kolommen, List<List<String>> rijen) {
    List<Kolom> vast = List.copyOf(kolommen);
    List<List<String>> rijenVast =
        rijen.stream().map(rij -> rij.stream().map(c -> c == null ? "" : c).toList()).toList();
    blokken.add(z -> z.tabel(vast, rijenVast));
    return this;
  }

  /** The rest of this page stays empty. */
  public Archiefdocument nieuwePagina() {
    blokken.add(Zetter::nieuwePagina);
    return this;
  }

  /** A short text at the foot of every page, left of the page number. */
  public Archiefdocument voettekst(String tekst) {
    this.voettekst = Objects.requireNonNull(tekst, "voettekst");
    return this;
  }

  /** A column of a {@link #tabel table}: its header and its relative width. */
  public record Kolom(String kop, float breedte) {
    public Kolom {
      Objects.requireNonNull(kop, "kop");
      if (breedte <= 0) {
        throw new IllegalArgumentException("Een kolom is breder dan 0");
      }
    }
  }

  /** The document as PDF/A-2b. */
  public byte[] pdf() {
    ZonedDateTime nu = ZonedDateTime.now(Tijdzone.NEDERLAND).truncatedTo(ChronoUnit.SECONDS);
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
      PDFont gewoon = PDType0Font.load(document, new ByteArrayInputStream(GEWOON), true);
      PDFont vet = PDType0Font.load(document, new ByteArrayInputStream(VET), true);
      try (Zetter zetter = new Zetter(document, gewoon, vet)) {
        blokken.forEach(blok -> blok.accept(zetter));
      }
      voeten(document, gewoon);
      archiefeisen(document, nu);
      document.save(uit);
      return uit.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The footer text and "pagina x van y" on every page, once the number of pages is known. */
  private void voeten(PDDocument document, PDFont gewoon) throws IOException {
    int aantal = document.getNumberOfPages();
    Tekens tekens = new Tekens(gewoon);
    for (int i = 0; i < aantal; i++) {
      PDPage pagina = document.getPage(i);
      try (PDPageContentStream voet =
          new PDPageContentStream(
              document, pagina, PDPageContentStream.AppendMode.APPEND, true, true)) {
        Zetter.zwart(voet);
        float lijn = ONDER - 10;
        voet.setLineWidth(0.5f);
        voet.moveTo(MARGE, lijn);
        voet.lineTo(MARGE + BREEDTE, lijn);
        voet.stroke();
        String nummer = "pagina " + (i + 1) + " van " + aantal;
        float nummerBreedte = gewoon.getStringWidth(nummer) / 1000 * VOET;
        float basis = lijn - VOET - 4;
        Zetter.schrijf(voet, gewoon, VOET, MARGE + BREEDTE - nummerBreedte, basis, nummer);
        List<String> regels =
            Zetter.afgebroken(tekens.schoon(voettekst), gewoon, VOET, BREEDTE - nummerBreedte - 12);
        for (int r = 0; r < Math.min(2, regels.size()); r++) {
          Zetter.schrijf(voet, gewoon, VOET, MARGE, basis - r * VOET * REGELAFSTAND, regels.get(r));
        }
      }
    }
  }

  /** Output intent, XMP metadata and the document information that matches it, the language. */
  private void archiefeisen(PDDocument document, ZonedDateTime nu) throws IOException {
    PDDocumentCatalog catalogus = document.getDocumentCatalog();
    catalogus.setLanguage(TAAL);

    PDOutputIntent intentie =
        new PDOutputIntent(
            document,
            new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
    intentie.setInfo(SRGB);
    intentie.setOutputCondition(SRGB);
    intentie.setOutputConditionIdentifier(SRGB);
    intentie.setRegistryName("http://www.color.org");
    catalogus.addOutputIntent(intentie);

    GregorianCalendar tijdstip = GregorianCalendar.from(nu);
    PDDocumentInformation informatie = document.getDocumentInformation();
    informatie.setTitle(titel);
    informatie.setCreator(MAKER);
    informatie.setProducer(MAKER);
    informatie.setCreationDate(tijdstip);
    informatie.setModificationDate(tijdstip);

    PDMetadata metadata = new PDMetadata(document);
    metadata.importXMPMetadata(xmp(titel, nu).getBytes(StandardCharsets.UTF_8));
    catalogus.setMetadata(metadata);
  }

  /** The XMP packet: the same title, tool and dates as the document information. */
  static String xmp(String titel, ZonedDateTime nu) {
    String datum = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(nu);
    return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        + "<rdf:Description rdf:about=\"\"\n"
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
        + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
        + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
        + " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
        + "<dc:format>application/pdf</dc:format>\n"
        + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"
        + xml(titel)
        + "</rdf:li></rdf:Alt></dc:title>\n"
        + "<dc:language><rdf:Bag><rdf:li>"
        + TAAL
        + "</rdf:li></rdf:Bag></dc:language>\n"
        + "<xmp:CreatorTool>"
        + MAKER
        + "</xmp:CreatorTool>\n"
        + "<xmp:CreateDate>"
        + datum
        + "</xmp:CreateDate>\n"
        + "<xmp:ModifyDate>"
        + datum
        + "</xmp:ModifyDate>\n"
        + "<xmp:MetadataDate>"
        + datum
        + "</xmp:MetadataDate>\n"
        + "<pdf:Producer>"
        + MAKER
        + "</pdf:Producer>\n"
        + "<pdfaid:part>2</pdfaid:part>\n"
        + "<pdfaid:conformance>B</pdfaid:conformance>\n"
        + "</rdf:Description>\n"
        + "</rdf:RDF>\n"
        + "</x:xmpmeta>\n"
        + "<?xpacket end=\"w\"?>";
  }

  private static String xml(String tekst) {
    StringBuilder uit = new StringBuilder(tekst.length());
    tekst
        .codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> uit.append("&amp;");
                case '<' -> uit.append("&lt;");
                case '>' -> uit.append("&gt;");
                case '"' -> uit.append("&quot;");
                default -> uit.appendCodePoint(c < 0x20 ? ' ' : c);
              }
            });
    return uit.toString();
  }

  private static byte[] lettertype(String naam) {
    try (InputStream in = Archiefdocument.class.getResourceAsStream("lettertype/" + naam)) {
      if (in == null) {
        throw new IllegalStateException("Lettertype ontbreekt: " + naam);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replaces what the font cannot show: control characters by a space, a character without a glyph
   * by "?". Remembers its answers for one document.
   */
  static final class Tekens {
    private final PDFont font;
    private final Map<Integer, Boolean> bekend = new HashMap<>();

    Tekens(PDFont font) {
      this.font = font;
    }

    String schoon(String tekst) {
      StringBuilder uit = new StringBuilder(tekst.length());
      tekst
          .codePoints()
          .forEach(
              c -> {
                if (c == '\t' || Character.isISOControl(c)) {
                  uit.append(' ');
                } else if (bekend.computeIfAbsent(c, this::heeftGlyph)) {
                  uit.appendCodePoint(c);
                } else {
                  uit.append('?');
                }
              });
      return uit.toString();
    }

    private boolean heeftGlyph(int teken) {
      try {
        font.encode(new String(Character.toChars(teken)));
        return true;
      } catch (IllegalArgumentException | IOException e) {
        return false;
      }
    }
  }

  /** Lays the blocks out on pages, top to bottom. */
  static final class Zetter implements AutoCloseable {

    private final PDDocument document;
    private final PDFont gewoon;
    private final PDFont vet;
    private final Tekens tekens;
    private final Tekens vetteTekens;
    private PDPageContentStream inhoud;
    private float y;

    Zetter(PDDocument document, PDFont gewoon, PDFont vet) {
      this.document = document;
      this.gewoon = gewoon;
      this.vet = vet;
      this.tekens = new Tekens(gewoon);
      this.vetteTekens = new Tekens(vet);
      nieuwePagina();
    }

    void nieuwePagina() {
      try {
        sluitPagina();
        PDPage pagina = new PDPage(A4);
        document.addPage(pagina);
        inhoud = new PDPageContentStream(document, pagina);
        zwart(inhoud);
        y = BOVEN;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void sluitPagina() throws IOException {
      if (inhoud != null) {
        inhoud.close();
        inhoud = null;
      }
    }

    @Override
    public void close() {
      try {
        sluitPagina();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Wrapped text at an indent, line by line onto the pages; space after. */
    void tekst(String tekst, boolean vetGedrukt, float grootte, float x, float breedte, float na) {
      PDFont font = vetGedrukt ? vet : gewoon;
      float regel = grootte * REGELAFSTAND;
      for (String stuk : regels(tekst, vetGedrukt, grootte, breedte)) {
        ruimte(regel);
        y -= regel;
        schrijf(inhoud, font, grootte, MARGE + x, y + (regel - grootte) / 2, stuk);
      }
      y -= na;
    }

    /** A heading with room for itself and two lines of what follows on the same page. */
    void kop(String tekst, float grootte, float voor) {
      List<String> stukken = regels(tekst, true, grootte, BREEDTE);
      float hoogte = voor + stukken.size() * grootte * REGELAFSTAND + 2 * TEKST * REGELAFSTAND;
      if (y - hoogte < ONDER) {
        nieuwePagina();
      } else if (y < BOVEN) {
        y -= voor;
      }
      tekst(tekst, true, grootte, 0, BREEDTE, 2);
    }

    void gegeven(String naam, String waarde) {
      float regel = TEKST * REGELAFSTAND;
      List<String> links = regels(naam, true, TEKST, SLEUTELBREEDTE - 8);
      List<String> rechts = regels(waarde, false, TEKST, BREEDTE - SLEUTELBREEDTE);
      int aantal = Math.max(links.size(), rechts.size());
      if (aantal * regel <= BOVEN - ONDER) {
        ruimte(aantal * regel);
      }
      for (int i = 0; i < aantal; i++) {
        ruimte(regel);
        y -= regel;
        float basis = y + (regel - TEKST) / 2;
        if (i < links.size()) {
          schrijf(inhoud, vet, TEKST, MARGE, basis, links.get(i));
        }
        if (i < rechts.size()) {
          schrijf(inhoud, gewoon, TEKST, MARGE + SLEUTELBREEDTE, basis, rechts.get(i));
        }
      }
      y -= 2;
    }

    void opsomming(String tekst) {
      float regel = TEKST * REGELAFSTAND;
      List<String> stukken = regels(tekst, false, TEKST, BREEDTE - INSPRINGING);
      for (int i = 0; i < stukken.size(); i++) {
        ruimte(regel);
        y -= regel;
        float basis = y + (regel - TEKST) / 2;
        if (i == 0) {
          schrijf(inhoud, gewoon, TEKST, MARGE + 2, basis, "•");
        }
        schrijf(inhoud, gewoon, TEKST, MARGE + INSPRINGING, basis, stukken.get(i));
      }
      y -= 2;
    }

    void kader(String tekst) {
      float rand = 8;
      float regel = TEKST * REGELAFSTAND;
      List<String> stukken = regels(tekst, true, TEKST, BREEDTE - 2 * rand);
      float hoogte = Math.min(stukken.size() * regel + 2 * rand, BOVEN - ONDER);
      ruimte(hoogte + 4);
      y -= 4;
      try {
        inhoud.setNonStrokingColor(0.93f, 0.93f, 0.93f);
        inhoud.addRect(MARGE, y - hoogte, BREEDTE, hoogte);
        inhoud.fill();
        zwart(inhoud);
        inhoud.setLineWidth(1.5f);
        inhoud.addRect(MARGE, y - hoogte, BREEDTE, hoogte);
        inhoud.stroke();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      y -= rand;
      for (String stuk : stukken) {
        if (y - regel < ONDER) {
          break; // never more than a page; the box says it all on one page
        }
        y -= regel;
        schrijf(inhoud, vet, TEKST, MARGE + rand, y + (regel - TEKST) / 2, stuk);
      }
      y -= rand + 6;
    }

    void tabel(List<Kolom> kolommen, List<List<String>> rijen) {
      float totaal = (float) kolommen.stream().mapToDouble(Kolom::breedte).sum();
      float[] breedtes = new float[kolommen.size()];
      for (int k = 0; k < breedtes.length; k++) {
        breedtes[k] = BREEDTE * kolommen.get(k).breedte() / totaal;
      }
      List<String> koppen = kolommen.stream().map(Kolom::kop).toList();
      Runnable kopregel = () -> rij(koppen, breedtes, true, null);
      y -= 4;
      float kophoogte = hoogte(koppen, breedtes, true);
      float eersteRij = rijen.isEmpty() ? 0 : hoogte(rijen.get(0), breedtes, false);
      if (y - kophoogte - Math.min(eersteRij, TABEL * REGELAFSTAND * 2) < ONDER) {
        nieuwePagina();
      }
      kopregel.run();
      for (List<String> cellen : rijen) {
        rij(cellen, breedtes, false, kopregel);
      }
      y -= 6;
    }

    private float hoogte(List<String> cellen, float[] breedtes, boolean kop) {
      int meeste = 1;
      for (int k = 0; k < breedtes.length; k++) {
        String cel = k < cellen.size() ? cellen.get(k) : "";
        meeste = Math.max(meeste, regels(cel, kop, TABEL, breedtes[k] - 2 * CELMARGE).size());
      }
      return meeste * TABEL * REGELAFSTAND + 2 * CELMARGE;
    }

    /**
     * One row; it moves whole to the next page (after the header) when it does not fit here but
     * would there, and is cut by lines only when it is longer than a page.
     */
    private void rij(List<String> cellen, float[] breedtes, boolean kop, Runnable kopregel) {
      float regel = TABEL * REGELAFSTAND;
      List<List<String>> stukken = new ArrayList<>();
      int meeste = 1;
      for (int k = 0; k < breedtes.length; k++) {
        String cel = k < cellen.size() && cellen.get(k) != null ? cellen.get(k) : "";
        List<String> celregels = regels(cel, kop, TABEL, breedtes[k] - 2 * CELMARGE);
        stukken.add(celregels);
        meeste = Math.max(meeste, celregels.size());
      }
      float hoogte = meeste * regel + 2 * CELMARGE;
      if (y - hoogte < ONDER && hoogte <= BOVEN - ONDER - 40 && kopregel != null) {
        nieuwePagina();
        kopregel.run();
      }
      int van = 0;
      while (van < meeste) {
        int passend = (int) Math.floor((y - ONDER - 2 * CELMARGE) / regel);
        if (passend <= 0) {
          nieuwePagina();
          if (kopregel != null) {
            kopregel.run();
          }
          continue;
        }
        int tot = Math.min(meeste, van + passend);
        y -= CELMARGE;
        float x = MARGE;
        for (int k = 0; k < breedtes.length; k++) {
          List<String> celregels = stukken.get(k);
          for (int r = van; r < Math.min(tot, celregels.size()); r++) {
            float basis = y - (r - van + 1) * regel + (regel - TABEL) / 2;
            schrijf(inhoud, kop ? vet : gewoon, TABEL, x + CELMARGE, basis, celregels.get(r));
          }
          x += breedtes[k];
        }
        y -= (tot - van) * regel + CELMARGE;
        streep(kop ? 1f : 0.4f);
        van = tot;
      }
    }

    private void streep(float dikte) {
      try {
        inhoud.setLineWidth(dikte);
        inhoud.moveTo(MARGE, y);
        inhoud.lineTo(MARGE + BREEDTE, y);
        inhoud.stroke();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void ruimte(float hoogte) {
      if (y - hoogte < ONDER) {
        nieuwePagina();
      }
    }

    private List<String> regels(String tekst, boolean vetGedrukt, float grootte, float breedte) {
      String schoon =
          (vetGedrukt ? vetteTekens : tekens).schoon(tekst == null ? "" : tekst.replace("\r", ""));
      List<String> uit = new ArrayList<>();
      for (String harde : schoon.split("\n", -1)) {
        uit.addAll(afgebroken(harde, vetGedrukt ? vet : gewoon, grootte, breedte));
      }
      return uit;
    }

    /**
     * Greedy wrapping by measured width; a word longer than the line breaks after a hyphen of its
     * own, or else is cut where the line ends.
     */
    static List<String> afgebroken(String tekst, PDFont font, float grootte, float breedte) {
      List<String> uit = new ArrayList<>();
      StringBuilder regel = new StringBuilder();
      for (String woord : Arrays.asList(tekst.strip().split(" +"))) {
        String kandidaat = regel.isEmpty() ? woord : regel + " " + woord;
        if (breedte(kandidaat, font, grootte) <= breedte) {
          regel.setLength(0);
          regel.append(kandidaat);
          continue;
        }
        if (!regel.isEmpty()) {
          uit.add(regel.toString());
          regel.setLength(0);
        }
        String rest = woord;
        while (breedte(rest, font, grootte) > breedte && rest.length() > 1) {
          int knip = rest.length() - 1;
          while (knip > 1 && breedte(rest.substring(0, knip), font, grootte) > breedte) {
            knip--;
          }
          int streepje = rest.lastIndexOf('-', knip - 1);
          if (streepje > 0) {
            knip = streepje + 1; // after a hyphen of the word itself: Noord-|Holland
          } else if (Character.isLowSurrogate(rest.charAt(knip))) {
            knip--;
          }
          uit.add(rest.substring(0, knip));
          rest = rest.substring(knip);
        }
        regel.append(rest);
      }
      uit.add(regel.toString());
      return uit;
    }

    private static float breedte(String tekst, PDFont font, float grootte) {
      try {
        return font.getStringWidth(tekst) / 1000 * grootte;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static void schrijf(
        PDPageContentStream inhoud, PDFont font, float grootte, float x, float y, String tekst) {
      if (tekst.isEmpty()) {
        return;
      }
      try {
        inhoud.beginText();
        inhoud.setFont(font, grootte);
        inhoud.newLineAtOffset(x, y);
        inhoud.showText(tekst);
        inhoud.endText();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Black in sRGB: the only colour space of the document is that of its output intent. */
    static void zwart(PDPageContentStream inhoud) {
      try {
        inhoud.setNonStrokingColor(0f, 0f, 0f);
        inhoud.setStrokingColor(0f, 0f, 0f);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
