package nl.zvh.domain.model.uitvoering;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.plan.PlanVanAanpak;
import nl.zvh.domain.model.plan.Terugkoppeling;

/**
 * A partner's signal to the casusregisseur (both seeds: "geeft een signaal … als het uitvoeren van
 * een afspraak/actiepunt niet lukt of als er andere ontwikkelingen zijn die van invloed zijn op het
 * plan"). Open until the casusregisseur (or the procesregisseur) handles it, or escalates it.
 */
@Entity
@Table(name = "uitvoering_signaal")
public class Signaal {

  public static final int MAX_TEKST = 2000;

  /** What the signal is about. */
  public enum Soort {
    /** An actiepunt does not work out: made with the owner's report. */
    LUKT_NIET,
    /** Another development that affects the plan. */
    ONTWIKKELING
  }

  /** Where the signal stands. */
  public enum Status {
    OPEN,
    AFGEHANDELD,
    OPGESCHAALD
  }

  @Id
  @SequenceGenerator(
      name = "uitvoering_signaal_seq",
      sequenceName = "uitvoering_signaal_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "uitvoering_signaal_seq")
  private Long id;

  @Version private long versie;

  /** The plan whose carrying out it concerns; through it, the case. */
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_id", nullable = false, updatable = false)
  private PlanVanAanpak plan;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Soort soort;

  @Column(nullable = false, length = MAX_TEKST, updatable = false)
  private String tekst;

  /** The report that "lukt niet" came with; none for another development. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "terugkoppeling_id", updatable = false)
  private Terugkoppeling terugkoppeling;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "gemeld_door_id", nullable = false, updatable = false)
  private Gebruiker gemeldDoor;

  @Column(name = "gemeld_op", nullable = false, updatable = false)
  private OffsetDateTime gemeldOp;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.OPEN;

  @Column(length = MAX_TEKST)
  private String afhandeling;

  @Column(name = "afgehandeld_door", length = 60)
  private String afgehandeldDoor;

  @Column(name = "afgehandeld_op")
  private OffsetDateTime afgehandeldOp;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "escalatie_id")
  private Escalatie escalatie;

  protected Signaal() {}

  private Signaal(
      PlanVanAanpak plan, Soort soort, String tekst, Gebruiker door, OffsetDateTime op) {
    this.plan = plan;
    this.soort = soort;
    this.tekst = tekst;
    this.gemeldDoor = door;
    this.gemeldOp = op;
  }

  /** The signal that a "lukt niet" report gives, with its reason. */
  public static Signaal luktNiet(Terugkoppeling terugkoppeling) {
    vereis(
        terugkoppeling.getSoort() == Terugkoppeling.Soort.LUKT_NIET,
        "Alleen 'lukt niet' geeft vanzelf een signaal.");
    Signaal signaal =
        new Signaal(
            terugkoppeling.getActiepunt().getPlan(),
            Soort.LUKT_NIET,
            terugkoppeling.getTekst().orElseThrow(),
            terugkoppeling.getGebruiker(),
            terugkoppeling.getTijdstip());
    signaal.terugkoppeling = terugkoppeling;
    return signaal;
  }

  /** Another development that affects the plan, in the partner's words. */
  public static Signaal ontwikkeling(
      PlanVanAanpak plan, String tekst, Gebruiker door, OffsetDateTime op) {
    vereis(plan != null, "Het plan van aanpak is verplicht.");
    return new Signaal(plan, Soort.ONTWIKKELING, tekst(tekst), door, op);
  }

  /** The casusregisseur or the procesregisseur handled it, and says how. */
  public void handelAf(String hoe, String door, OffsetDateTime op) {
    vereisOpen();
    this.afhandeling = tekst(hoe, "afhandeling", "Beschrijf hoe het signaal is afgehandeld.");
    this.status = Status.AFGEHANDELD;
    this.afgehandeldDoor = door;
    this.afgehandeldOp = op;
  }

  /** Taken up in an escalation to the procesregisseur. */
  void schaalOp(Escalatie naar) {
    vereisOpen();
    this.status = Status.OPGESCHAALD;
    this.escalatie = naar;
    this.afgehandeldDoor = naar.getIngediendDoor().getGebruikersnaam();
    this.afgehandeldOp = naar.getIngediendOp();
  }

  public boolean isOpen() {
    return status == Status.OPEN;
  }

  private void vereisOpen() {
    vereis(isOpen(), "Dit signaal is al afgehandeld of opgeschaald.");
  }

  private static String tekst(String tekst) {
    return tekst(tekst, "tekst", "Beschrijf de ontwikkeling en wat die voor het plan betekent.");
  }

  static String tekst(String tekst, String veld, String leeg) {
    String waarde = verplicht(tekst, veld, leeg);
    vereis(waarde.length() <= MAX_TEKST, veld, "Te lang: ten hoogste " + MAX_TEKST + " tekens.");
    return waarde;
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

  public Soort getSoort() {
    return soort;
  }

  public String getTekst() {
    return tekst;
  }

  public Optional<Terugkoppeling> getTerugkoppeling() {
    return Optional.ofNullable(terugkoppeling);
  }

  public Gebruiker getGemeldDoor() {
    return gemeldDoor;
  }

  public OffsetDateTime getGemeldOp() {
    return gemeldOp;
  }

  public Status getStatus() {
    return status;
  }

  public Optional<String> getAfhandeling() {
    return Optional.ofNullable(afhandeling);
  }

  public Optional<String> getAfgehandeldDoor() {
    return Optional.ofNullable(afgehandeldDoor);
  }

  public Optional<OffsetDateTime> getAfgehandeldOp() {
    return Optional.ofNullable(afgehandeldOp);
  }

  public Optional<Escalatie> getEscalatie() {
    return Optional.ofNullable(escalatie);
  }
}
