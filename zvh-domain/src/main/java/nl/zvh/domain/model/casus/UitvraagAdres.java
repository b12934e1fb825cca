package nl.zvh.domain.model.casus;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;
import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.verplicht;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import nl.zvh.domain.model.organisatie.Organisatie;

/**
 * One organisation's part of an uitvraag: open until it answers with information of its own, or
 * says it has none, or that it cannot share (with a reason; a partner with professional secrecy
 * decides that itself).
 */
@Entity
@Table(name = "uitvraag_adres")
@NamedQuery(
    name = "UitvraagAdres.findByOrganisatie",
    query =
        "select a from UitvraagAdres a join fetch a.uitvraag u join fetch u.casus"
            + " where a.organisatie.id = :organisatieId order by u.beantwoordenVoor, a.id")
@NamedQuery(
    name = "UitvraagAdres.teHerinneren",
    query =
        "select a from UitvraagAdres a join fetch a.uitvraag u join fetch u.casus"
            + " join fetch a.organisatie"
            + " where a.antwoord = nl.zvh.domain.model.casus.UitvraagAdres.Antwoord.OPEN"
            + " and u.beantwoordenVoor < :vandaag and a.herinnerdOp is null order by a.id")
// Only while still open and not yet reminded: an answer committed meanwhile wins. EclipseLink
// raises the version in a bulk update unless the update sets it itself.
@NamedQuery(
    name = "UitvraagAdres.markeerHerinnerd",
    query =
        "update UitvraagAdres a set a.herinnerdOp = :tijdstip, a.versie = a.versie"
            + " where a.id = :id"
            + " and a.antwoord = nl.zvh.domain.model.casus.UitvraagAdres.Antwoord.OPEN"
            + " and a.herinnerdOp is null")
public class UitvraagAdres {

  /** The state of one organisation's answer. */
  public enum Antwoord {
    OPEN,
    INFORMATIE_GEDEELD,
    GEEN_INFORMATIE,
    KAN_NIET_DELEN
  }

  @Id
  @SequenceGenerator(
      name = "uitvraag_adres_seq",
      sequenceName = "uitvraag_adres_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "uitvraag_adres_seq")
  private Long id;

  @Version private long versie;

  @ManyToOne(optional = false)
  @JoinColumn(name = "uitvraag_id", nullable = false, updatable = false)
  private Uitvraag uitvraag;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organisatie_id", nullable = false, updatable = false)
  private Organisatie organisatie;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Antwoord antwoord = Antwoord.OPEN;

  @Column(length = Uitvraag.MAX_TEKST)
  private String toelichting;

  @Column(name = "beantwoord_door", length = 60)
  private String beantwoordDoor;

  @Column(name = "beantwoord_op")
  private OffsetDateTime beantwoordOp;

  /**
   * When the organisation was reminded of an overdue answer. Set in bulk by the reminder job
   * (UitvraagAdres.markeerHerinnerd), which leaves the version alone: a partner answering at that
   * moment must not meet a conflict over a reminder.
   */
  @Column(name = "herinnerd_op")
  private OffsetDateTime herinnerdOp;

  protected UitvraagAdres() {}

  UitvraagAdres(Uitvraag uitvraag, Organisatie organisatie) {
    this.uitvraag = uitvraag;
    this.organisatie = organisatie;
  }

  /**
   * Records the answer. Information shared goes into the case as items of this organisation (the
   * caller records them); "no information" and "cannot share" need a reason.
   */
  public void beantwoord(Antwoord soort, String reden, String door, OffsetDateTime tijdstip) {
    vereis(antwoord == Antwoord.OPEN, "Deze uitvraag is al beantwoord.");
    vereis(soort != null && soort != Antwoord.OPEN, "Kies uw antwoord.");
    String tekst =
        soort == Antwoord.INFORMATIE_GEDEELD
            ? (reden == null || reden.isBlank() ? null : reden.strip())
            : verplicht(reden, "Geef de reden.");
    vereis(
        tekst == null || tekst.length() <= Uitvraag.MAX_TEKST,
        "Te lang: ten hoogste " + Uitvraag.MAX_TEKST + " tekens.");
    this.antwoord = soort;
    this.toelichting = tekst;
    this.beantwoordDoor = verplicht(door, "De gebruiker is verplicht.");
    this.beantwoordOp = tijdstip;
    uitvraag
        .getCasus()
        .registreer(
            Gebeurtenis.Soort.UITVRAAG_BEANTWOORD,
            door,
            Gebeurtenis.uitvraagBeantwoord(organisatie, soort),
            tijdstip);
  }

  public boolean isVerlopen(LocalDate vandaag) {
    return antwoord == Antwoord.OPEN && vandaag.isAfter(uitvraag.getBeantwoordenVoor());
  }

  /** Overdue and not yet reminded: the organisation gets one reminder, not one a day. */
  public boolean isTeHerinneren(LocalDate vandaag) {
    return isVerlopen(vandaag) && herinnerdOp == null;
  }

  /** Puts the reminder of that day to this organisation on the case's timeline. */
  public void registreerHerinnering(LocalDate vandaag, String door, OffsetDateTime tijdstip) {
    vereis(isTeHerinneren(vandaag), "Deze uitvraag hoeft niet herinnerd te worden.");
    uitvraag
        .getCasus()
        .registreer(
            Gebeurtenis.Soort.UITVRAAG_HERINNERD,
            door,
            Gebeurtenis.uitvraagHerinnerd(organisatie, uitvraag.getBeantwoordenVoor()),
            tijdstip);
  }

  public Long getId() {
    return id;
  }

  public long getVersie() {
    return versie;
  }

  public Uitvraag getUitvraag() {
    return uitvraag;
  }

  public Organisatie getOrganisatie() {
    return organisatie;
  }

  public Antwoord getAntwoord() {
    return antwoord;
  }

  public Optional<String> getToelichting() {
    return Optional.ofNullable(toelichting);
  }

  public Optional<String> getBeantwoordDoor() {
    return Optional.ofNullable(beantwoordDoor);
  }

  public Optional<OffsetDateTime> getBeantwoordOp() {
    return Optional.ofNullable(beantwoordOp);
  }

  public Optional<OffsetDateTime> getHerinnerdOp() {
    return Optional.ofNullable(herinnerdOp);
  }
}
