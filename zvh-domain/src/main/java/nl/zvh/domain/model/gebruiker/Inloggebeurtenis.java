package nl.zvh.domain.model.gebruiker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * One login, failed attempt, lockout, or change of someone's second factor or password. The user
 * name is the one typed, also when no such account exists: counting attempts per typed name locks a
 * name out whether it exists or not, so a lockout gives nothing away.
 */
@Entity
@NamedQuery(
    name = "Inloggebeurtenis.vanGebruikersnaam",
    query =
        "select e from Inloggebeurtenis e where e.gebruikersnaam = :gebruikersnaam"
            + " and e.soort in :soorten order by e.tijdstip desc, e.id desc")
@NamedQuery(
    name = "Inloggebeurtenis.mislukteVanNaamSinds",
    query =
        "select count(e), max(e.tijdstip) from Inloggebeurtenis e"
            + " where e.gebruikersnaam = :gebruikersnaam and e.tijdstip >= :sinds"
            + " and e.soort in :soorten")
@NamedQuery(
    name = "Inloggebeurtenis.mislukteVanAdresSinds",
    query =
        "select count(e), max(e.tijdstip) from Inloggebeurtenis e"
            + " where e.adres = :adres and e.tijdstip >= :sinds and e.soort in :soorten")
@NamedQuery(
    name = "Inloggebeurtenis.verwijderVoor",
    query = "delete from Inloggebeurtenis e where e.tijdstip < :grens")
public class Inloggebeurtenis {

  public static final int MAX_NAAM = 60;
  public static final int MAX_ADRES = 64;

  /** What happened. */
  public enum Soort {
    GELUKT,
    WACHTWOORD_ONJUIST,
    CODE_ONJUIST,
    GEBLOKKEERD,
    TWEEDE_FACTOR_INGESTELD,
    HERSTELCODE_GEBRUIKT,
    HERSTELCODES_VERNIEUWD,
    TWEEDE_FACTOR_HERSTELD,
    WACHTWOORD_GEWIJZIGD,
    PASSKEY_TOEGEVOEGD,
    PASSKEY_VERWIJDERD;

    /** The attempts that count towards a lockout. */
    public static final List<Soort> MISLUKT = List.of(WACHTWOORD_ONJUIST, CODE_ONJUIST);

    public boolean isMislukt() {
      return MISLUKT.contains(this);
    }
  }

  @Id
  @SequenceGenerator(
      name = "inloggebeurtenis_seq",
      sequenceName = "inloggebeurtenis_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inloggebeurtenis_seq")
  private Long id;

  @Column(nullable = false)
  private OffsetDateTime tijdstip;

  @Column(nullable = false, length = MAX_NAAM)
  private String gebruikersnaam;

  @Column(length = MAX_ADRES)
  private String adres;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Soort soort;

  /** The beheerder who reset a second factor or set a password; empty when the user acted. */
  @Column(length = MAX_NAAM)
  private String door;

  protected Inloggebeurtenis() {}

  public Inloggebeurtenis(
      Instant tijdstip, String gebruikersnaam, String adres, Soort soort, String door) {
    this.tijdstip = moment(Objects.requireNonNull(tijdstip, "tijdstip"));
    this.gebruikersnaam =
        ingekort(Objects.requireNonNull(gebruikersnaam, "gebruikersnaam"), MAX_NAAM);
    this.adres = adres == null ? null : ingekort(adres, MAX_ADRES);
    this.soort = Objects.requireNonNull(soort, "soort");
    this.door = door;
  }

  private static String ingekort(String tekst, int max) {
    return tekst.length() <= max ? tekst : tekst.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public Instant getTijdstip() {
    return tijdstip.toInstant();
  }

  /** A moment as the column and the queries hold it (EclipseLink 4 maps no Instant). */
  public static OffsetDateTime moment(Instant tijdstip) {
    return tijdstip.atOffset(ZoneOffset.UTC);
  }

  public String getGebruikersnaam() {
    return gebruikersnaam;
  }

  public String getAdres() {
    return adres;
  }

  public Soort getSoort() {
    return soort;
  }

  public String getDoor() {
    return door;
  }
}
