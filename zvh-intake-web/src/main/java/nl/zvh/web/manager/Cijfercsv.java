package nl.zvh.web.manager;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import nl.zvh.regie.cijfers.Cel;
import nl.zvh.regie.cijfers.Managementcijfers;

/**
 * The figures of a period as CSV for a spreadsheet: UTF-8 with a byte order mark (so a spreadsheet
 * reads "ë" and "–" right), semicolons (Dutch settings), CRLF line ends, every cell quoted as RFC
 * 4180 asks and never read as a formula. Three columns: part, what, figure; the figures as the page
 * shows them, "&lt; 5" included.
 */
public final class Cijfercsv {

  /** The byte order mark that tells a spreadsheet the file is UTF-8. */
  static final String BOM = "\uFEFF";

  private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private Cijfercsv() {}

  /**
   * @param tekst the Dutch text of a key of the bundle ({@code cijfers.*}, {@code triage.*})
   */
  public static String csv(Managementcijfers c, Function<String, String> tekst) {
    StringBuilder csv = new StringBuilder(BOM);
    regel(
        csv,
        tekst.apply("cijfers.csv.onderdeel"),
        tekst.apply("cijfers.csv.wat"),
        tekst.apply("cijfers.csv.waarde"));
    regel(
        csv,
        tekst.apply("cijfers.periode"),
        DATUM.format(c.van()) + " – " + DATUM.format(c.tot()),
        "");
    String deel = tekst.apply("cijfers.aanmeldingen.maand");
    for (Managementcijfers.Maand m : c.aanmeldingenPerMaand()) {
      regel(csv, deel, Cijferteksten.maand(m.maand()), m.aantal());
    }
    regel(csv, deel, tekst.apply("cijfers.totaal"), c.aanmeldingenTotaal());
    rijen(
        csv,
        tekst.apply("cijfers.aanmeldingen.organisatie"),
        c.aanmeldingenPerOrganisatie(),
        null,
        tekst);
    rijen(
        csv,
        tekst.apply("cijfers.triage.uitkomsten"),
        c.triageuitkomsten(),
        Cijferteksten.UITKOMST,
        tekst);
    rijen(csv, tekst.apply("cijfers.triage.routes"), c.triageroutes(), Cijferteksten.ROUTE, tekst);
    regel(
        csv,
        tekst.apply("cijfers.uitvoering"),
        tekst.apply("cijfers.uitvoering.nu"),
        c.inUitvoeringNu());
    deel = tekst.apply("cijfers.uitvoering.gestart");
    for (Managementcijfers.Maand m : c.gestartPerMaand()) {
      regel(csv, deel, Cijferteksten.maand(m.maand()), m.aantal());
    }
    for (Managementcijfers.Doorlooptijd d : c.doorlooptijden()) {
      String soort = Cijferteksten.van(Cijferteksten.DOORLOOP, d.soort().name(), tekst);
      deel = tekst.apply("cijfers.doorlooptijden");
      regel(csv, deel, soort + " – " + tekst.apply("cijfers.doorloop.aantal"), d.aantal());
      regel(csv, deel, soort + " – " + tekst.apply("cijfers.doorloop.mediaan"), d.mediaan());
      regel(csv, deel, soort + " – " + tekst.apply("cijfers.doorloop.p90"), d.p90());
    }
    Managementcijfers.Actiepunten a = c.actiepunten();
    deel = tekst.apply("cijfers.actiepunten");
    regel(csv, deel, tekst.apply("cijfers.actiepunten.verschuldigd"), a.verschuldigd());
    regel(csv, deel, tekst.apply("cijfers.actiepunten.optijd"), a.opTijd());
    regel(csv, deel, tekst.apply("cijfers.actiepunten.telaat"), a.teLaat());
    regel(csv, deel, tekst.apply("cijfers.actiepunten.nietgereed"), a.nietGereed());
    regel(csv, deel, tekst.apply("cijfers.actiepunten.percentage"), a.percentageOpTijd());
    rijen(csv, tekst.apply("cijfers.escalaties"), c.escalaties(), Cijferteksten.ESCALATIE, tekst);
    rijen(
        csv,
        tekst.apply("cijfers.opschalingen"),
        c.opschalingen(),
        Cijferteksten.OPSCHALING,
        tekst);
    regel(
        csv,
        tekst.apply("cijfers.opschalingen"),
        tekst.apply("cijfers.opschalingen.telaat"),
        c.opschalingenTeLaat());
    rijen(
        csv, tekst.apply("cijfers.afsluitingen"), c.afsluitingen(), Cijferteksten.RESULTAAT, tekst);
    return csv.toString();
  }

  private static void rijen(
      StringBuilder csv,
      String deel,
      List<Managementcijfers.Rij> rijen,
      String voorvoegsel,
      Function<String, String> tekst) {
    for (Managementcijfers.Rij r : rijen) {
      regel(
          csv,
          deel,
          voorvoegsel == null ? r.sleutel() : Cijferteksten.van(voorvoegsel, r.sleutel(), tekst),
          r.aantal());
    }
  }

  private static void regel(StringBuilder csv, String deel, String wat, Cel cel) {
    regel(csv, deel, wat, cel.tekst());
  }

  private static void regel(StringBuilder csv, String deel, String wat, String waarde) {
    csv.append(cel(deel))
        .append(';')
        .append(cel(wat))
        .append(';')
        .append(cel(waarde))
        .append("\r\n");
  }

  /**
   * A CSV cell: quoted (a quote doubled), and never read as a formula: text that starts with =, +,
   * -, @, a tab or a carriage return gets an apostrophe in front.
   */
  static String cel(String tekst) {
    String waarde = tekst == null ? "" : tekst;
    if (!waarde.isEmpty() && "=+-@\t\r".indexOf(waarde.charAt(0)) >= 0) {
      waarde = "'" + waarde;
    }
    return '"' + waarde.replace("\"", "\"\"") + '"';
  }

  /** The file name: the period, no personal data. */
  public static String bestandsnaam(Managementcijfers c) {
    return "managementcijfers-" + c.van() + "-tot-" + c.tot() + ".csv";
  }
}
