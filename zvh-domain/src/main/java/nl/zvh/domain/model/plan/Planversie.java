package nl.zvh.domain.model.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One established version of the plan van aanpak: what it said, who established it and when, and
 * what changed since the version before. Never changed; this is what the participants read.
 */
@Entity
@Table(name = "plan_versie")
public class Planversie {

  @Id
  @SequenceGenerator(
      name = "plan_versie_seq",
      sequenceName = "plan_versie_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_versie_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "plan_id", nullable = false, updatable = false)
  private PlanVanAanpak plan;

  @Column(nullable = false, updatable = false)
  private int nummer;

  /** The number of the overleg at which it was established, if at one. */
  @Column(name = "overleg_nummer", updatable = false)
  private Integer overlegNummer;

  @Column(name = "vastgesteld_door", nullable = false, length = 60, updatable = false)
  private String vastgesteldDoor;

  @Column(name = "vastgesteld_op", nullable = false, updatable = false)
  private OffsetDateTime vastgesteldOp;

  @ElementCollection
  @CollectionTable(name = "plan_versie_regel", joinColumns = @JoinColumn(name = "versie_id"))
  @OrderColumn(name = "volgorde")
  private List<Planregel> regels = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "plan_versie_wijziging", joinColumns = @JoinColumn(name = "versie_id"))
  @OrderColumn(name = "volgorde")
  @Column(name = "tekst", nullable = false, length = 2500)
  private List<String> wijzigingen = new ArrayList<>();

  protected Planversie() {}

  Planversie(
      PlanVanAanpak plan,
      int nummer,
      Integer overlegNummer,
      List<Planregel> regels,
      List<String> wijzigingen,
      String door,
      OffsetDateTime op) {
    this.plan = plan;
    this.nummer = nummer;
    this.overlegNummer = overlegNummer;
    this.regels = new ArrayList<>(regels);
    this.wijzigingen = new ArrayList<>(wijzigingen);
    this.vastgesteldDoor = door;
    this.vastgesteldOp = op;
  }

  public List<Planregel> regels(Planregel.Soort soort) {
    return regels.stream().filter(r -> r.getSoort() == soort).toList();
  }

  public Long getId() {
    return id;
  }

  public int getNummer() {
    return nummer;
  }

  public Integer getOverlegNummer() {
    return overlegNummer;
  }

  public String getVastgesteldDoor() {
    return vastgesteldDoor;
  }

  public OffsetDateTime getVastgesteldOp() {
    return vastgesteldOp;
  }

  public List<Planregel> getRegels() {
    return List.copyOf(regels);
  }

  public List<String> getWijzigingen() {
    return List.copyOf(wijzigingen);
  }
}
