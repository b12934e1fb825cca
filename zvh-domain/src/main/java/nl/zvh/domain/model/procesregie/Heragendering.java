package nl.zvh.domain.model.procesregie;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;
import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.verplicht;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.overleg.Overleg;

/**
 * Re-agendering (domain step 7): the procesregisseur decided with the casusregisseur that the case
 * comes back to an overleg, and why. Recorded with the follow-up overleg it planned, so that who
 * agreed stays with that overleg. Never changed.
 */
@Entity
@Table(name = "procesregie_heragendering")
public class Heragendering {

  public static final int MAX_REDEN = 2000;

  @Id
  @SequenceGenerator(
      name = "procesregie_heragendering_seq",
      sequenceName = "procesregie_heragendering_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "procesregie_heragendering_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "casus_id", nullable = false, updatable = false)
  private Casus casus;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "overleg_id", nullable = false, updatable = false)
  private Overleg overleg;

  /** The casusregisseur who agreed. */
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "akkoord_van_id", nullable = false, updatable = false)
  private Gebruiker akkoordVan;

  @Column(nullable = false, length = MAX_REDEN, updatable = false)
  private String reden;

  @Column(name = "besloten_door", nullable = false, length = 60, updatable = false)
  private String beslotenDoor;

  @Column(name = "besloten_op", nullable = false, updatable = false)
  private OffsetDateTime beslotenOp;

  protected Heragendering() {}

  public Heragendering(
      Overleg overleg, Gebruiker akkoordVan, String reden, String door, OffsetDateTime op) {
    vereis(
        akkoordVan != null,
        "akkoordVan",
        "Een vervolgoverleg besluit u samen met de casusregisseur; deze casus heeft er geen.");
    this.casus = overleg.getCasus();
    this.overleg = overleg;
    this.akkoordVan = akkoordVan;
    this.reden =
        verplicht(
            reden,
            "heragenderingReden",
            "Geef aan waarom de casus terugkomt in een overleg.",
            MAX_REDEN);
    this.beslotenDoor = door;
    this.beslotenOp = op;
  }

  public Long getId() {
    return id;
  }

  public Casus getCasus() {
    return casus;
  }

  public Overleg getOverleg() {
    return overleg;
  }

  public Gebruiker getAkkoordVan() {
    return akkoordVan;
  }

  public String getReden() {
    return reden;
  }

  public String getBeslotenDoor() {
    return beslotenDoor;
  }

  public OffsetDateTime getBeslotenOp() {
    return beslotenOp;
  }
}
