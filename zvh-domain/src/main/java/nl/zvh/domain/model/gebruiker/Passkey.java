package nl.zvh.domain.model.gebruiker;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;
import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.verplicht;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.gedeeld.Invoerregels;

/**
 * A passkey (WebAuthn credential) of an account: a second way to take the second step of a login,
 * next to the authenticator app. The public key is kept as the authenticator gave it at
 * registration ({@code sleutel}: the attested credential data, CBOR, with the COSE key); the
 * private key never leaves the user's device. {@code teller} is the authenticator's signature
 * counter: a counter that goes back betrays a cloned authenticator.
 */
@Entity
@Table(name = "passkey")
@NamedQuery(
    name = "Passkey.vanGebruikersnaam",
    query =
        "select p from Passkey p, Gebruiker g where g.id = p.gebruikerId"
            + " and g.gebruikersnaam = :gebruikersnaam order by p.toegevoegdOp, p.id")
@NamedQuery(
    name = "Passkey.metCredentialId",
    query = "select p from Passkey p where p.credentialId = :credentialId")
@NamedQuery(
    name = "Passkey.vanGebruikersnaamMetCredentialId",
    query =
        "select p from Passkey p, Gebruiker g where g.id = p.gebruikerId"
            + " and g.gebruikersnaam = :gebruikersnaam and p.credentialId = :credentialId")
@NamedQuery(
    name = "Passkey.verwijderVanGebruiker",
    query = "delete from Passkey p where p.gebruikerId = :gebruikerId")
public class Passkey {

  /** The longest name a user gives a passkey ("Laptop werk", "YubiKey blauw"). */
  public static final int MAX_NAAM = 60;

  /** The most passkeys one account may have. */
  public static final int MAX_PER_GEBRUIKER = 10;

  /** A credential id is at most 1023 bytes (WebAuthn), 1364 characters in base64url. */
  public static final int MAX_CREDENTIAL_ID = 1364;

  @Id
  @SequenceGenerator(name = "passkey_seq", sequenceName = "passkey_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "passkey_seq")
  private Long id;

  @Version private long versie;

  @Column(name = "gebruiker_id", nullable = false)
  private Long gebruikerId;

  /** The credential id in base64url without padding, as the browser names it. */
  @Column(name = "credential_id", nullable = false, unique = true, length = MAX_CREDENTIAL_ID)
  private String credentialId;

  @Column(nullable = false, length = MAX_NAAM)
  private String naam;

  @Basic(optional = false)
  @Column(nullable = false)
  private byte[] sleutel;

  @Column(nullable = false)
  private long teller;

  /** How the browser may reach the authenticator (usb, nfc, ble, internal, hybrid), or null. */
  @Column(length = 100)
  private String transporten;

  @Column(name = "toegevoegd_op", nullable = false)
  private OffsetDateTime toegevoegdOp;

  @Column(name = "laatst_gebruikt_op")
  private OffsetDateTime laatstGebruiktOp;

  protected Passkey() {}

  public Passkey(
      Gebruiker gebruiker,
      String credentialId,
      String naam,
      byte[] sleutel,
      long teller,
      String transporten,
      Instant op) {
    this.gebruikerId = Objects.requireNonNull(gebruiker.getId(), "gebruiker");
    vereis(
        credentialId != null
            && credentialId.length() <= MAX_CREDENTIAL_ID
            && credentialId.matches("[A-Za-z0-9_-]+"),
        "De passkey heeft geen geldige naam bij het apparaat.");
    this.credentialId = credentialId;
    this.naam = geldigeNaam(naam);
    this.sleutel = Objects.requireNonNull(sleutel, "sleutel").clone();
    this.teller = teller;
    this.transporten =
        transporten == null || transporten.isBlank() || transporten.length() > 100
            ? null
            : transporten;
    this.toegevoegdOp = Inloggebeurtenis.moment(Objects.requireNonNull(op, "op"));
  }

  /** The name the user gives it: required, one line, at most {@value #MAX_NAAM} characters. */
  public static String geldigeNaam(String naam) {
    String waarde =
        verplicht(naam, "naam", "Geef de passkey een naam, bijvoorbeeld Laptop werk.", MAX_NAAM);
    Invoerregels.tekst(waarde, false)
        .ifPresent(
            melding -> {
              throw new DomeinRegelGeschonden("naam", melding);
            });
    return waarde;
  }

  /** A login with this passkey: the authenticator's new counter, and when. */
  public void gebruik(long nieuweTeller, Instant op) {
    this.teller = nieuweTeller;
    this.laatstGebruiktOp = Inloggebeurtenis.moment(op);
  }

  public Long getId() {
    return id;
  }

  public long getVersie() {
    return versie;
  }

  public Long getGebruikerId() {
    return gebruikerId;
  }

  public String getCredentialId() {
    return credentialId;
  }

  public String getNaam() {
    return naam;
  }

  public byte[] getSleutel() {
    return sleutel.clone();
  }

  public long getTeller() {
    return teller;
  }

  public Optional<String> getTransporten() {
    return Optional.ofNullable(transporten);
  }

  public Instant getToegevoegdOp() {
    return toegevoegdOp.toInstant();
  }

  public Optional<Instant> getLaatstGebruiktOp() {
    return Optional.ofNullable(laatstGebruiktOp).map(OffsetDateTime::toInstant);
  }
}
