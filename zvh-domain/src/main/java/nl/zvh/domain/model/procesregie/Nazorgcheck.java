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

/**
 * The follow-up check after closing: on a set day the procesregisseur asks how things are going and
 * records the answer on the case. The interval is a setting of the ZVH (no public source gives a
 * national rule). A reopening makes a planned check lapse.
 */
@Entity
@Table(name = "procesregie_nazorgcheck")
@NamedQuery(
    name = "Nazorgcheck.teHerinneren",
    query =
        "select n from Nazorgcheck n where n.status = :gepland and n.gepland <= :vandaag"
            + " and n.herinnerdOp is null order by n.id")
@NamedQuery(
    name = "Nazorgcheck.vanCasus",
    query = "select n from Nazorgcheck n where n.casus.id = :casusId order by n.gepland desc")
public class Nazorgcheck {

  public static final int MAX_UITKOMST = 2000;

  /** Where the check stands. */
  public enum Status {
    GEPLAND,
    GEDAAN,
    VERVALLEN
  }

  @Id
  @SequenceGenerator(
      name = "procesregie_nazorgcheck_seq",
      sequenceName = "procesregie_nazorgcheck_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "procesregie_nazorgcheck_seq")
  private Long id;

  @Version private long versie;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "afsluiting_id", nullable = false, updatable = false)
  private Afsluiting afsluiting;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "casus_id", nullable = false, updatable = false)
  private Casus casus;

  @Column(nullable = false, updatable = false)
  private LocalDate gepland;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.GEPLAND;

  @Column(length = MAX_UITKOMST)
  private String uitkomst;

  @Column(name = "gedaan_door", length = 60)
  private String gedaanDoor;

  @Column(name = "gedaan_op")
  private OffsetDateTime gedaanOp;

  /** When the procesregisseur was reminded by mail; once is enough. */
  @Column(name = "herinnerd_op")
  private OffsetDateTime herinnerdOp;

  protected Nazorgcheck() {}

  public Nazorgcheck(Afsluiting afsluiting, LocalDate gepland) {
    LocalDate dag = afsluiting.getAfgeslotenOp().toLocalDate();
    vereis(gepland != null, "nazorgOp", "Vul de datum van de nazorgcheck in.");
    vereis(gepland.isAfter(dag), "nazorgOp", "De nazorgcheck ligt na de afsluiting.");
    vereis(
        !gepland.isAfter(dag.plusYears(2)),
        "nazorgOp",
        "De nazorgcheck ligt binnen twee jaar na de afsluiting.");
    this.afsluiting = afsluiting;
    this.casus = afsluiting.getCasus();
    this.gepland = gepland;
  }

  /** The procesregisseur records how things are going. */
  public void legVast(String hoe, String door, OffsetDateTime op) {
    vereis(status == Status.GEPLAND, "Deze nazorgcheck is al vastgelegd of vervallen.");
    vereis(
        !op.toLocalDate().isBefore(gepland.minusDays(14)),
        "De nazorgcheck is pas vanaf twee weken voor de geplande datum.");
    this.uitkomst = verplicht(hoe, "uitkomst", "Beschrijf hoe het gaat.", MAX_UITKOMST);
    this.gedaanDoor = door;
    this.gedaanOp = op;
    this.status = Status.GEDAAN;
  }

  /** A reopened case needs no follow-up check on the old closing. */
  public void vervalt() {
    if (status == Status.GEPLAND) {
      status = Status.VERVALLEN;
    }
  }

  public void herinnerd(OffsetDateTime op) {
    this.herinnerdOp = op;
  }

  public boolean isOpen() {
    return status == Status.GEPLAND;
  }

  public Long getId() {
    return id;
  }

  public long getVersie() {
    return versie;
  }

  public Afsluiting getAfsluiting() {
    return afsluiting;
  }

  public Casus getCasus() {
    return casus;
  }

  public LocalDate getGepland() {
    return gepland;
  }

  public Status getStatus() {
    return status;
  }

  public Optional<String> getUitkomst() {
    return Optional.ofNullable(uitkomst);
  }

  public Optional<String> getGedaanDoor() {
    return Optional.ofNullable(gedaanDoor);
  }

  public Optional<OffsetDateTime> getGedaanOp() {
    return Optional.ofNullable(gedaanOp);
  }

  public Optional<OffsetDateTime> getHerinnerdOp() {
    return Optional.ofNullable(herinnerdOp);
  }
}
