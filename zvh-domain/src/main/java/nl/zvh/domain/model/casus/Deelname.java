package nl.zvh.domain.model.casus;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import nl.zvh.domain.model.organisatie.Organisatie;

/**
 * An organisation taking part in a case, from a day until (optionally) the day its involvement
 * ended. Its users may see the case only while it takes part (need to know).
 */
@Entity
@Table(name = "casus_deelname")
public class Deelname {

  public static final int MAX_REDEN = 1000;

  @Id
  @SequenceGenerator(name = "deelname_seq", sequenceName = "deelname_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deelname_seq")
  private Long id;

  @Version private long versie;

  @ManyToOne(optional = false)
  @JoinColumn(name = "casus_id", nullable = false, updatable = false)
  private Casus casus;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organisatie_id", nullable = false, updatable = false)
  private Organisatie organisatie;

  @Column(nullable = false, updatable = false)
  private LocalDate sinds;

  /** The last day it takes part (inclusive); null while its involvement has no announced end. */
  @Column private LocalDate tot;

  /** Why its involvement ends, as the organisation (or the procesregisseur) announced it. */
  @Column(name = "reden_einde", length = MAX_REDEN)
  private String redenEinde;

  @Column(name = "einde_gemeld_door", length = 60)
  private String eindeGemeldDoor;

  @Column(name = "einde_gemeld_op")
  private OffsetDateTime eindeGemeldOp;

  protected Deelname() {}

  Deelname(Casus casus, Organisatie organisatie, LocalDate sinds) {
    vereis(organisatie != null, "De deelnemende organisatie is verplicht.");
    vereis(sinds != null, "De datum van deelname is verplicht.");
    this.casus = casus;
    this.organisatie = organisatie;
    this.sinds = sinds;
  }

  void beeindig(LocalDate dag) {
    vereis(tot == null, "De deelname is al beëindigd.");
    vereis(dag != null && !dag.isBefore(sinds), "Een deelname kan niet eindigen vóór zij begon.");
    this.tot = dag;
  }

  /**
   * The announced end of the involvement (leaving a case): from {@code vanaf} on the organisation
   * no longer takes part, so its last day is the day before. Leaving on the day it joined leaves an
   * empty period: it never took part.
   */
  void beeindigVanaf(LocalDate vanaf, String reden, String door, OffsetDateTime tijdstip) {
    vereis(tot == null, "De betrokkenheid van deze organisatie is al beëindigd.");
    vereis(!vanaf.isBefore(sinds), "datum", "Een betrokkenheid kan niet eindigen vóór zij begon.");
    this.tot = vanaf.minusDays(1);
    this.redenEinde = reden;
    this.eindeGemeldDoor = door;
    this.eindeGemeldOp = tijdstip;
  }

  /** The first day it no longer takes part, once an end is known. */
  public Optional<LocalDate> getEindigtOp() {
    return Optional.ofNullable(tot).map(t -> t.plusDays(1));
  }

  public Optional<String> getRedenEinde() {
    return Optional.ofNullable(redenEinde);
  }

  public Optional<String> getEindeGemeldDoor() {
    return Optional.ofNullable(eindeGemeldDoor);
  }

  public Long getId() {
    return id;
  }

  public Casus getCasus() {
    return casus;
  }

  public boolean isActiefOp(LocalDate dag) {
    return !dag.isBefore(sinds) && (tot == null || !dag.isAfter(tot));
  }

  public Organisatie getOrganisatie() {
    return organisatie;
  }

  public LocalDate getSinds() {
    return sinds;
  }

  public LocalDate getTot() {
    return tot;
  }
}
