package nl.zvh.web.beveiliging;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.zvh.regie.beveiliging.Passkeydienst.Houder;
import nl.zvh.regie.beveiliging.Passkeydienst.Passkeygegevens;
import nl.zvh.regie.beveiliging.Passkeyverificatie;
import nl.zvh.regie.beveiliging.Relyingparty;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The web side of a passkey ceremony (WebAuthn): the options the page hands to the browser's {@code
 * navigator.credentials}, with a fresh challenge that the session keeps for five minutes and gives
 * back once, and the portal as relying party as this request reached it.
 *
 * <p>The relying party id is the host name of the request: passkeys are bound to it, so the portal
 * must be reached under one name (a proxy passes the original {@code Host} on, as it must for the
 * portal's redirects). The origin the browser reports must be this request's own, or the public
 * address ({@code zvh.portaal.url}) when that has the same host (TLS ended at the proxy).
 */
public final class Passkeyceremonie {

  /** Which ceremony a challenge is for: one cannot stand in for the other. */
  public enum Soort {
    REGISTRATIE,
    AANMELDING
  }

  static final Duration GELDIG = Duration.ofMinutes(5);
  private static final String SESSIE = "zvh.passkey.uitdaging.";
  private static final String PORTAALNAAM = "ZVH-portaal";
  private static final SecureRandom RANDOM = new SecureRandom();

  private record Uitdaging(byte[] waarde, Instant sinds) implements Serializable {}

  private Passkeyceremonie() {}

  /** The options of {@code navigator.credentials.create()} for a new passkey of {@code houder}. */
  public static String registratieopties(HttpServletRequest request, Houder houder, Instant nu) {
    JsonArrayBuilder algoritmen = Json.createArrayBuilder();
    Passkeyverificatie.ALGORITMEN.forEach(
        a -> algoritmen.add(Json.createObjectBuilder().add("type", "public-key").add("alg", a)));
    return Json.createObjectBuilder()
        .add("challenge", base64url(nieuweUitdaging(request, Soort.REGISTRATIE, nu)))
        .add("rp", Json.createObjectBuilder().add("id", rpId(request)).add("name", PORTAALNAAM))
        .add(
            "user",
            Json.createObjectBuilder()
                .add("id", base64url(houder.handle()))
                .add("name", houder.gebruikersnaam())
                .add("displayName", houder.weergavenaam()))
        .add("pubKeyCredParams", algoritmen)
        .add("timeout", GELDIG.toMillis())
        .add("attestation", "none")
        .add(
            "authenticatorSelection",
            Json.createObjectBuilder()
                .add("residentKey", "preferred")
                .add("userVerification", "preferred"))
        .add("excludeCredentials", sleutels(houder.passkeys()))
        .build()
        .toString();
  }

  /** The options of {@code navigator.credentials.get()} for the second step of a login. */
  public static String aanmeldopties(
      HttpServletRequest request, List<Passkeygegevens> passkeys, Instant nu) {
    return Json.createObjectBuilder()
        .add("challenge", base64url(nieuweUitdaging(request, Soort.AANMELDING, nu)))
        .add("rpId", rpId(request))
        .add("allowCredentials", sleutels(passkeys))
        .add("userVerification", "preferred")
        .add("timeout", GELDIG.toMillis())
        .build()
        .toString();
  }

  /**
   * The challenge of this ceremony, taken out of the session: an answer is checked against it once.
   * Null when there is none or it lapsed.
   */
  public static byte[] neemUitdaging(HttpServletRequest request, Soort soort, Instant nu) {
    HttpSession sessie = request.getSession(false);
    if (sessie == null) {
      return null;
    }
    Uitdaging uitdaging = (Uitdaging) sessie.getAttribute(SESSIE + soort);
    sessie.removeAttribute(SESSIE + soort);
    return uitdaging == null || nu.isAfter(uitdaging.sinds().plus(GELDIG))
        ? null
        : uitdaging.waarde();
  }

  /** The portal as relying party, as this request reached it. */
  public static Relyingparty relyingparty(HttpServletRequest request) {
    String id = rpId(request);
    Set<String> herkomsten = new HashSet<>(Set.of(Herkomstcontrole.eigenHerkomst(request)));
    ConfigProvider.getConfig()
        .getOptionalValue("zvh.portaal.url", String.class)
        .flatMap(Herkomstcontrole::herkomst)
        .filter(publiek -> host(publiek).equals(Optional.of(id)))
        .ifPresent(herkomsten::add);
    return new Relyingparty(id, herkomsten);
  }

  private static byte[] nieuweUitdaging(HttpServletRequest request, Soort soort, Instant nu) {
    byte[] waarde = new byte[32];
    RANDOM.nextBytes(waarde);
    request.getSession(true).setAttribute(SESSIE + soort, new Uitdaging(waarde, nu));
    return waarde;
  }

  private static JsonArrayBuilder sleutels(List<Passkeygegevens> passkeys) {
    JsonArrayBuilder sleutels = Json.createArrayBuilder();
    for (Passkeygegevens passkey : passkeys) {
      JsonObjectBuilder sleutel =
          Json.createObjectBuilder().add("type", "public-key").add("id", passkey.credentialId());
      if (!passkey.transporten().isEmpty()) {
        sleutel.add("transports", Json.createArrayBuilder(passkey.transporten()));
      }
      sleutels.add(sleutel);
    }
    return sleutels;
  }

  private static String rpId(HttpServletRequest request) {
    return request.getServerName().toLowerCase(Locale.ROOT);
  }

  private static Optional<String> host(String herkomst) {
    return Optional.ofNullable(URI.create(herkomst).getHost());
  }

  private static String base64url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
