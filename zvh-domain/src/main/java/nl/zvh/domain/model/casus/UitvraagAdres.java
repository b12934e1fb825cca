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
            organisatie.getNaam() + ": " + soort.name().toLowerCase().replace('_', ' '),
            tijdstip);
  }

  public boolean isVerlopen(LocalDate vandaag) {
    return antwoord == Antwoord.OPEN && vandaag.isAfter(uitvraag.getBeantwoordenVoor());
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
}
