package nl.zvh.domain.model.koppeling;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.organisatie.Organisatie;

/**
 * A koppeling: the API credential of one system of an organisation. A BEHEERDER issues it (the key
 * is shown once; only the hash of its secret is kept) and may revoke it; a revoked key never works
 * again. The system acts with a role that follows from its organisation: a partner organisation's
 * system is a KETENPARTNER (it refers and follows its own cases); the ZVH's own system is a
 * PROCESREGISSEUR. No other role acts through the API (management, privacy and beheer are work for
 * people). In the processing log the system appears as {@code koppeling:<naam>}.
 */
@Entity
@NamedQuery(
    name = "Koppeling.findBySleutelId",
    query = "select k from Koppeling k join fetch k.organisatie where k.sleutelId = :sleutelId")
@NamedQuery(
    name = "Koppeling.findByNaam",
    query = "select k from Koppeling k join fetch k.organisatie where k.naam = :naam")
@NamedQuery(
    name = "Koppeling.pagina",
    query =
        "select k from Koppeling k join fetch k.organisatie"
            + " order by k.ingetrokkenOp nulls first, k.organisatie.naam, k.naam, k.id")
@NamedQuery(name = "Koppeling.aantal", query = "select count(k) from Koppeling k")
@NamedQuery(
    name = "Koppeling.gebruikt",
    query =
        "update Koppeling k set k.laatstGebruiktOp = :nu where k.id = :id"
            + " and (k.laatstGebruiktOp is null or k.laatstGebruiktOp < :grens)")
public class Koppeling {

  /** Prefix of the caller name of a system: never a user name (those have no colon). */
  public static final String NAAM_VOORVOEGSEL = "koppeling:";

  public static final int MAX_NAAM = 60;

  /** Like a user name: lowercase letters, digits, dot, hyphen, underscore; a letter first. */
  public static final Pattern NAAM = Pattern.compile("[a-z][a-z0-9._-]{2,59}");

  @Id
  @SequenceGenerator(name = "koppeling_seq", sequenceName = "koppeling_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "koppeling_seq")
  private Long id;

  @Version private long versie;

  @Column(nullable = false, length = MAX_NAAM, unique = true, updatable = false)
  private String naam;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organisatie_id", nullable = false, updatable = false)
  private Organisatie organisatie;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40, updatable = false)
  private Rol rol;

  @Column(name = "sleutel_id", nullable = false, length = 32, unique = true, updatable = false)
  private String sleutelId;

  @Column(name = "sleutel_hash", nullable = false, length = 64, updatable = false)
  private String sleutelHash;

  @Column(name = "uitgegeven_op", nullable = false, updatable = false)
  private OffsetDateTime uitgegevenOp;

  @Column(name = "uitgegeven_door", nullable = false, length = 60, updatable = false)
  private String uitgegevenDoor;

  @Column(name = "ingetrokken_op")
  private OffsetDateTime ingetrokkenOp;

  @Column(name = "ingetrokken_door", length = 60)
  private String ingetrokkenDoor;

  @Column(name = "laatst_gebruikt_op")
  private OffsetDateTime laatstGebruiktOp;

  protected Koppeling() {}

  /** Issues a koppeling with the given key (of which only the hash is kept). */
  public Koppeling(
      String naam, Organisatie organisatie, Apisleutel sleutel, String door, OffsetDateTime op) {
    vereis(naam != null && !naam.isBlank(), "naam", "Geef de koppeling een naam.");
    String schoon = naam.strip();
    vereis(
        NAAM.matcher(schoon).matches(),
        "naam",
        "Een naam heeft 3 tot 60 tekens: kleine letters, cijfers, punt, streepje of liggend"
            + " streepje, en begint met een letter.");
    vereis(organisatie != null, "organisatie", "Kies de organisatie van het systeem.");
    vereis(
        organisatie.isConvenantLidOp(op.toLocalDate()),
        "organisatie",
        "Deze organisatie is vandaag geen convenantlid; zij krijgt geen sleutel.");
    Objects.requireNonNull(sleutel, "sleutel");
    this.naam = schoon;
    this.organisatie = organisatie;
    this.rol = rolVoor(organisatie);
    this.sleutelId = sleutel.sleutelId();
    this.sleutelHash = sleutel.hash();
    this.uitgegevenDoor = Objects.requireNonNull(door, "door");
    this.uitgegevenOp = Objects.requireNonNull(op, "op");
  }

  /**
   * The role a system of this organisation acts with: the ZVH's own system (the organisation of
   * type ZVH) is a PROCESREGISSEUR, every partner organisation's system a KETENPARTNER.
   */
  public static Rol rolVoor(Organisatie organisatie) {
    return organisatie.isZvh() ? Rol.PROCESREGISSEUR : Rol.KETENPARTNER;
  }

  /** Revokes the key: from now on it is refused. */
  public void trekIn(String door, OffsetDateTime op) {
    vereis(ingetrokkenOp == null, "Deze sleutel is al ingetrokken.");
    this.ingetrokkenDoor = Objects.requireNonNull(door, "door");
    this.ingetrokkenOp = Objects.requireNonNull(op, "op");
  }

  /** Whether a request with this key is accepted on the given day. */
  public boolean isGeldigOp(LocalDate dag) {
    return ingetrokkenOp == null && organisatie.isConvenantLidOp(dag);
  }

  public boolean isIngetrokken() {
    return ingetrokkenOp != null;
  }

  /** The caller name of the system, as the processing log shows it. */
  public String aanroepernaam() {
    return NAAM_VOORVOEGSEL + naam;
  }

  public Long getId() {
    return id;
  }

  public long getVersie() {
    return versie;
  }

  public String getNaam() {
    return naam;
  }

  public Organisatie getOrganisatie() {
    return organisatie;
  }

  public Rol getRol() {
    return rol;
  }

  public String getSleutelId() {
    return sleutelId;
  }

  public String getSleutelHash() {
    return sleutelHash;
  }

  public OffsetDateTime getUitgegevenOp() {
    return uitgegevenOp;
  }

  public String getUitgegevenDoor() {
    return uitgegevenDoor;
  }

  public Optional<OffsetDateTime> getIngetrokkenOp() {
    return Optional.ofNullable(ingetrokkenOp);
  }

  public Optional<String> getIngetrokkenDoor() {
    return Optional.ofNullable(ingetrokkenDoor);
  }

  public Optional<OffsetDateTime> getLaatstGebruiktOp() {
    return Optional.ofNullable(laatstGebruiktOp);
  }
}
