package nl.zvh.systemtest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.zvh.systemtest.api.ApiKlant;
import nl.zvh.systemtest.portaal.Portaal;
import nl.zvh.systemtest.portaal.PortaalAdres;
import nl.zvh.systemtest.portaal.Postbus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The ICO in the browser, from the triage decision to a partner reading the established plan:
 * planning with calendar invitations (read back as a mail client reads them), moving, cancelling,
 * answering and preparing, the safety check, recording attendance, verslag, scores and plan, a
 * conflict between two procesregisseurs that loses nothing, and establishing. Every new page is
 * checked with axe; the recording page also at phone width.
 */
@ExtendWith(Portaal.class)
class OverlegIT {

  private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
  private static final String GGZ = "Gijs van de GGZ (GGZ Noord-Holland-Noord)";

  private static PortaalAdres portaal;
  private static Postbus postbus;
  private static ApiKlant api;
  private static Browser regisseur;

  @BeforeAll
  static void start(PortaalAdres adres, Postbus bus) {
    portaal = adres;
    postbus = bus;
    api = new ApiKlant(adres);
    regisseur =
        Browser.start(adres).open("/login.xhtml").inloggen("regisseur", DemoAccount.WACHTWOORD);
  }

  @AfterAll
  static void stop() {
    regisseur.close();
  }

  @Test
  void fromTheTriageDecisionThroughTheIcoToAPartnerReadingTheEstablishedPlan() throws Exception {
    Aangemeld aanmelding = Aangemeld.viaApi(api, "Ico", "Doorloper", "1981-01-01", null);
    naarIco(aanmelding);
    LocalDate vandaag = LocalDate.now(NEDERLAND);

    // Plan the ICO today with the GGZ, which does not take part yet.
    regisseur.open("/casus/dossier.xhtml?id=" + aanmelding.casusId() + "&tab=overleggen");
    assertTrue(regisseur.paginatekst().contains("Er is nog geen overleg gepland."));
    regisseur.klik("plannen");
    assertEquals("", regisseur.toegankelijkheidsfouten());
    regisseur.klik("planning:bewaren");
    assertEquals("Vul de datum van het overleg in.", regisseur.tekst("planning:datum-melding"));
    plan(vandaag.toString(), "13:30", "15:00");
    regisseur.klik("planning:bewaren");
    assertTrue(regisseur.paginatekst().contains("Het overleg is gepland"), regisseur.paginatekst());
    String overlegPad = regisseur.padMetParameters();

    Postbus.Bericht uitnodiging =
        postbus.wachtOp("Uitnodiging ICO casus " + aanmelding.nummer()).orElseThrow();
    assertEquals("partner.ggz@example.nl", uitnodiging.aan());
    zonderPersoonsgegevens(uitnodiging);
    VEvent ico = afspraak(uitnodiging, "REQUEST");
    String uid = waarde(ico, Property.UID);
    assertEquals("0", waarde(ico, Property.SEQUENCE));
    assertTijd(ico, Property.DTSTART, vandaag, "133000");
    assertTijd(ico, Property.DTEND, vandaag, "150000");

    // Moving it sends an update of the same invitation.
    regisseur.klik("wijzigen");
    regisseur.datum("planning:eind", "15:30").klik("planning:bewaren");
    VEvent verplaatst =
        afspraak(
            postbus.wachtOp("Gewijzigd: ICO casus " + aanmelding.nummer()).orElseThrow(),
            "REQUEST");
    assertEquals(uid, waarde(verplaatst, Property.UID));
    assertEquals("1", waarde(verplaatst, Property.SEQUENCE));
    assertTijd(verplaatst, Property.DTEND, vandaag, "153000");

    // A follow-up planned and cancelled: the cancellation is the same meeting.
    regisseur.open("/casus/overleg-plannen.xhtml?casus=" + aanmelding.casusId());
    plan(vandaag.plusDays(7).toString(), "09:00", "10:00");
    regisseur.klik("planning:bewaren");
    String tweedeUid =
        waarde(
            afspraak(
                postbus
                    .wachtOp("Uitnodiging Vervolg-ICO 2 casus " + aanmelding.nummer())
                    .orElseThrow(),
                "REQUEST"),
            Property.UID);
    regisseur.klikEnBevestig("annuleren:annuleer");
    assertEquals("Geef de reden van de annulering.", regisseur.tekst("annuleren:reden-melding"));
    regisseur.vul("annuleren:reden", "Dubbel gepland");
    assertTrue(regisseur.klikEnBevestig("annuleren:annuleer").contains("annulering"));
    VEvent geannuleerd =
        afspraak(
            postbus
                .wachtOp("Geannuleerd: Vervolg-ICO 2 casus " + aanmelding.nummer())
                .orElseThrow(),
            "CANCEL");
    assertEquals(tweedeUid, waarde(geannuleerd, Property.UID));
    assertEquals("1", waarde(geannuleerd, Property.SEQUENCE));
    assertEquals("CANCELLED", waarde(geannuleerd, Property.STATUS));

    // The invitee answers and prepares; the GGZ now takes part and sees the case.
    try (Browser ggz = Browser.start(portaal)) {
      ggz.open("/login.xhtml").inloggen("partner.ggz", DemoAccount.WACHTWOORD).open(overlegPad);
      assertEquals("", ggz.toegankelijkheidsfouten());
      ggz.klik("reactie:komt");
      assertTrue(ggz.tekst("eigen-reactie").contains("komt"));
      ggz.klik("reactie:voorbereid-melden");
      assertTrue(ggz.tekst("voorbereid").contains("heeft gemeld"));
    }
    regisseur.open(overlegPad);
    assertTrue(regisseur.tekst("genodigden").contains("komt"), regisseur.tekst("genodigden"));

    // The betrokkene attends only after a safety check.
    regisseur.script("document.getElementById('veiligheid:betrokkeneUitgenodigd').click();");
    regisseur.klik("veiligheid:bewaren");
    assertTrue(
        regisseur.tekst("veiligheid:betrokkeneUitgenodigd-melding").contains("veiligheidscheck"));
    regisseur
        .vul("veiligheid:afgestemdMet", "Wijkagent Noord")
        .datum("veiligheid:afgestemdOp", vandaag.toString())
        .kies("veiligheid:uitkomst", "Geen veiligheidsrisico: de betrokkene kan aanwezig zijn")
        .klik("veiligheid:bewaren");
    assertEquals("uitgenodigd (na veiligheidscheck)", regisseur.tekst("betrokkene"));

    // Recording: attendance first, then verslag (saved when leaving the field), scores and plan.
    regisseur.klik("vastleggen");
    assertEquals("", regisseur.toegankelijkheidsfouten());
    klikLabel(GGZ);
    regisseur.klik("verslag:aanwezigheid-bewaren");
    assertTrue(regisseur.paginatekst().contains("De aanwezigheid is vastgelegd."));
    regisseur.vul("verslag:tekst", "Afspraak: GGZ neemt contact op via de huisarts.");
    regisseur.script(
        "document.getElementById('verslag:tekst').dispatchEvent(new Event('change'));");
    regisseur.wachtOpTekst("Concept opgeslagen om");
    regisseur
        .kies("verslag:scores:0:score", "2 – niet zelfredzaam")
        .kies("verslag:scores:0:doelscore", "4");
    regisseur.klik("verslag:doel-erbij");
    vulRij("doel", 0, "De betrokkene is in zorg.");
    regisseur.klik("verslag:actiepunt-erbij");
    vulRij("omschrijving", 0, "Contact via de huisarts.");
    regisseur.kies(rij("eigenaar", 0), "GGZ Noord-Holland-Noord");
    regisseur.datum(rij("deadline", 0).replace("_input", ""), vandaag.plusDays(14).toString());
    regisseur.kies("verslag:casusregisseur", GGZ);
    regisseur.klik("verslag:plan-bewaren");
    assertTrue(regisseur.paginatekst().contains("Het plan is opgeslagen als concept."));

    // A second procesregisseur on the same concept: a conflict, and the typing stays.
    try (Browser collega = Browser.start(portaal)) {
      collega.open("/login.xhtml").inloggen("regisseur", DemoAccount.WACHTWOORD);
      collega.open(regisseur.padMetParameters());
      regisseur.klik("verslag:plan-bewaren");
      collega.vul(
          collega.alle(By.cssSelector("textarea[id$=':0:doel']")).get(0).getAttribute("id"),
          "Ander doel");
      collega.klik("verslag:plan-bewaren");
      assertTrue(
          collega.paginatekst().contains("intussen door iemand anders gewijzigd"),
          collega.paginatekst());
      assertEquals(
          "Ander doel",
          collega.alle(By.cssSelector("textarea[id$=':0:doel']")).get(0).getDomProperty("value"));
    }

    regisseur.breedte(390);
    assertEquals(0, regisseur.zijwaarts(), "the recording page fits a phone");
    assertEquals("", regisseur.toegankelijkheidsfouten());
    regisseur.breedte(1280);
    regisseur.klik("verslag:vaststellen");
    assertTrue(
        regisseur.paginatekst().contains("Verslag en plan zijn vastgesteld"),
        regisseur.paginatekst());
    assertTrue(regisseur.tekst("verslag").contains("via de huisarts"));

    regisseur.open("/casus/dossier.xhtml?id=" + aanmelding.casusId());
    assertEquals("In uitvoering", regisseur.tekst("status"));
    assertEquals(GGZ, regisseur.tekst("casusregisseur"));

    // The partner reads the established plan and the progress.
    try (Browser ggz = Browser.start(portaal)) {
      ggz.open("/login.xhtml").inloggen("partner.ggz", DemoAccount.WACHTWOORD);
      ggz.open("/casus/dossier.xhtml?id=" + aanmelding.casusId() + "&tab=plan");
      assertTrue(ggz.tekst("doelen").contains("De betrokkene is in zorg."));
      assertTrue(ggz.tekst("plan:actiepunten").contains("Contact via de huisarts."));
      assertTrue(ggz.paginatekst().contains("Financiën"), "the ZRM table");
      assertEquals(
          1,
          ggz.alle(By.cssSelector("canvas[role=img][aria-label*='Ico Doorloper']")).size(),
          "the chart, with a name");
      assertEquals("", ggz.toegankelijkheidsfouten());

      // The established verslag as PDF/A: a logged export, not cached.
      ggz.open(overlegPad);
      Browser.Download pdf = ggz.downloadMetKoppen(By.id("verslag-pdf:pdf"));
      assertEquals(200, pdf.status());
      assertEquals("application/pdf", pdf.kop("content-type"));
      assertTrue(pdf.inhoud().startsWith("%PDF-"));
      assertTrue(pdf.kop("content-disposition").contains(aanmelding.nummer()));
      assertFalse(pdf.kop("content-disposition").contains("Doorloper"));
    }
  }

  /** Agenda and triage decision: taken on, with the route to an ICO. */
  private void naarIco(Aangemeld aanmelding) {
    regisseur.open("/casus/dossier.xhtml?id=" + aanmelding.casusId()).klik("agenderen:agendeer");
    regisseur.open("/regie/triage.xhtml?datum=" + aanmelding.triagedatum());
    String form = ScreeningEnTriageIT.formVan(regisseur, aanmelding.nummer());
    regisseur.vul(form + ":motivering", "Meerdere leefgebieden; een ICO met de GGZ.");
    regisseur.kiesAjax(form + ":uitkomst", "Opgepakt door het ZVH");
    regisseur
        .kiesAjax(
            form + ":route", "Uitvraag bij ketenpartners en agenderen voor de briefing/het ICO")
        .klik(form + ":besluiten");
    assertTrue(regisseur.paginatekst().contains("Het besluit is vastgelegd"));
  }

  private void plan(String datum, String begin, String eind) {
    regisseur
        .datum("planning:datum", datum)
        .datum("planning:begin", begin)
        .datum("planning:eind", eind)
        .vul("planning:locatie", "ZVH Alkmaar, zaal 3")
        .kies("planning:voorzitter", "Rita Regisseur")
        .vul("planning:agenda", "Doel en plan van aanpak");
    klikLabel(GGZ);
  }

  private void klikLabel(String tekst) {
    regisseur
        .alle(By.xpath("//label[starts-with(normalize-space(), \"" + tekst + "\")]"))
        .get(0)
        .click();
  }

  private String rij(String veld, int index) {
    List<WebElement> gevonden =
        regisseur.alle(
            By.cssSelector(
                "[id$=':" + index + ":" + veld + "'], [id$=':" + index + ":" + veld + "_input']"));
    return gevonden.get(0).getAttribute("id");
  }

  private void vulRij(String veld, int index, String tekst) {
    regisseur.vul(rij(veld, index), tekst);
  }

  private static void zonderPersoonsgegevens(Postbus.Bericht bericht) {
    for (String deel : List.of(bericht.onderwerp(), bericht.tekst(), bericht.agenda())) {
      assertFalse(deel.contains("Doorloper"), deel);
      assertFalse(deel.contains("1981"), deel);
    }
  }

  private static VEvent afspraak(Postbus.Bericht bericht, String methode) throws Exception {
    Calendar agenda = new CalendarBuilder().build(new StringReader(bericht.agenda()));
    assertEquals(methode, agenda.getRequiredProperty(Property.METHOD).getValue());
    List<VEvent> afspraken = agenda.getComponents(Component.VEVENT);
    assertEquals(1, afspraken.size());
    return afspraken.get(0);
  }

  private static String waarde(VEvent afspraak, String naam) {
    return afspraak.getRequiredProperty(naam).getValue();
  }

  /** Local time in Europe/Amsterdam, as the TZID says. */
  private static void assertTijd(VEvent afspraak, String naam, LocalDate dag, String tijd) {
    Property p = afspraak.getRequiredProperty(naam);
    assertEquals("Europe/Amsterdam", p.getRequiredParameter(Parameter.TZID).getValue());
    assertEquals(dag.format(DateTimeFormatter.BASIC_ISO_DATE) + "T" + tijd, p.getValue());
  }
}
