package nl.zvh.domain.model.gebruiker;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;
import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.verplicht;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.zvh.domain.model.organisatie.Organisatie;

/**
 * A user of the portal. The password is only ever held as a PBKDF2 hash; the hash is produced by
 * the application layer (Jakarta Security's {@code Pbkdf2PasswordHash}), never here.
 */
@Entity
@NamedQuery(
    name = "Gebruiker.findAll",
    query = "select g from Gebruiker g join fetch g.organisatie order by g.gebruikersnaam")
@NamedQuery(
    name = "Gebruiker.findByGebruikersnaam",
    query =
        "select g from Gebruiker g join fetch g.organisatie where g.gebruikersnaam = :gebruikersnaam")
@NamedQuery(name = "Gebruiker.count", query = "select count(g) from Gebruiker g")
@NamedQuery(
    name = "Gebruiker.findActieveVanOrganisatie",
    query =
        "select g from Gebruiker g where g.organisatie.id = :organisatieId and g.actief = true"
            + " and g.rol = :rol order by g.gebruikersnaam")
public class Gebruiker {

  public static final int MAX_NAAM = 200;
  public static final int MAX_EMAIL = 254;

  /** Lower-case letters, digits and . _ -; starts with a letter; 3 to 60 characters. */
  public static final String GEBRUIKERSNAAM_PATROON = "[a-z][a-z0-9._-]{2,59}";

  /** A pragmatic e-mail address check: a local part, an @ and a domain with at least one dot. */
  public static final String EMAIL_PATROON =
      "[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]{1,63})+";

  private static final Pattern GEBRUIKERSNAAM = Pattern.compile(GEBRUIKERSNAAM_PATROON);
  private static final Pattern EMAIL = Pattern.compile(EMAIL_PATROON);

  @Id
  @SequenceGenerator(name = "gebruiker_seq", sequenceName = "gebruiker_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gebruiker_seq")
  private Long id;

  @Version private long versie;

  @Column(nullable = false, unique = true, length = 60, updatable = false)
  private String gebruikersnaam;

  @Column(nullable = false, length = MAX_NAAM)
  private String naam;

  @Column(nullable = false, length = MAX_EMAIL)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Rol rol;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organisatie_id", nullable = false)
  private Organisatie organisatie;

  @Column(nullable = false)
  private boolean actief = true;

  @Column(name = "wachtwoord_hash", nullable = false, length = 400)
  private String wachtwoordHash;

  protected Gebruiker() {}

  public Gebruiker(
      String gebruikersnaam,
      String naam,
      String email,
      Rol rol,
      Organisatie organisatie,
      String wachtwoordHash) {
    String schoon = verplicht(gebruikersnaam, "De gebruikersnaam is verplicht.");
    vereis(
        GEBRUIKERSNAAM.matcher(schoon).matches(),
        "Een gebruikersnaam heeft 3 tot 60 tekens: kleine letters, cijfers, punt, streepje of"
            + " liggend streepje, en begint met een letter.");
    this.gebruikersnaam = schoon;
    wijzig(naam, email, rol, organisatie);
    wijzigWachtwoordHash(wachtwoordHash);
  }

  /** Changes the person's details, role and organisation together, so their rules are checked. */
  public final void wijzig(String naam, String email, Rol rol, Organisatie organisatie) {
    String schoneNaam = verplicht(naam, "De naam is verplicht.");
    vereis(schoneNaam.length() <= MAX_NAAM, "De naam is te lang (ten hoogste 200 tekens).");
    String schoneEmail = verplicht(email, "Het e-mailadres is verplicht.");
    vereis(
        schoneEmail.length() <= MAX_EMAIL && EMAIL.matcher(schoneEmail).matches(),
        "Het e-mailadres is ongeldig.");
    vereis(rol != null, "De rol is verplicht.");
    vereis(organisatie != null, "De organisatie is verplicht.");
    vereis(
        rol.isZvhRol() || !organisatie.isZvh(),
        "Een ketenpartner werkt bij een partnerorganisatie, niet bij het Zorg- en Veiligheidshuis.");
    this.naam = schoneNaam;
    this.email = schoneEmail.toLowerCase(Locale.ROOT);
    this.rol = rol;
    this.organisatie = organisatie;
  }

  public final void wijzigWachtwoordHash(String hash) {
    vereis(hash != null && !hash.isBlank(), "Een wachtwoord is verplicht.");
    this.wachtwoordHash = hash;
  }

  public void deactiveer() {
    this.actief = false;
  }

  public void activeer() {
    this.actief = true;
  }

  public Long getId() {
    return id;
  }

  public long getVersie() {
    return versie;
  }

  public String getGebruikersnaam() {
    return gebruikersnaam;
  }

  public String getNaam() {
    return naam;
  }

  public String getEmail() {
    return email;
  }

  public Rol getRol() {
    return rol;
  }

  public Organisatie getOrganisatie() {
    return organisatie;
  }

  public boolean isActief() {
    return actief;
  }

  public String getWachtwoordHash() {
    return wachtwoordHash;
  }
}
