package nl.zvh.systemtest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import nl.zvh.systemtest.api.ApiKlant;
import nl.zvh.systemtest.portaal.Portaal;
import nl.zvh.systemtest.portaal.PortaalAdres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A beheerder issues an API key for a partner system, sees it once, and revokes it: the system's
 * next request is refused at once (issue 14, item 5).
 */
@ExtendWith(Portaal.class)
class KoppelingenIT {

  @Test
  void aKeyIsIssuedShownOnceUsedAndRevoked(PortaalAdres portaal) throws Exception {
    ApiKlant api = new ApiKlant(portaal);
    String naam = "politie-test-" + Long.toString(System.nanoTime() % 100000, 36);
    try (Browser beheerder = Browser.start(portaal)) {
      beheerder.open("/login.xhtml").inloggen("beheerder", DemoAccount.WACHTWOORD);
      beheerder.open("/beheer/koppelingen.xhtml");
      assertTrue(beheerder.paginatekst().contains("politie-demo"), "the demo koppelingen");

      beheerder.klik("uitgeven:geefUit");
      assertTrue(beheerder.tekst("uitgeven:naam-melding").contains("naam"));
      assertTrue(beheerder.alle(By.id("sleutel:waarde")).isEmpty(), "no key without a koppeling");

      beheerder
          .vul("uitgeven:naam", naam)
          .kies("uitgeven:organisatie", "Politie Eenheid Noord-Holland")
          .klik("uitgeven:geefUit");
      String sleutel = beheerder.waarde("sleutel:waarde");
      assertTrue(sleutel.matches("zvh_[a-z0-9]{16}_[A-Za-z0-9_-]{43}"), sleutel);
      assertTrue(beheerder.beschrijving("sleutel:waarde").contains("nooit opnieuw getoond"));
      assertEquals("", beheerder.toegankelijkheidsfouten());

      HttpResponse<String> gebruikt =
          ApiKlant.send(api.metAutorisatie("/api/v1/casussen", "Bearer " + sleutel));
      assertEquals(200, gebruikt.statusCode(), gebruikt.body());

      beheerder.open("/beheer/koppelingen.xhtml");
      assertFalse(beheerder.paginatekst().contains(sleutel), "shown once, never again");
      assertFalse(
          beheerder.paginatekst().contains(sleutel.substring(sleutel.lastIndexOf('_') + 1)));
      By rij = By.xpath("//tr[td[contains(normalize-space(.), '" + naam + "')]]");
      String regel = beheerder.alle(rij).get(0).getText();
      assertTrue(regel.contains("Ketenpartner"), regel);
      assertFalse(regel.contains("Nog niet gebruikt"), "the last-used time: " + regel);
      assertEquals("", beheerder.toegankelijkheidsfouten());

      String vraag =
          beheerder.klikEnBevestig(
              By.xpath("//tr[td[contains(normalize-space(.), '" + naam + "')]]//input"));
      assertTrue(vraag.contains(naam), vraag);
      assertTrue(beheerder.paginatekst().contains("is ingetrokken"), beheerder.paginatekst());
      assertTrue(beheerder.alle(rij).get(0).getText().contains("Ingetrokken"));

      HttpResponse<String> ingetrokken =
          ApiKlant.send(api.metAutorisatie("/api/v1/casussen", "Bearer " + sleutel));
      assertEquals(401, ingetrokken.statusCode(), "refused at once");
      assertEquals(
          "application/problem+json", ingetrokken.headers().firstValue("Content-Type").orElse(""));
      assertTrue(ingetrokken.body().contains("ingetrokken"), ingetrokken.body());
    }
  }
}
