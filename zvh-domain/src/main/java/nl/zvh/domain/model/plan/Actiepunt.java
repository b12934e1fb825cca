package nl.zvh.domain.model.plan;

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
import java.time.LocalDate;
import java.util.Optional;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.organisatie.Organisatie;

/**
 * An action of the plan van aanpak: owned by a participating organisation, optionally by one of its
 * people, with a due date and a status.
 */
@Entity
@Table(name = "plan_actiepunt")
public class Actiepunt {

  public static final int MAX_OMSCHRIJVING = 2000;

  @Id
  @SequenceGenerator(
      name = "plan_actiepunt_seq",
      sequenceName = "plan_actiepunt_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_actiepunt_seq")
  private Long id;

  @Version private long versie;

  @ManyToOne(optional = false)
  @JoinColumn(name = "plan_id", nullable = false, updatable = false)
  private PlanVanAanpak plan;

  /** Its number within the plan, the same in every version. */
  @Column(nullable = false, updatable = false)
  private int nummer;

  @Column(nullable = false, length = MAX_OMSCHRIJVING)
  private String omschrijving;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "eigenaar_id", nullable = false)
  private Organisatie eigenaar;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "persoon_id")
  private Gebruiker persoon;

  @Column(nullable = false)
  private LocalDate deadline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Actiepuntstatus status = Actiepuntstatus.OPEN;

  /** Whether it was part of an established version: it is then never deleted, only dropped. */
  @Column(nullable = false)
  private boolean vastgesteld;

  protected Actiepunt() {}

  Actiepunt(PlanVanAanpak plan, int nummer) {
    this.plan = plan;
    this.nummer = nummer;
  }

  void wijzig(
      String tekst,
      Organisatie nieuweEigenaar,
      Gebruiker nieuwePersoon,
      LocalDate nieuweDeadline,
      Actiepuntstatus nieuweStatus) {
    String actie = verplicht(tekst, "omschrijving", "Beschrijf het actiepunt.");
    vereis(
        actie.length() <= MAX_OMSCHRIJVING,
        "omschrijving",
        "Te lang: ten hoogste " + MAX_OMSCHRIJVING + " tekens.");
    vereis(nieuweEigenaar != null, "eigenaar", "Kies de organisatie die eigenaar is.");
    vereis(
        nieuwePersoon == null
            || (nieuwePersoon.getRol() == Rol.KETENPARTNER
                && nieuwePersoon.getOrganisatie() != null
                && nieuwePersoon.getOrganisatie().getId().equals(nieuweEigenaar.getId())),
        "persoon",
        "De persoon werkt bij de organisatie die eigenaar is van het actiepunt.");
    vereis(nieuweDeadline != null, "deadline", "Vul de datum in waarop het gereed moet zijn.");
    vereis(nieuweStatus != null, "status", "Kies de status.");
    vereis(
        status.magOvergaanNaar(nieuweStatus),
        "status",
        "Een actiepunt met status '"
            + status.omschrijving()
            + "' kan niet naar '"
            + nieuweStatus.omschrijving()
            + "'.");
    this.omschrijving = actie;
    this.eigenaar = nieuweEigenaar;
    this.persoon = nieuwePersoon;
    this.deadline = nieuweDeadline;
    this.status = nieuweStatus;
  }

  /**
   * Hands this actiepunt to a colleague (vervanging/overdracht): another active partner user of the
   * organisation that owns it. Only an established actiepunt on which work is still expected.
   */
  void draagOver(Gebruiker collega) {
    vereis(
        vastgesteld,
        "Alleen een actiepunt van het vastgestelde plan wordt aan een collega overgedragen.");
    vereis(
        status.isLopend(),
        "Een actiepunt met status '" + status.omschrijving() + "' wordt niet meer overgedragen.");
    vereis(collega != null, "collega", "Kies de collega die het actiepunt overneemt.");
    vereis(
        collega.getRol() == Rol.KETENPARTNER
            && collega.getOrganisatie() != null
            && collega.getOrganisatie().getId().equals(eigenaar.getId()),
        "collega",
        "De collega werkt bij " + eigenaar.getNaam() + ", de organisatie die eigenaar is.");
    vereis(
        collega.isActief(),
        "collega",
        collega.getNaam() + " heeft geen actief account en kan het actiepunt niet overnemen.");
    vereis(
        persoon == null || !persoon.getId().equals(collega.getId()),
        "collega",
        collega.getNaam() + " voert dit actiepunt al uit.");
    this.persoon = collega;
  }

  /** Whether this established actiepunt still asks work of its owner (OPEN or IN_UITVOERING). */
  public boolean isOpenVastgesteld() {
    return vastgesteld && status.isLopend();
  }

  public PlanVanAanpak getPlan() {
    return plan;
  }

  void markeerVastgesteld() {
    this.vastgesteld = true;
  }

  /** The status that a report of its owner gives it, within the allowed changes. */
  void meldStatus(Actiepuntstatus nieuweStatus) {
    vereis(
        status.magOvergaanNaar(nieuweStatus),
        "soort",
        "Een actiepunt met status '"
            + status.omschrijving()
            + "' kan niet naar '"
            + nieuweStatus.omschrijving()
            + "'.");
    this.status = nieuweStatus;
  }

  /** Still expected and past its due date. */
  public boolean isVerlopen(LocalDate vandaag) {
    return status.isLopend() && deadline.isBefore(vandaag);
  }

  public Long getId() {
    return id;
  }

  public int getNummer() {
    return nummer;
  }

  /** The plan it belongs to, and through it the case. */
  public long getVersie() {
    return versie;
  }

  public String getOmschrijving() {
    return omschrijving;
  }

  public Organisatie getEigenaar() {
    return eigenaar;
  }

  public Optional<Gebruiker> getPersoon() {
    return Optional.ofNullable(persoon);
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public Actiepuntstatus getStatus() {
    return status;
  }

  public boolean isVastgesteld() {
    return vastgesteld;
  }
}
