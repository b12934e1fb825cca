package nl.zvh.domain.model.procesregie;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.optioneel;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.gebruiker.Gebruiker;

/**
 * The procesregisseur was in touch with the casusregisseur of a case (domain step 7: "keeps in
 * touch with the casusregisseur"): on which day, how, and optionally a note. The dashboard counts
 * the days since the last one. Never changed.
 */
@Entity
@Table(name = "procesregie_contactmoment")
public class Contactmoment {

  public static final int MAX_NOTITIE = 2000;

  /** How the contact took place. */
  public enum Vorm {
    TELEFOON,
    E_MAIL,
    OVERLEG,
    BEZOEK
  }

  @Id
  @SequenceGenerator(
      name = "procesregie_contactmoment_seq",
      sequenceName = "procesregie_contactmoment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "procesregie_contactmoment_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "casus_id", nullable = false, updatable = false)
  private Casus casus;

  /** The casusregisseur the procesregisseur spoke with. */
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "casusregisseur_id", nullable = false, updatable = false)
  private Gebruiker casusregisseur;

  @Column(nullable = false, updatable = false)
  private LocalDate datum;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Vorm vorm;

  @Column(length = MAX_NOTITIE, updatable = false)
  private String notitie;

  @Column(name = "vastgelegd_door", nullable = false, length = 60, updatable = false)
  private String vastgelegdDoor;

  @Column(name = "vastgelegd_op", nullable = false, updatable = false)
  private OffsetDateTime vastgelegdOp;

  protected Contactmoment() {}

  public Contactmoment(
      Casus casus,
      Gebruiker casusregisseur,
      LocalDate datum,
      Vorm vorm,
      String notitie,
      String door,
      OffsetDateTime op) {
    vereis(casusregisseur != null, "Deze casus heeft geen casusregisseur.");
    vereis(datum != null, "datum", "Vul de datum van het contact in.");
    vereis(!datum.isAfter(op.toLocalDate()), "datum", "Het contact ligt niet in de toekomst.");
    vereis(
        !datum.isBefore(op.toLocalDate().minusYears(1)),
        "datum",
        "Het contact ligt niet meer dan een jaar terug.");
    vereis(vorm != null, "vorm", "Kies hoe u contact had.");
    this.casus = casus;
    this.casusregisseur = casusregisseur;
    this.datum = datum;
    this.vorm = vorm;
    this.notitie = optioneel(notitie, "notitie", MAX_NOTITIE);
    this.vastgelegdDoor = door;
    this.vastgelegdOp = op;
  }

  public Long getId() {
    return id;
  }

  public Casus getCasus() {
    return casus;
  }

  public Gebruiker getCasusregisseur() {
    return casusregisseur;
  }

  public LocalDate getDatum() {
    return datum;
  }

  public Vorm getVorm() {
    return vorm;
  }

  public Optional<String> getNotitie() {
    return Optional.ofNullable(notitie);
  }

  public String getVastgelegdDoor() {
    return vastgelegdDoor;
  }

  public OffsetDateTime getVastgelegdOp() {
    return vastgelegdOp;
  }
}
