package nl.zvh.privacy.bewaartermijn;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;
import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.verplicht;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The privacy officer keeps one case's data longer than the standard period, with a motivation (as
 * the WGS decree allows). The latest extension of a case counts; earlier ones stay as history.
 */
@Entity
@Table(name = "bewaartermijn_verlenging")
@NamedQuery(
    name = "Verlenging.laatstePerCasus",
    query =
        "select v from Verlenging v where v.id in"
            + " (select max(w.id) from Verlenging w group by w.casusId)")
public class Verlenging {

  public static final int MAX_MOTIVERING = 2000;

  @Id
  @SequenceGenerator(
      name = "bewaartermijn_verlenging_seq",
      sequenceName = "bewaartermijn_verlenging_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bewaartermijn_verlenging_seq")
  private Long id;

  @Column(name = "casus_id", nullable = false, updatable = false)
  private long casusId;

  @Column(name = "bewaren_tot_en_met", nullable = false, updatable = false)
  private LocalDate bewarenTotEnMet;

  @Column(nullable = false, length = MAX_MOTIVERING, updatable = false)
  private String motivering;

  @Column(nullable = false, length = 60, updatable = false)
  private String door;

  @Column(nullable = false, updatable = false)
  private OffsetDateTime op;

  protected Verlenging() {}

  public Verlenging(
      long casusId,
      LocalDate huidigBewarenTotEnMet,
      LocalDate bewarenTotEnMet,
      String motivering,
      String door,
      OffsetDateTime op) {
    vereis(
        bewarenTotEnMet != null && bewarenTotEnMet.isAfter(huidigBewarenTotEnMet),
        "Een verlenging moet na de huidige bewaardatum eindigen.");
    String tekst = verplicht(motivering, "Motiveer waarom de gegevens langer bewaard worden.");
    vereis(tekst.length() <= MAX_MOTIVERING, "De motivering heeft ten hoogste 2000 tekens.");
    this.casusId = casusId;
    this.bewarenTotEnMet = bewarenTotEnMet;
    this.motivering = tekst;
    this.door = door;
    this.op = op;
  }

  public long getCasusId() {
    return casusId;
  }

  public LocalDate getBewarenTotEnMet() {
    return bewarenTotEnMet;
  }

  public String getMotivering() {
    return motivering;
  }
}
