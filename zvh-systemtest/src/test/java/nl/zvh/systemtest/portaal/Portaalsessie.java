package nl.zvh.systemtest.portaal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user of the portal without a browser: plain HTTP with the session cookie, for tests that send
 * what a browser would not (a foreign Origin, a GET with a form's fields, a tampered view state) or
 * that read headers a browser hides. Redirects are not followed, so a test sees each response.
 *
 * <p>{@link #inloggen} is the ONE place where a test logs in over plain HTTP (the login form as the
 * browser posts it): when the login gains a step (a second factor), it is added here.
 */
public final class Portaalsessie {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private static final Pattern FORMULIER =
      Pattern.compile(
          "<form id=\"([^\"]+)\"[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
  private static final Pattern ATTRIBUUT = Pattern.compile("(\\w[\\w-]*)=\"([^\"]*)\"");
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private final PortaalAdres portaal;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private final java.util.List<String> gezet = new java.util.ArrayList<>();

  private Portaalsessie(PortaalAdres portaal) {
    this.portaal = portaal;
  }

  /** A visitor without a session. */
  public static Portaalsessie anoniem(PortaalAdres portaal) {
    return new Portaalsessie(portaal);
  }

  /**
   * Logs in through the login form, as a browser does, in both steps: the login page (its token
   * cookie and field), the password posted back from the portal's own origin, then the code of the
   * authenticator app on the second-factor page. Fails unless the portal then sends the user on to
   * a page of the portal.
   */
  public static Portaalsessie inloggen(PortaalAdres portaal, String gebruiker, String wachtwoord)
      throws IOException, InterruptedException {
    Portaalsessie sessie = new Portaalsessie(portaal);
    HttpResponse<String> wachtwoordstap = sessie.probeerInTeLoggen(gebruiker, wachtwoord);
    String naar = wachtwoordstap.headers().firstValue("Location").orElse("");
    if (wachtwoordstap.statusCode() != 302 || !naar.contains("/tweedefactor.xhtml")) {
      throw new AssertionError(
          "Inloggen als " + gebruiker + " mislukte: " + wachtwoordstap.statusCode() + " " + naar);
    }
    HttpResponse<String> codestap =
        sessie.klik(
            "/tweedefactor.xhtml",
            "tweedefactorformulier",
            "tweedefactorformulier:bevestigen",
            Map.of("tweedefactorformulier:code", Authenticator.code(gebruiker)),
            Map.of("Origin", sessie.herkomst()));
    naar = codestap.headers().firstValue("Location").orElse("");
    if (codestap.statusCode() != 302
        || naar.contains("/login.xhtml")
        || naar.contains("/tweedefactor.xhtml")) {
      throw new AssertionError(
          "Tweede stap als " + gebruiker + " mislukte: " + codestap.statusCode() + " " + naar);
    }
    return sessie;
  }

  /**
   * The first step only, whatever its outcome: the login page, then its form with the name and
   * password, from the portal's own origin. Returns the answer to the post.
   */
  public HttpResponse<String> probeerInTeLoggen(String gebruiker, String wachtwoord)
      throws IOException, InterruptedException {
    HttpResponse<String> login = get("/login.xhtml");
    Map<String, String> velden = velden(login.body(), "inlogformulier", "inloggen");
    velden.put("gebruikersnaam", gebruiker);
    velden.put("wachtwoord", wachtwoord);
    return post("/login.xhtml", velden, Map.of("Origin", herkomst()));
  }

  /** Every Set-Cookie header the portal sent this visitor, in order. */
  public java.util.List<String> gezetteCookies() {
    return java.util.List.copyOf(gezet);
  }

  /** The portal's own origin, as a browser sends it in {@code Origin}. */
  public String herkomst() {
    URI basis = portaal.basis();
    return basis.getScheme() + "://" + basis.getAuthority();
  }

  public PortaalAdres portaal() {
    return portaal;
  }

  /** The value of the session cookie, or null before there is one. */
  public String sessieId() {
    return cookies.get("JSESSIONID");
  }

  public HttpResponse<String> get(String pad) throws IOException, InterruptedException {
    return stuur(HttpRequest.newBuilder(portaal.pagina(pad)).GET(), Map.of());
  }

  public HttpResponse<String> get(String pad, Map<String, String> koppen)
      throws IOException, InterruptedException {
    return stuur(HttpRequest.newBuilder(portaal.pagina(pad)).GET(), koppen);
  }

  /** A form post (application/x-www-form-urlencoded) with exactly the given headers. */
  public HttpResponse<String> post(
      String pad, Map<String, String> velden, Map<String, String> koppen)
      throws IOException, InterruptedException {
    return stuur(
        HttpRequest.newBuilder(portaal.pagina(pad))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(codeer(velden))),
        koppen);
  }

  /**
   * What a browser posts when the user clicks a button of a form on a page: the form's hidden and
   * filled-in fields (the view state, PrimeFaces' CSP nonce), the given values, and the button. The
   * page is fetched first; the request goes to the form's action with the given headers.
   */
  public HttpResponse<String> klik(
      String pad,
      String formulier,
      String knop,
      Map<String, String> invoer,
      Map<String, String> koppen)
      throws IOException, InterruptedException {
    String pagina = get(pad).body();
    Map<String, String> velden = velden(pagina, formulier, knop);
    velden.putAll(invoer);
    return post(actie(pagina, formulier), velden, koppen);
  }

  /** The action (path and query) of a form on a page. */
  public static String actie(String pagina, String formulier) {
    Matcher m = FORMULIER.matcher(pagina);
    while (m.find()) {
      if (m.group(1).equals(formulier)) {
        return m.group(2).replace("&amp;", "&");
      }
    }
    throw new AssertionError("Geen formulier " + formulier + " op de pagina");
  }

  /**
   * The fields a browser would post from a form: every input with a name (text as it stands,
   * checked boxes, hidden ones such as the view state), PrimeFaces' nonce, and the clicked button.
   */
  public static Map<String, String> velden(String pagina, String formulier, String knop) {
    Matcher m = FORMULIER.matcher(pagina);
    while (m.find()) {
      if (!m.group(1).equals(formulier)) {
        continue;
      }
      Map<String, String> velden = new LinkedHashMap<>();
      Matcher input = INPUT.matcher(m.group(3));
      while (input.find()) {
        Map<String, String> a = attributen(input.group());
        String type = a.getOrDefault("type", "text");
        String naam = a.get("name");
        if (naam == null
            || type.equals("submit")
            || type.equals("button")
            || type.equals("file")
            || ((type.equals("checkbox") || type.equals("radio"))
                && !input.group().contains("checked"))) {
          continue;
        }
        velden.put(naam, a.getOrDefault("value", "").replace("&amp;", "&"));
      }
      if (knop != null) {
        velden.put(knop, knop);
      }
      nonce(pagina).ifPresent(n -> velden.put("primefaces.nonce", n));
      return velden;
    }
    throw new AssertionError("Geen formulier " + formulier + " op de pagina");
  }

  /** The CSP nonce PrimeFaces gave the page (its script adds it to every form it sends). */
  public static Optional<String> nonce(String pagina) {
    Matcher m = NONCE.matcher(pagina);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Map<String, String> attributen(String element) {
    Map<String, String> a = new LinkedHashMap<>();
    Matcher m = ATTRIBUUT.matcher(element);
    while (m.find()) {
      a.put(m.group(1), m.group(2));
    }
    return a;
  }

  private HttpResponse<String> stuur(HttpRequest.Builder verzoek, Map<String, String> koppen)
      throws IOException, InterruptedException {
    if (!cookies.isEmpty()) {
      StringJoiner cookie = new StringJoiner("; ");
      cookies.forEach((naam, waarde) -> cookie.add(naam + "=" + waarde));
      verzoek.header("Cookie", cookie.toString());
    }
    koppen.forEach(verzoek::header);
    HttpResponse<String> antwoord =
        HTTP.send(verzoek.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    for (String gezetteCookie : antwoord.headers().allValues("Set-Cookie")) {
      gezet.add(gezetteCookie);
      String[] paar = gezetteCookie.split(";", 2)[0].split("=", 2);
      if (paar.length == 2
          && !paar[1].isEmpty()
          && !gezetteCookie.toLowerCase().contains("max-age=0")) {
        cookies.put(paar[0].strip(), paar[1].strip());
      } else {
        cookies.remove(paar[0].strip());
      }
    }
    return antwoord;
  }

  private static String codeer(Map<String, String> velden) {
    StringJoiner body = new StringJoiner("&");
    velden.forEach(
        (naam, waarde) ->
            body.add(
                URLEncoder.encode(naam, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(waarde, StandardCharsets.UTF_8)));
    return body.toString();
  }
}
