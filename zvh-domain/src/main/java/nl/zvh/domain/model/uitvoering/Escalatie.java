package nl.zvh.domain.model.uitvoering;

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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.plan.PlanVanAanpak;

/**
 * The casusregisseur escalates to the procesregisseur (domain step 8, the first step of the chain;
 * NHN seed: "signaleert als gemaakte afspraken niet worden nagekomen en schaalt dit eventueel op
 * naar de procesregisseur"): why, and what is asked. The open signals it takes up are no longer
 * open. The procesregisseur records the outcome.
 */
@Entity
@Table(name = "uitvoering_escalatie")
public class Escalatie {

  /** Where the escalation stands. */
  public enum Status {
    OPEN,
    AFGEHANDELD
  }

  @Id
  @SequenceGenerator(
      name = "uitvoering_escalatie_seq",
      sequenceName = "uitvoering_escalatie_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "uitvoering_escalatie_seq")
  private Long id;

  @Version private long versie;

  /** The plan whose carrying out it concerns; through it, the case. */
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_id", nullable = false, updatable = false)
  private PlanVanAanpak plan;

  @Column(nullable = false, length = Signaal.MAX_TEKST, updatable = false)
  private String reden;

  @Column(length = Signaal.MAX_TEKST, updatable = false)
  private String gevraagd;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "ingediend_door_id", nullable = false, updatable = false)
  private Gebruiker ingediendDoor;

  @Column(name = "ingediend_op", nullable = false, updatable = false)
  private OffsetDateTime ingediendOp;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.OPEN;

  @Column(length = Signaal.MAX_TEKST)
  private String uitkomst;

  @Column(name = "afgehandeld_door", length = 60)
  private String afgehandeldDoor;

  @Column(name = "afgehandeld_op")
  private OffsetDateTime afgehandeldOp;

  protected Escalatie() {}

  /**
   * An escalation of the case, taking up the given open signals of that case (possibly none: not
   * every escalation starts with a partner's signal).
   */
  public Escalatie(
      PlanVanAanpak plan,
      String reden,
      String gevraagd,
      List<Signaal> signalen,
      Gebruiker door,
      OffsetDateTime op) {
    vereis(plan != null, "Het plan van aanpak is verplicht.");
    this.plan = plan;
    this.reden = Signaal.tekst(reden, "reden", "Geef aan waarom u opschaalt.");
    this.gevraagd =
        gevraagd == null || gevraagd.isBlank()
            ? null
            : Signaal.tekst(gevraagd, "gevraagd", "Beschrijf wat u vraagt.");
    this.ingediendDoor = door;
    this.ingediendOp = op;
    for (Signaal signaal : signalen) {
      vereis(
          signaal.getPlan() == plan,
          "signalen",
          "Een signaal van een andere casus hoort hier niet.");
      signaal.schaalOp(this);
    }
  }

  /** The procesregisseur records what came of it. */
  public void handelAf(String hoe, String door, OffsetDateTime op) {
    vereis(status == Status.OPEN, "Deze escalatie is al afgehandeld.");
    this.uitkomst = Signaal.tekst(hoe, "uitkomst", "Beschrijf de uitkomst.");
    this.status = Status.AFGEHANDELD;
    this.afgehandeldDoor = door;
    this.afgehandeldOp = op;
  }

  public boolean isOpen() {
    return status == Status.OPEN;
  }

  public Long getId() {
    return id;
  }

  public long getVersie() {
    return versie;
  }

  public PlanVanAanpak getPlan() {
    return plan;
  }

  public Casus getCasus() {
    return plan.getCasus();
  }

  public String getReden() {
    return reden;
  }

  public Optional<String> getGevraagd() {
    return Optional.ofNullable(gevraagd);
  }

  public Gebruiker getIngediendDoor() {
    return ingediendDoor;
  }

  public OffsetDateTime getIngediendOp() {
    return ingediendOp;
  }

  public Status getStatus() {
    return status;
  }

  public Optional<String> getUitkomst() {
    return Optional.ofNullable(uitkomst);
  }

  public Optional<String> getAfgehandeldDoor() {
    return Optional.ofNullable(afgehandeldDoor);
  }

  public Optional<OffsetDateTime> getAfgehandeldOp() {
    return Optional.ofNullable(afgehandeldOp);
  }
}
