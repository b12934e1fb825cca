package nl.zvh.domain.model.overleg;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;
import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.verplicht;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The agreement, made beforehand with the procesregisseur, on whether the betrokkene can attend the
 * overleg without a safety risk (both seeds): with whom it was agreed, when, and the outcome.
 */
@Embeddable
public class Veiligheidscheck {

  public static final int MAX_TOELICHTING = 2000;

  /** The outcome of the check. */
  public enum Uitkomst {
    /** Attending brings no safety risk. */
    VEILIG,
    /** Attending brings a risk: the betrokkene is not invited. */
    NIET_VEILIG
  }

  @Column(name = "veiligheid_afgestemd_met", length = 200)
  private String afgestemdMet;

  @Column(name = "veiligheid_afgestemd_op")
  private LocalDate afgestemdOp;

  @Enumerated(EnumType.STRING)
  @Column(name = "veiligheid_uitkomst", length = 20)
  private Uitkomst uitkomst;

  @Column(name = "veiligheid_toelichting", length = MAX_TOELICHTING)
  private String toelichting;

  @Column(name = "veiligheid_vastgelegd_door", length = 60)
  private String vastgelegdDoor;

  @Column(name = "veiligheid_vastgelegd_op")
  private OffsetDateTime vastgelegdOp;

  protected Veiligheidscheck() {}

  public Veiligheidscheck(
      String afgestemdMet,
      LocalDate afgestemdOp,
      Uitkomst uitkomst,
      String toelichting,
      String vastgelegdDoor,
      OffsetDateTime vastgelegdOp) {
    this.afgestemdMet =
        verplicht(afgestemdMet, "afgestemdMet", "Vul in met wie de veiligheid is afgestemd.");
    vereis(this.afgestemdMet.length() <= 200, "afgestemdMet", "Te lang: ten hoogste 200 tekens.");
    vereis(afgestemdOp != null, "afgestemdOp", "Vul de datum van de afstemming in.");
    vereis(
        !afgestemdOp.isAfter(vastgelegdOp.toLocalDate()),
        "afgestemdOp",
        "De afstemming kan niet in de toekomst liggen.");
    vereis(uitkomst != null, "uitkomst", "Kies de uitkomst van de veiligheidscheck.");
    this.toelichting = toelichting == null || toelichting.isBlank() ? null : toelichting.strip();
    vereis(
        this.toelichting == null || this.toelichting.length() <= MAX_TOELICHTING,
        "toelichting",
        "Te lang: ten hoogste " + MAX_TOELICHTING + " tekens.");
    this.afgestemdOp = afgestemdOp;
    this.uitkomst = uitkomst;
    this.vastgelegdDoor = vastgelegdDoor;
    this.vastgelegdOp = vastgelegdOp;
  }

  public boolean isVeilig() {
    return uitkomst == Uitkomst.VEILIG;
  }

  public String getAfgestemdMet() {
    return afgestemdMet;
  }

  public LocalDate getAfgestemdOp() {
    return afgestemdOp;
  }

  public Uitkomst getUitkomst() {
    return uitkomst;
  }

  public String getToelichting() {
    return toelichting;
  }

  public String getVastgelegdDoor() {
    return vastgelegdDoor;
  }

  public OffsetDateTime getVastgelegdOp() {
    return vastgelegdOp;
  }
}
