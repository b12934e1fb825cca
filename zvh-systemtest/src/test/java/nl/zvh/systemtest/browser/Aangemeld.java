package nl.zvh.systemtest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import nl.zvh.systemtest.api.ApiKlant;

/**
 * A referral submitted by {@code partner.politie} through the API, to start a browser test from:
 * its number, its case id (as the procesregisseur's case list gives it) and its triage date.
 */
record Aangemeld(String nummer, String casusId, String triagedatum) {

  /** Submits a complete referral for one betrokkene; {@code bsn} may be null. */
  static Aangemeld viaApi(
      ApiKlant api, String voornaam, String achternaam, String geboortedatum, String bsn)
      throws Exception {
    HttpResponse<String> antwoord =
        api.post(
            "/api/v1/aanmeldingen",
            "partner.politie",
            "{\"betrokkenen\":[{\"voornamen\":\""
                + voornaam
                + "\",\"achternaam\":\""
                + achternaam
                + "\",\"geboortedatum\":\""
                + geboortedatum
                + "\""
                + (bsn == null ? "" : ",\"bsn\":\"" + bsn + "\"")
                + "}],"
                + "\"problemen\":[{\"leefgebied\":\"HUISVESTING\",\"omschrijving\":\"Dreigende uitzetting\"}],"
                + "\"reden\":\"Overlast\",\"doelIco\":\"Een plan\",\"betrokkeneGeinformeerd\":true,"
                + "\"criteria\":[{\"criterium\":\"A\",\"voldaan\":true,\"toelichting\":\"a\"},"
                + "{\"criterium\":\"B\",\"voldaan\":true,\"toelichting\":\"b\"},"
                + "{\"criterium\":\"C\",\"voldaan\":true,\"toelichting\":\"c\"},"
                + "{\"criterium\":\"D\",\"voldaan\":false,\"toelichting\":\"d\"}]}");
    assertEquals(201, antwoord.statusCode(), antwoord.body());
    String nummer = antwoord.body().replaceAll("(?s).*\"nummer\":\"(ZVH-\\d{4}-\\d{6})\".*", "$1");
    String triagedatum =
        antwoord.body().replaceAll("(?s).*\"triagedatum\":\"([0-9-]{10})\".*", "$1");
    String lijst = api.get("/api/v1/casussen", "regisseur").body();
    int id = lijst.lastIndexOf("\"id\":", lijst.indexOf(nummer));
    return new Aangemeld(
        nummer, lijst.substring(id + 5, lijst.indexOf(',', id)).strip(), triagedatum);
  }
}
