package nl.zvh.systemtest.browser;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import nl.zvh.systemtest.portaal.Authenticator;
import nl.zvh.systemtest.portaal.PortaalAdres;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * One headless Chromium (Debian's, with its ChromeDriver, so nothing is downloaded) and the steps a
 * user takes in the portal. Each instance has its own fresh profile: its own cookies and session.
 */
public final class Browser implements AutoCloseable {

  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** axe-core as the axe-core Selenium jar ships it. */
  private static final String AXE_CORE = axeCore();

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final ChromeDriver driver;
  private final PortaalAdres portaal;
  private final Path profiel;

  private Browser(ChromeDriver driver, PortaalAdres portaal, Path profiel) {
    this.driver = driver;
    this.portaal = portaal;
    this.profiel = profiel;
  }

  public static Browser start(PortaalAdres portaal) {
    try {
      Path profiel = Files.createTempDirectory("zvh-chromium-");
      ChromeOptions opties =
          new ChromeOptions()
              .setBinary("/usr/bin/chromium")
              .addArguments(
                  "--headless=new",
                  "--no-sandbox",
                  "--disable-gpu",
                  "--disable-dev-shm-usage",
                  "--disable-background-networking",
                  "--disable-component-update",
                  "--disable-sync",
                  "--no-first-run",
                  "--lang=nl-NL",
                  "--window-size=1280,900",
                  "--user-data-dir=" + profiel);
      // The browser's console, where Chromium reports every Content-Security-Policy violation.
      LoggingPreferences logboek = new LoggingPreferences();
      logboek.enable(LogType.BROWSER, Level.ALL);
      opties.setCapability("goog:loggingPrefs", logboek);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File("/usr/bin/chromedriver"))
              .usingAnyFreePort()
              .build();
      return new Browser(new ChromeDriver(service, opties), portaal, profiel);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Gives the browser a passkey device, as a laptop with a fingerprint reader has: Chromium's
   * virtual authenticator (CTAP2, built in, user verification that succeeds). It answers the
   * portal's WebAuthn requests with real keys and signatures, so the server's checks run in full.
   */
  public VirtualAuthenticator passkeyapparaat() {
    return driver.addVirtualAuthenticator(
        new VirtualAuthenticatorOptions()
            .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
            .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
            .setHasResidentKey(true)
            .setHasUserVerification(true)
            .setIsUserVerified(true));
  }

  public Browser zonderPasskeyapparaat(VirtualAuthenticator apparaat) {
    driver.removeVirtualAuthenticator(apparaat);
    return this;
  }

  /** Forgets the session, as a new visitor on a laptop (1280 by 900). */
  public Browser vergeet() {
    breedte(1280);
    open("/login.xhtml");
    driver.manage().deleteAllCookies();
    if (!driver.manage().getCookies().isEmpty()) {
      throw new IllegalStateException("Cookies bleven staan: " + driver.manage().getCookies());
    }
    return this;
  }

  /** Runs a script in the page, for what a user could do with the developer tools. */
  public Object script(String javascript, Object... argumenten) {
    return driver.executeScript(javascript, argumenten);
  }

  public Browser open(String pad) {
    driver.get(portaal.pagina(pad).toString());
    geenCspOvertredingen();
    return this;
  }

  /**
   * Fails when the browser reported a Content-Security-Policy violation since the last check: a
   * script, style, image or handler the portal's policy blocked (so something on the page does not
   * work). Checked after every page that {@link #open}, {@link #klik}, an ajax update and the
   * accessibility check see, so every browser test and the walk of every page catch one.
   */
  public Browser geenCspOvertredingen() {
    List<String> overtredingen = new java.util.ArrayList<>(cspOvertredingen());
    // PrimeFaces' CSP mode moves inline event handlers into scripts that register them through
    // its core; without that core on the page they silently do nothing, which no console shows.
    if (Boolean.TRUE.equals(
        driver.executeScript(
            "return !window.PrimeFaces && Array.from(document.scripts)"
                + ".some(s => s.textContent.indexOf('PrimeFaces.csp.register') >= 0);"))) {
      overtredingen.add("event handlers verplaatst door de CSP-modus, maar PrimeFaces ontbreekt");
    }
    if (!overtredingen.isEmpty()) {
      throw new AssertionError(
          "Content-Security-Policy geschonden op "
              + driver.getCurrentUrl()
              + ":\n"
              + String.join("\n", overtredingen));
    }
    return this;
  }

  /**
   * The CSP violations in the browser's console since the last look (reading empties it). Chromium
   * writes each as an error starting "Refused to …" that names the Content Security Policy.
   */
  public List<String> cspOvertredingen() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy"))
        .toList();
  }

  /**
   * Logs in with both steps and checks that it worked, so that a test never goes on as an anonymous
   * visitor. An account without a second factor enrols on the way (the secret is read from the
   * page, as a person would type it into an app) and its recovery codes are passed.
   */
  public Browser inloggen(String gebruikersnaam, String wachtwoord) {
    probeerInTeLoggen(gebruikersnaam, wachtwoord);
    if (!pad().endsWith("/tweedefactor.xhtml")) {
      throw new AssertionError(
          "Inloggen als " + gebruikersnaam + " mislukte; de pagina toont: " + paginatekst());
    }
    if (!driver.findElements(By.id("geheim")).isEmpty()) {
      Authenticator.voegToe(gebruikersnaam, element(By.id("geheim")).getText());
    }
    vul("tweedefactorformulier:code", Authenticator.code(gebruikersnaam));
    klik("tweedefactorformulier:bevestigen");
    if (pad().endsWith("/account/herstelcodes.xhtml")) {
      klik("verder");
    }
    if (pad().endsWith("/login.xhtml") || pad().endsWith("/tweedefactor.xhtml")) {
      throw new AssertionError(
          "De tweede stap als " + gebruikersnaam + " mislukte; de pagina toont: " + paginatekst());
    }
    return this;
  }

  /** Fills in and sends the login form, whatever the outcome (for tests of a refused login). */
  public Browser probeerInTeLoggen(String gebruikersnaam, String wachtwoord) {
    if (!driver.getCurrentUrl().contains("/login.xhtml")) {
      open("login.xhtml");
    }
    vul("gebruikersnaam", gebruikersnaam);
    vul("wachtwoord", wachtwoord);
    klik("inloggen");
    return this;
  }

  public Browser uitloggen() {
    klik("uitlogformulier:uitloggen");
    return this;
  }

  public Browser vul(String id, String tekst) {
    WebElement veld = element(By.id(id));
    veld.clear();
    veld.sendKeys(tekst);
    return this;
  }

  /** Chooses a file in a file input, as the user does in the browser's file dialog. */
  public Browser kiesBestand(String id, Path bestand) {
    element(By.id(id)).sendKeys(bestand.toString());
    return this;
  }

  /** Takes away the browser's own size check of a file input, as an old browser would lack it. */
  public Browser zonderBestandsgrens(String id) {
    driver.executeScript("arguments[0].removeAttribute('data-max-bytes');", element(By.id(id)));
    return this;
  }

  /** Chooses an option of a select list by its visible text. */
  public Browser kies(String id, String zichtbareTekst) {
    new Select(element(By.id(id))).selectByVisibleText(zichtbareTekst);
    return this;
  }

  /**
   * Types a date (given as yyyy-MM-dd) or a time (HH:mm) in a zvh:datumveld or zvh:tijdveld, the
   * way a user types it: dd-mm-jjjj in the text input of PrimeFaces' date picker (id + "_input").
   */
  public Browser datum(String id, String iso) {
    String tekst =
        iso.matches("\\d{4}-\\d{2}-\\d{2}")
            ? java.time.LocalDate.parse(iso)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"))
            : iso;
    // Emptying goes through the picker too: it would write its own date back on sending.
    driver.executeScript(
        "const veld = document.getElementById(arguments[0] + '_input')"
            + " || document.getElementById(arguments[0]); veld.value = arguments[1];"
            + " const kiezer = window.PrimeFaces && PrimeFaces.getWidgetById(arguments[0]);"
            + " if (kiezer && !arguments[1]) { kiezer.setDate(null); }",
        id,
        tekst);
    return this;
  }

  /**
   * Clicks a destructive button, checks that the portal asks first and names what will be lost,
   * confirms, and waits for the page the action leads to. Returns the question asked.
   */
  public String klikEnBevestig(By knop) {
    element(knop).click();
    WebElement dialoog = element(By.id("bevestiging"));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> dialoog.isDisplayed());
    String vraag = element(By.id("bevestiging-tekst")).getText();
    klik("bevestiging-ja");
    return vraag;
  }

  public String klikEnBevestig(String id) {
    return klikEnBevestig(By.id(id));
  }

  /** Clicks a destructive button and cancels the question: nothing may happen. */
  public Browser klikEnAnnuleer(String id) {
    return klikEnAnnuleer(By.id(id));
  }

  public Browser klikEnAnnuleer(By knop) {
    element(knop).click();
    WebElement dialoog = element(By.id("bevestiging"));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> dialoog.isDisplayed());
    element(By.id("bevestiging-nee")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !dialoog.isDisplayed());
    return this;
  }

  /**
   * Sets the viewport's width (900 high), e.g. 390 for a phone. Through the DevTools' device
   * metrics, as the browser's own device toolbar does: a window cannot be narrower than 500 pixels.
   */
  public Browser breedte(int pixels) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", pixels, "height", 900, "deviceScaleFactor", 1, "mobile", pixels < 600));
    return this;
  }

  /** How far the page is wider than the window (0: no sideways scrolling), in CSS pixels. */
  public long zijwaarts() {
    return ((Number)
            driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
        .longValue();
  }

  public String waarde(String id) {
    return element(By.id(id)).getDomProperty("value");
  }

  /** Clicks and waits until the page that the click leads to has loaded. */
  public Browser klik(String id) {
    return klik(By.id(id));
  }

  public Browser klik(By selector) {
    // Mark the current document; the click has been handled once a new, complete one replaced it.
    driver.executeScript("window.zvhOudeDocument = true;");
    element(selector).click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    driver.executeScript(
                        "return !window.zvhOudeDocument && document.readyState === 'complete';")));
    geenCspOvertredingen();
    return this;
  }

  /** Waits until the page shows the text (after an update by PrimeFaces' own ajax). */
  public Browser wachtOpTekst(String tekst) {
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> paginatekst().contains(tekst));
    return this;
  }

  /** Clicks a control that updates part of the page by Faces ajax, and waits for the update. */
  public Browser klikAjax(String id) {
    // A script click: after an ajax update Chromium's native click on a radio sometimes misses.
    return metAjax(id, () -> driver.executeScript("arguments[0].click();", element(By.id(id))));
  }

  /**
   * Chooses an option of a select list that updates part of the page by Faces ajax (its change
   * event), by the option's visible text, and waits for the update.
   */
  public Browser kiesAjax(String id, String zichtbareTekst) {
    return metAjax(id, () -> new Select(element(By.id(id))).selectByVisibleText(zichtbareTekst));
  }

  private Browser metAjax(String id, Runnable actie) {
    driver.executeScript(
        "if (!window.zvhAjax) { window.zvhAjax = {klaar: 0, log: []};"
            + " faces.ajax.addOnEvent(e => { window.zvhAjax.log.push(e.status);"
            + " if (e.status === 'success') window.zvhAjax.klaar++; });"
            + " faces.ajax.addOnError(e => window.zvhAjax.log.push(e.status + ' ' + e.errorName"
            + " + ' ' + e.errorMessage + ' ' + e.responseText)); }"
            + " window.zvhAjaxVoor = window.zvhAjax.klaar;");
    actie.run();
    try {
      new WebDriverWait(driver, Duration.ofSeconds(15))
          .until(
              d ->
                  Boolean.TRUE.equals(
                      driver.executeScript("return window.zvhAjax.klaar > window.zvhAjaxVoor;")));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "Geen ajax-antwoord na "
              + id
              + ": "
              + driver.executeScript("return JSON.stringify(window.zvhAjax.log);")
              + driver.manage().logs().get("browser").getAll()
              + "\n"
              + driver.getPageSource(),
          e);
    }
    geenCspOvertredingen();
    return this;
  }

  /** The id of the element that has the keyboard focus. */
  public String focus() {
    return (String)
        driver.executeScript("return document.activeElement && document.activeElement.id;");
  }

  /** Follows an in-page link (of the error summary, say) as a user does, by clicking it. */
  public Browser klikLink(By link) {
    element(link).click();
    return this;
  }

  /**
   * What a download button delivers: the page posts its form with that button, as a click would,
   * and the response body comes back as text (ISO-8859-1, so binary bytes survive one to one).
   * Headless Chromium does not reliably save downloads, so the test reads the response itself.
   */
  public String download(String knoptekst) {
    return downloadMetKoppen(By.xpath("//input[@value='" + knoptekst + "']")).inhoud();
  }

  /** The same for a command link: Faces posts its form with the link's own id as parameter. */
  public String downloadViaLink(By link) {
    return downloadMetKoppen(link).inhoud();
  }

  /**
   * The whole answer to a download button or command link: status, headers and body. The browser
   * posts the form itself (its session cookie, its view state), and a same-origin fetch may read
   * every response header but Set-Cookie.
   */
  public Download downloadMetKoppen(By knopOfLink) {
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    @SuppressWarnings("unchecked")
    Map<String, Object> antwoord =
        (Map<String, Object>)
            driver.executeAsyncScript(
                "const klaar = arguments[arguments.length - 1];"
                    + "const element = arguments[0];"
                    + "const formulier = element.form || element.closest('form');"
                    + "const gegevens = new URLSearchParams(new FormData(formulier));"
                    // A button is sent by its name and value; Faces sends a link as its own id.
                    + "if (element.tagName === 'A') { gegevens.append(element.id, element.id); }"
                    + " else { gegevens.append(element.name, element.value); }"
                    + "fetch(formulier.action, {method: 'POST', body: gegevens, credentials: 'same-origin'})"
                    + ".then(r => r.arrayBuffer().then(b => klaar({"
                    + "status: r.status,"
                    + "koppen: Object.fromEntries(r.headers.entries()),"
                    + "inhoud: new TextDecoder('iso-8859-1').decode(b)})))"
                    + ".catch(e => klaar({status: -1, koppen: {}, inhoud: String(e)}));",
                element(knopOfLink));
    @SuppressWarnings("unchecked")
    Map<String, String> koppen = (Map<String, String>) antwoord.get("koppen");
    return new Download(
        ((Number) antwoord.get("status")).intValue(), koppen, (String) antwoord.get("inhoud"));
  }

  /**
   * A served file: the HTTP status, the response headers (names in lower case, as fetch gives them)
   * and the body with one char per byte (ISO-8859-1).
   */
  public record Download(int status, Map<String, String> koppen, String inhoud) {

    public String kop(String naam) {
      return koppen.get(naam.toLowerCase(Locale.ROOT));
    }

    /** The body read as UTF-8, for text files. */
    public String tekst() {
      return new String(inhoud.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
  }

  /**
   * What a screen reader reads as the field's description: the elements its aria-describedby names.
   */
  public String beschrijving(String id) {
    return (String)
        driver.executeScript(
            "return (arguments[0].getAttribute('aria-describedby') || '').split(' ')"
                + ".map(i => document.getElementById(i))"
                + ".map(e => e ? e.textContent.trim() : '(ontbreekt)').join(' ').trim();",
            element(By.id(id)));
  }

  public String kop() {
    return element(By.tagName("h1")).getText();
  }

  /** The page's HTML as the browser has it. */
  public String paginaBron() {
    return driver.getPageSource();
  }

  public String pad() {
    return java.net.URI.create(driver.getCurrentUrl()).getPath();
  }

  /** The path with its parameters, to open the same page in another browser. */
  public String padMetParameters() {
    java.net.URI adres = java.net.URI.create(driver.getCurrentUrl());
    return adres.getPath() + (adres.getRawQuery() == null ? "" : "?" + adres.getRawQuery());
  }

  public String tekst(String id) {
    return element(By.id(id)).getText();
  }

  /**
   * Finds an element; when it is not there, the failure says on which page the browser was and what
   * it showed, so that a test failing on another machine can be understood from its report.
   */
  private WebElement element(By selector) {
    try {
      return driver.findElement(selector);
    } catch (NoSuchElementException e) {
      String tekst = paginatekst();
      throw new AssertionError(
          "Niet gevonden: "
              + selector
              + " op "
              + driver.getCurrentUrl()
              + " met tekst: "
              + tekst.substring(0, Math.min(tekst.length(), 600)),
          e);
    }
  }

  public String paginatekst() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public List<WebElement> alle(By selector) {
    return driver.findElements(selector);
  }

  public String sessieId() {
    Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
    return cookie == null ? null : cookie.getValue();
  }

  /**
   * The WCAG 2.1 A and AA violations axe-core finds on the current page, one line each.
   *
   * <p>axe.run in the page itself, as AxeBuilder's legacy mode does, with the same axe-core (the
   * one in the axe-core Selenium jar) and the same rules. AxeBuilder's default path also runs axe
   * in the page, but then opens a second window to merge the results of cross-origin frames,
   * injecting the 560 kB script twice; the portal has no frames, and that extra window cost more
   * than the check. The script is injected once per document, so a page checked again after an ajax
   * update or at another width reuses it. An error in axe fails the test instead of reading as "no
   * violations".
   */
  public String toegankelijkheidsfouten() {
    geenCspOvertredingen();
    if (!Boolean.TRUE.equals(
        driver.executeScript("return typeof window.axe === 'object' && !!window.axe.run;"))) {
      driver.executeScript(AXE_CORE);
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    Object uitkomst =
        driver.executeAsyncScript(
            "const klaar = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                + ".then(r => klaar(JSON.stringify(r.violations)), e => klaar('axe faalde: ' + e));",
            WCAG_21_AA);
    String json = String.valueOf(uitkomst);
    if (!json.startsWith("[")) {
      throw new AssertionError(json + " op " + driver.getCurrentUrl());
    }
    try {
      List<Rule> overtredingen = JSON.readValue(json, new TypeReference<List<Rule>>() {});
      return overtredingen.stream().map(Browser::beschrijf).collect(Collectors.joining("\n"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The accessibility violations of this page on a laptop and on a phone (390 pixels wide, where
   * nothing may scroll sideways); empty when there are none. Ends at the laptop's width.
   */
  public String toegankelijkheidsfoutenOpBeideBreedtes() {
    String laptop = toegankelijkheidsfouten();
    breedte(390);
    String telefoon = toegankelijkheidsfouten();
    long zijwaarts = zijwaarts();
    breedte(1280);
    return (laptop.isEmpty() ? "" : "1280 px: " + laptop + "\n")
        + (telefoon.isEmpty() ? "" : "390 px: " + telefoon + "\n")
        + (zijwaarts == 0 ? "" : "390 px: " + zijwaarts + " px zijwaarts");
  }

  private static String axeCore() {
    try {
      return new EmbeddedResourceAxeProvider().getScript();
    } catch (IOException | javax.naming.OperationNotSupportedException e) {
      throw new IllegalStateException("axe-core niet gevonden", e);
    }
  }

  private static String beschrijf(Rule regel) {
    return regel.getId()
        + " ("
        + regel.getImpact()
        + "): "
        + regel.getHelp()
        + " -> "
        + regel.getNodes().stream()
            .map(n -> String.valueOf(n.getTarget()))
            .collect(Collectors.joining(", "));
  }

  @Override
  public void close() {
    driver.quit();
    try (var bestanden = Files.walk(profiel)) {
      bestanden.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // a leftover temp profile is harmless
    }
  }
}
