package nl.zvh.domain.model.plan;

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
import java.time.OffsetDateTime;
import java.util.Optional;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.organisatie.Organisatie;

/**
 * The assignment of one partner user as casusregisseur of a case, from its appointment until a
 * successor is appointed: who appointed them and when. One at a time.
 */
@Entity
@Table(name = "plan_casusregisseur")
public class Casusregisseurschap {

  @Id
  @SequenceGenerator(
      name = "plan_casusregisseur_seq",
      sequenceName = "plan_casusregisseur_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_casusregisseur_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "plan_id", nullable = false, updatable = false)
  private PlanVanAanpak plan;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "gebruiker_id", nullable = false, updatable = false)
  private Gebruiker gebruiker;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organisatie_id", nullable = false, updatable = false)
  private Organisatie organisatie;

  @Column(nullable = false, updatable = false)
  private OffsetDateTime sinds;

  @Column private OffsetDateTime tot;

  @Column(name = "aangesteld_door", nullable = false, length = 60, updatable = false)
  private String aangesteldDoor;

  protected Casusregisseurschap() {}

  Casusregisseurschap(
      PlanVanAanpak plan, Gebruiker gebruiker, String aangesteldDoor, OffsetDateTime sinds) {
    this.plan = plan;
    this.gebruiker = gebruiker;
    this.organisatie = gebruiker.getOrganisatie();
    this.aangesteldDoor = aangesteldDoor;
    this.sinds = sinds;
  }

  void beeindig(OffsetDateTime tijdstip) {
    this.tot = tijdstip;
  }

  public boolean isHuidig() {
    return tot == null;
  }

  public Gebruiker getGebruiker() {
    return gebruiker;
  }

  public Organisatie getOrganisatie() {
    return organisatie;
  }

  public OffsetDateTime getSinds() {
    return sinds;
  }

  public Optional<OffsetDateTime> getTot() {
    return Optional.ofNullable(tot);
  }

  public String getAangesteldDoor() {
    return aangesteldDoor;
  }
}
