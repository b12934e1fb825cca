package nl.zvh.regie.beveiliging;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticatorTransport;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Checks what a browser's authenticator answers in a WebAuthn ceremony, with webauthn4j: the
 * challenge this server gave, the origin and relying party id of the portal, the user's presence,
 * the signature, and (at login) a signature counter that moves forward. Attestation is not required
 * ("none"): the portal trusts the person who proved their password and second factor when adding
 * the passkey, not a vendor's certificate.
 *
 * <p>An answer is the JSON of the WebAuthn Level 3 {@code toJSON()} forms (binary members in
 * base64url). Whatever arrives, a fault becomes a {@link Ongeldig}, never another exception: the
 * answer comes from the browser and may be anything.
 */
public final class Passkeyverificatie {

  /** The algorithms offered at registration, in order of preference: ES256, EdDSA, RS256. */
  public static final List<Long> ALGORITMEN = List.of(-7L, -8L, -257L);

  private static final Logger LOG = Logger.getLogger(Passkeyverificatie.class.getName());
  private static final ObjectConverter CONVERTER = new ObjectConverter();
  private static final WebAuthnManager WEBAUTHN =
      WebAuthnManager.createNonStrictWebAuthnManager(CONVERTER);
  private static final AttestedCredentialDataConverter SLEUTELS =
      new AttestedCredentialDataConverter(CONVERTER);
  private static final List<PublicKeyCredentialParameters> PARAMETERS =
      ALGORITMEN.stream()
          .map(
              a ->
                  new PublicKeyCredentialParameters(
                      PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.create(a)))
          .toList();

  /** The answer was not a valid passkey for this ceremony. */
  public static final class Ongeldig extends Exception {
    Ongeldig(String reden, Throwable oorzaak) {
      super(reden, oorzaak);
    }
  }

  /** A verified new passkey: what is kept of it. */
  public record NieuwePasskey(
      String credentialId, byte[] sleutel, long teller, String transporten) {}

  /** A verified login: which passkey, and its new signature counter. */
  public record Aanmelding(String credentialId, long teller) {}

  private Passkeyverificatie() {}

  /** Verifies the answer to {@code navigator.credentials.create()}. */
  public static NieuwePasskey registratie(String antwoord, byte[] uitdaging, Relyingparty rp)
      throws Ongeldig {
    try {
      RegistrationData data =
          WEBAUTHN.verifyRegistrationResponseJSON(
              antwoord,
              new RegistrationParameters(serverProperty(rp, uitdaging), PARAMETERS, false, true));
      AttestedCredentialData sleutel =
          data.getAttestationObject().getAuthenticatorData().getAttestedCredentialData();
      Set<AuthenticatorTransport> transporten = data.getTransports();
      return new NieuwePasskey(
          base64url(sleutel.getCredentialId()),
          SLEUTELS.convert(sleutel),
          data.getAttestationObject().getAuthenticatorData().getSignCount(),
          transporten == null
              ? null
              : transporten.stream()
                  .map(AuthenticatorTransport::getValue)
                  .sorted()
                  .collect(Collectors.joining(",")));
    } catch (RuntimeException e) {
      throw ongeldig("registratie", e);
    }
  }

  /** The credential id an answer to {@code navigator.credentials.get()} names, to find its key. */
  public static String credentialId(String antwoord) throws Ongeldig {
    try {
      return base64url(WEBAUTHN.parseAuthenticationResponseJSON(antwoord).getCredentialId());
    } catch (RuntimeException e) {
      throw ongeldig("aanmelding", e);
    }
  }

  /**
   * Verifies the answer to {@code navigator.credentials.get()} against the stored key and counter.
   */
  public static Aanmelding aanmelding(
      String antwoord, byte[] uitdaging, Relyingparty rp, byte[] sleutel, long teller)
      throws Ongeldig {
    try {
      AuthenticationData data = WEBAUTHN.parseAuthenticationResponseJSON(antwoord);
      AttestedCredentialData opgeslagen = SLEUTELS.convert(sleutel);
      CredentialRecordImpl record =
          new CredentialRecordImpl(
              null, null, null, null, teller, opgeslagen, null, null, null, null);
      AuthenticationData geverifieerd =
          WEBAUTHN.verify(
              data,
              new AuthenticationParameters(
                  serverProperty(rp, uitdaging),
                  record,
                  List.of(opgeslagen.getCredentialId()),
                  false,
                  true));
      return new Aanmelding(
          base64url(geverifieerd.getCredentialId()),
          geverifieerd.getAuthenticatorData().getSignCount());
    } catch (RuntimeException e) {
      throw ongeldig("aanmelding", e);
    }
  }

  private static ServerProperty serverProperty(Relyingparty rp, byte[] uitdaging) {
    return ServerProperty.builder()
        .origins(rp.herkomsten().stream().map(Origin::new).collect(Collectors.toSet()))
        .rpId(rp.id())
        .challenge(new DefaultChallenge(uitdaging))
        .build();
  }

  private static Ongeldig ongeldig(String ceremonie, RuntimeException e) {
    LOG.log(Level.FINE, e, () -> "Passkey-" + ceremonie + " geweigerd: " + e);
    return new Ongeldig(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
  }

  static String base64url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
