package nl.zvh.domain.model.procesregie;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.uitvoering.Escalatie;

/**
 * The procesregisseur escalates a case to a manager of the ZVH (both seeds: "Kan opschalen richting
 * management of bestuur indien nodig"; "Schaalt op naar manager Veiligheidshuis"): the question,
 * why, what has been tried, and the date by which an answer is needed. The manager decides, or
 * takes it to bestuur and records the bestuur's outcome. Written for the manager: it is all the
 * manager reads of the case. An escalation of the casusregisseur it takes up stays the
 * procesregisseur's to close with the answer.
 */
@Entity
@Table(name = "procesregie_opschaling")
@NamedQuery(
    name = "Opschaling.vanManager",
    query =
        "select o from Opschaling o join fetch o.casus join fetch o.ingediendDoor"
            + " where o.manager.gebruikersnaam = :gebruikersnaam"
            + " order by case when o.status = :besloten then 1 else 0 end,"
            + " o.antwoordUiterlijk, o.id desc")
@NamedQuery(
    name = "Opschaling.vanCasus",
    query =
        "select o from Opschaling o join fetch o.manager join fetch o.ingediendDoor"
            + " where o.casus.id = :casusId order by o.ingediendOp desc")
public class Opschaling {

  public static final int MAX_TEKST = 2000;

  /** Where the escalation stands. */
  public enum Status {
    /** With the manager. */
    OPEN,
    /** The manager took it to bestuur; waiting for its outcome. */
    BIJ_BESTUUR,
    /** The manager decided, or recorded the bestuur's outcome. */
    BESLOTEN
  }

  @Id
  @SequenceGenerator(
      name = "procesregie_opschaling_seq",
      sequenceName = "procesregie_opschaling_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "procesregie_opschaling_seq")
  private Long id;

  @Version private long versie;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "casus_id", nullable = false, updatable = false)
  private Casus casus;

  /** The casusregisseur's escalation this one takes up, if it came from one. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "escalatie_id", updatable = false)
  private Escalatie escalatie;

  @Column(nullable = false, length = MAX_TEKST, updatable = false)
  private String vraag;

  @Column(nullable = false, length = MAX_TEKST, updatable = false)
  private String reden;

  @Column(nullable = false, length = MAX_TEKST, updatable = false)
  private String geprobeerd;

  @Column(name = "antwoord_uiterlijk", nullable = false, updatable = false)
  private LocalDate antwoordUiterlijk;

  /** The manager it is addressed to: the owner of this step. */
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "manager_id", nullable = false, updatable = false)
  private Gebruiker manager;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "ingediend_door_id", nullable = false, updatable = false)
  private Gebruiker ingediendDoor;

  @Column(name = "ingediend_op", nullable = false, updatable = false)
  private OffsetDateTime ingediendOp;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.OPEN;

  @Column(length = MAX_TEKST)
  private String besluit;

  @Column(name = "besloten_op")
  private OffsetDateTime beslotenOp;

  @Column(name = "bestuur_reden", length = MAX_TEKST)
  private String bestuurReden;

  @Column(name = "naar_bestuur_op")
  private OffsetDateTime naarBestuurOp;

  @Column(name = "bestuur_uitkomst", length = MAX_TEKST)
  private String bestuurUitkomst;

  /** The day bestuur decided (it meets outside the portal). */
  @Column(name = "bestuur_besloten_op")
  private LocalDate bestuurBeslotenOp;

  protected Opschaling() {}

  /**
   * An escalation of a case in uitvoering (or taken on and waiting for its first overleg) to a
   * manager, optionally taking up an open escalation of the casusregisseur of that case.
   */
  public Opschaling(
      Casus casus,
      Escalatie escalatie,
      String vraag,
      String reden,
      String geprobeerd,
      LocalDate antwoordUiterlijk,
      Gebruiker manager,
      Gebruiker door,
      OffsetDateTime op) {
    vereis(
        casus.getStatus() == CasusStatus.IN_UITVOERING || casus.getStatus() == CasusStatus.OPGEPAKT,
        "Opschalen kan bij een casus die het ZVH heeft opgepakt of die in uitvoering is. Deze casus"
            + " is "
            + casus.getStatus().omschrijving()
            + ".");
    if (escalatie != null) {
      vereis(
          escalatie.getCasus() == casus,
          "escalatie",
          "Een escalatie van een andere casus hoort hier niet.");
      vereis(escalatie.isOpen(), "escalatie", "Deze escalatie is al afgehandeld.");
    }
    this.vraag = verplicht(vraag, "vraag", "Schrijf wat u de manager vraagt.", MAX_TEKST);
    this.reden = verplicht(reden, "reden", "Geef aan waarom u opschaalt.", MAX_TEKST);
    this.geprobeerd =
        verplicht(geprobeerd, "geprobeerd", "Beschrijf wat al is geprobeerd.", MAX_TEKST);
    vereis(antwoordUiterlijk != null, "antwoordUiterlijk", "Kies de datum van het antwoord.");
    vereis(
        !antwoordUiterlijk.isBefore(op.toLocalDate()),
        "antwoordUiterlijk",
        "De datum van het antwoord ligt niet in het verleden.");
    vereis(
        !antwoordUiterlijk.isAfter(op.toLocalDate().plusYears(1)),
        "antwoordUiterlijk",
        "De datum van het antwoord ligt binnen een jaar.");
    vereis(manager != null, "manager", "Kies de manager.");
    vereis(
        manager.getRol() == Rol.MANAGER && manager.isActief(),
        "manager",
        "Kies een actieve manager van het ZVH.");
    this.casus = casus;
    this.escalatie = escalatie;
    this.antwoordUiterlijk = antwoordUiterlijk;
    this.manager = manager;
    this.ingediendDoor = door;
    this.ingediendOp = op;
  }

  /** The manager records a decision. */
  public void besluit(String tekst, OffsetDateTime op) {
    vereis(
        status == Status.OPEN, "Over deze opschaling is al besloten of zij ligt bij het bestuur.");
    this.besluit = verplicht(tekst, "besluit", "Schrijf het besluit.", MAX_TEKST);
    this.beslotenOp = op;
    this.status = Status.BESLOTEN;
  }

  /** The manager takes it to bestuur, and says why. */
  public void naarBestuur(String waarom, OffsetDateTime op) {
    vereis(status == Status.OPEN, "Alleen een open opschaling gaat naar het bestuur.");
    this.bestuurReden =
        verplicht(waarom, "bestuurReden", "Geef aan waarom het bestuur beslist.", MAX_TEKST);
    this.naarBestuurOp = op;
    this.status = Status.BIJ_BESTUUR;
  }

  /** The manager records what bestuur decided, and on which day. */
  public void legBestuursuitkomstVast(String uitkomst, LocalDate beslotenOp, OffsetDateTime op) {
    vereis(status == Status.BIJ_BESTUUR, "Deze opschaling ligt niet bij het bestuur.");
    String tekst =
        verplicht(uitkomst, "bestuurUitkomst", "Schrijf de uitkomst van het bestuur.", MAX_TEKST);
    vereis(beslotenOp != null, "bestuurBeslotenOp", "Vul de datum van het bestuursbesluit in.");
    vereis(
        !beslotenOp.isAfter(op.toLocalDate()),
        "bestuurBeslotenOp",
        "Het bestuursbesluit ligt niet in de toekomst.");
    vereis(
        !beslotenOp.isBefore(naarBestuurOp.toLocalDate()),
        "bestuurBeslotenOp",
        "Het bestuur besliste niet voordat de opschaling bij het bestuur lag.");
    this.bestuurUitkomst = tekst;
    this.bestuurBeslotenOp = beslotenOp;
    this.beslotenOp = op;
    this.status = Status.BESLOTEN;
  }

  public boolean isOpen() {
    return status != Status.BESLOTEN;
  }

  /** Whether the answer is late: still open after its date. */
  public boolean isTeLaat(LocalDate vandaag) {
    return isOpen() && vandaag.isAfter(antwoordUiterlijk);
  }

  /** The outcome: the manager's decision, or the bestuur's. */
  public Optional<String> uitkomst() {
    return Optional.ofNullable(bestuurUitkomst != null ? bestuurUitkomst : besluit);
  }

  public Long getId() {
    return id;
  }

  public long getVersie() {
    return versie;
  }

  public Casus getCasus() {
    return casus;
  }

  public Optional<Escalatie> getEscalatie() {
    return Optional.ofNullable(escalatie);
  }

  public String getVraag() {
    return vraag;
  }

  public String getReden() {
    return reden;
  }

  public String getGeprobeerd() {
    return geprobeerd;
  }

  public LocalDate getAntwoordUiterlijk() {
    return antwoordUiterlijk;
  }

  public Gebruiker getManager() {
    return manager;
  }

  public Gebruiker getIngediendDoor() {
    return ingediendDoor;
  }

  public OffsetDateTime getIngediendOp() {
    return ingediendOp;
  }

  public Status getStatus() {
    return status;
  }

  public Optional<String> getBesluit() {
    return Optional.ofNullable(besluit);
  }

  public Optional<OffsetDateTime> getBeslotenOp() {
    return Optional.ofNullable(beslotenOp);
  }

  public Optional<String> getBestuurReden() {
    return Optional.ofNullable(bestuurReden);
  }

  public Optional<OffsetDateTime> getNaarBestuurOp() {
    return Optional.ofNullable(naarBestuurOp);
  }

  public Optional<String> getBestuurUitkomst() {
    return Optional.ofNullable(bestuurUitkomst);
  }

  public Optional<LocalDate> getBestuurBeslotenOp() {
    return Optional.ofNullable(bestuurBeslotenOp);
  }
}
