package nl.zvh.domain.model.gebruiker;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The second factor of an account: the TOTP secret (RFC 6238) set at enrolment and the hashes of
 * the recovery codes not yet used. The time step of the last accepted code is kept, so a code that
 * was seen once (over a shoulder, in a log) cannot be used again.
 */
@Entity
@Table(name = "tweede_factor")
@NamedQuery(
    name = "Tweedefactor.vanGebruikersnaam",
    query =
        "select t from Tweedefactor t, Gebruiker g where g.id = t.gebruikerId"
            + " and g.gebruikersnaam = :gebruikersnaam")
@NamedQuery(
    name = "Tweedefactor.onversleuteld",
    query = "select t from Tweedefactor t where t.geheim not like 'v1.%'")
public class Tweedefactor {

  @Id
  @Column(name = "gebruiker_id")
  private Long gebruikerId;

  @Version private long versie;

  /** The secret as the service stores it: encrypted (the domain does not read it). */
  @Column(nullable = false, length = 200)
  private String geheim;

  @Column(name = "ingesteld_op", nullable = false)
  private OffsetDateTime ingesteldOp;

  @Column(name = "laatste_tijdstap", nullable = false)
  private long laatsteTijdstap;

  @ElementCollection
  @CollectionTable(
      name = "tweede_factor_herstelcode",
      joinColumns = @JoinColumn(name = "gebruiker_id"))
  @Column(name = "hash", length = 64)
  private Set<String> herstelcodes = new HashSet<>();

  protected Tweedefactor() {}

  /**
   * Enrols an account: {@code geheim} as stored (the Base32 secret, encrypted by the service),
   * {@code tijdstap} the step of the code that confirmed it (already used), {@code herstelcodes}
   * the hashes of the recovery codes.
   */
  public Tweedefactor(
      Gebruiker gebruiker, String geheim, Instant op, long tijdstap, Set<String> herstelcodes) {
    this.gebruikerId = Objects.requireNonNull(gebruiker.getId(), "gebruiker");
    this.geheim = Objects.requireNonNull(geheim, "geheim");
    this.ingesteldOp = Inloggebeurtenis.moment(Objects.requireNonNull(op, "op"));
    this.laatsteTijdstap = tijdstap;
    this.herstelcodes = new HashSet<>(herstelcodes);
  }

  /**
   * Accepts a code of this time step once: a step at or before the last accepted one is a replay.
   */
  public boolean gebruikTijdstap(long tijdstap) {
    if (tijdstap <= laatsteTijdstap) {
      return false;
    }
    laatsteTijdstap = tijdstap;
    return true;
  }

  /** The secret in a new stored form (encrypted); the secret itself stays the same. */
  public void vervangGeheim(String opgeslagen) {
    this.geheim = Objects.requireNonNull(opgeslagen, "geheim");
  }

  /** Uses up the recovery code with this hash; false when there is none (or it was used). */
  public boolean gebruikHerstelcode(String hash) {
    return herstelcodes.remove(hash);
  }

  /** New recovery codes replace all old ones, used or not. */
  public void vervangHerstelcodes(Set<String> hashes) {
    herstelcodes.clear();
    herstelcodes.addAll(hashes);
  }

  public Long getGebruikerId() {
    return gebruikerId;
  }

  public String getGeheim() {
    return geheim;
  }

  public Instant getIngesteldOp() {
    return ingesteldOp.toInstant();
  }

  public long getLaatsteTijdstap() {
    return laatsteTijdstap;
  }

  public int getResterendeHerstelcodes() {
    return herstelcodes.size();
  }
}
