package nl.zvh.regie.beveiliging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;
import java.util.Set;
import nl.zvh.regie.beveiliging.Passkeyverificatie.Aanmelding;
import nl.zvh.regie.beveiliging.Passkeyverificatie.NieuwePasskey;
import nl.zvh.regie.beveiliging.Passkeyverificatie.Ongeldig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checks of a passkey ceremony against a software authenticator made here with the JDK's
 * cryptography: it answers as a real one does (the "none" attestation, an ES256 key, the signature
 * over the authenticator data and the hash of the client data), so each check can be broken on its
 * own. The browser test with Chromium's virtual authenticator covers the portal's pages.
 */
class PasskeyverificatieTest {

  private static final String HERKOMST = "https://zvh.example";
  private static final Relyingparty RP = new Relyingparty("zvh.example", Set.of(HERKOMST));

  private final Sleutelhanger sleutelhanger = new Sleutelhanger();
  private final byte[] uitdaging = willekeurig(32);

  @Test
  void aNewPasskeyIsAcceptedAndKeptWithItsKeyCounterAndTransports() throws Exception {
    NieuwePasskey passkey = geregistreerd();

    assertEquals(sleutelhanger.credentialId(), passkey.credentialId());
    assertEquals(0, passkey.teller());
    assertEquals("hybrid,internal", passkey.transporten());
  }

  @Test
  void aRegistrationForAnotherChallengeOriginOrSiteIsRefused() {
    assertThrows(
        Ongeldig.class,
        () ->
            Passkeyverificatie.registratie(
                sleutelhanger.registratie(willekeurig(32), HERKOMST, "zvh.example"), uitdaging, RP),
        "a challenge this server did not give (a replayed registration)");
    assertThrows(
        Ongeldig.class,
        () ->
            Passkeyverificatie.registratie(
                sleutelhanger.registratie(uitdaging, "https://zvh.example.evil", "zvh.example"),
                uitdaging,
                RP),
        "a page on another site");
    assertThrows(
        Ongeldig.class,
        () ->
            Passkeyverificatie.registratie(
                sleutelhanger.registratie(uitdaging, HERKOMST, "evil.example"), uitdaging, RP),
        "a key for another relying party");
  }

  @Test
  void aLoginWithTheRegisteredKeyIsAcceptedAndItsCounterMustMoveOn() throws Exception {
    NieuwePasskey passkey = geregistreerd();
    byte[] tweede = willekeurig(32);

    String antwoord = sleutelhanger.aanmelding(tweede, HERKOMST, 6);
    assertEquals(passkey.credentialId(), Passkeyverificatie.credentialId(antwoord));
    Aanmelding aanmelding =
        Passkeyverificatie.aanmelding(antwoord, tweede, RP, passkey.sleutel(), 5);

    assertEquals(new Aanmelding(passkey.credentialId(), 6), aanmelding);
    assertThrows(
        Ongeldig.class,
        () -> Passkeyverificatie.aanmelding(antwoord, tweede, RP, passkey.sleutel(), 6),
        "a counter that did not move on: a cloned authenticator, or the same answer again");
    assertThrows(
        Ongeldig.class,
        () -> Passkeyverificatie.aanmelding(antwoord, willekeurig(32), RP, passkey.sleutel(), 5),
        "an answer to another challenge");
  }

  @Test
  void aLoginSignedWithAnotherKeyIsRefused() throws Exception {
    NieuwePasskey passkey = geregistreerd();
    Sleutelhanger ander = new Sleutelhanger(sleutelhanger.credentialIdBytes());

    assertThrows(
        Ongeldig.class,
        () ->
            Passkeyverificatie.aanmelding(
                ander.aanmelding(uitdaging, HERKOMST, 1), uitdaging, RP, passkey.sleutel(), 0));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "null",
        "[]",
        "{}",
        "{\"id\":\"AAAA\"}",
        "{\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"type\":\"public-key\",\"response\":{}}",
        "{\"response\":{\"clientDataJSON\":\"!!!\",\"attestationObject\":\"%%%\"}}",
        "{\"id\":\"AAAA\",\"response\":{\"clientDataJSON\":\"e30\",\"authenticatorData\":\"AA\"}}",
        "\u0000"
      })
  void anythingElseABrowserCouldSendIsRefusedAsInvalid(String antwoord) {
    assertThrows(Ongeldig.class, () -> Passkeyverificatie.registratie(antwoord, uitdaging, RP));
    assertThrows(Ongeldig.class, () -> Passkeyverificatie.credentialId(antwoord));
  }

  /** The passkey of the software authenticator, registered as the portal accepts it. */
  private NieuwePasskey geregistreerd() throws Exception {
    return Passkeyverificatie.registratie(
        sleutelhanger.registratie(uitdaging, HERKOMST, "zvh.example"), uitdaging, RP);
  }

  private static byte[] willekeurig(int lengte) {
    byte[] bytes = new byte[lengte];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }

  private static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A software authenticator with one ES256 key, answering as the WebAuthn browser API does. */
  private static final class Sleutelhanger {

    private static final byte UP = 0x01;
    private static final byte AT = 0x40;

    private final KeyPair sleutels;
    private final byte[] credentialId;

    Sleutelhanger() {
      this(willekeurig(32));
    }

    Sleutelhanger(byte[] credentialId) {
      try {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        this.sleutels = generator.generateKeyPair();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
      this.credentialId = credentialId;
    }

    String credentialId() {
      return b64(credentialId);
    }

    byte[] credentialIdBytes() {
      return credentialId.clone();
    }

    /** The JSON of {@code navigator.credentials.create()}'s answer. */
    String registratie(byte[] uitdaging, String herkomst, String rpId) throws Exception {
      AttestedCredentialData sleutel =
          new AttestedCredentialData(
              AAGUID.ZERO,
              credentialId,
              EC2COSEKey.create((ECPublicKey) sleutels.getPublic(), COSEAlgorithmIdentifier.ES256));
      AttestationObject attestatie =
          new AttestationObject(
              new AuthenticatorData<>(sha256(rpId), (byte) (UP | AT), 0, sleutel),
              new NoneAttestationStatement());
      byte[] attestatieBytes =
          new AttestationObjectConverter(new ObjectConverter()).convertToBytes(attestatie);
      return "{\"id\":\"%s\",\"rawId\":\"%s\",\"type\":\"public-key\",\"response\":{\"clientDataJSON\":\"%s\",\"attestationObject\":\"%s\",\"transports\":[\"internal\",\"hybrid\"]},\"clientExtensionResults\":{}}"
          .formatted(
              credentialId(),
              credentialId(),
              b64(clientData("webauthn.create", uitdaging, herkomst)),
              b64(attestatieBytes));
    }

    /** The JSON of {@code navigator.credentials.get()}'s answer, signed with this key. */
    String aanmelding(byte[] uitdaging, String herkomst, int teller) throws Exception {
      byte[] authenticatorData =
          ByteBuffer.allocate(37).put(sha256("zvh.example")).put(UP).putInt(teller).array();
      byte[] clientData = clientData("webauthn.get", uitdaging, herkomst);
      Signature ondertekening = Signature.getInstance("SHA256withECDSA");
      ondertekening.initSign(sleutels.getPrivate());
      ondertekening.update(authenticatorData);
      ondertekening.update(sha256(clientData));
      return "{\"id\":\"%s\",\"rawId\":\"%s\",\"type\":\"public-key\",\"response\":{\"clientDataJSON\":\"%s\",\"authenticatorData\":\"%s\",\"signature\":\"%s\"},\"clientExtensionResults\":{}}"
          .formatted(
              credentialId(),
              credentialId(),
              b64(clientData),
              b64(authenticatorData),
              b64(ondertekening.sign()));
    }

    private static byte[] clientData(String type, byte[] uitdaging, String herkomst) {
      return "{\"type\":\"%s\",\"challenge\":\"%s\",\"origin\":\"%s\",\"crossOrigin\":false}"
          .formatted(type, b64(uitdaging), herkomst)
          .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sha256(String tekst) throws GeneralSecurityException {
      return sha256(tekst.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(byte[] bytes) throws GeneralSecurityException {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    }
  }
}
