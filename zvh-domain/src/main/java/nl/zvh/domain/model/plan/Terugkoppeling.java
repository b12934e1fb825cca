package nl.zvh.domain.model.plan;

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
import java.time.OffsetDateTime;
import java.util.Optional;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.organisatie.Organisatie;

/**
 * What the owner of an actiepunt reports back to the participants (both seeds: "voert de
 * afspraken/actiepunten uit en geeft hiervan een terugkoppeling"): progress, done, or that it does
 * not work out, with the reason. Never changed; the next one follows it. Made by {@link
 * PlanVanAanpak#koppelTerug}, which moves the actiepunt's status with it.
 */
@Entity
@Table(name = "plan_terugkoppeling")
public class Terugkoppeling {

  public static final int MAX_TEKST = 2000;

  /** What is reported, and the status it gives the actiepunt. */
  public enum Soort {
    VOORTGANG(Actiepuntstatus.IN_UITVOERING),
    GEREED(Actiepuntstatus.GEREED),
    LUKT_NIET(Actiepuntstatus.LUKT_NIET);

    private final Actiepuntstatus status;

    Soort(Actiepuntstatus status) {
      this.status = status;
    }

    public Actiepuntstatus status() {
      return status;
    }
  }

  @Id
  @SequenceGenerator(
      name = "plan_terugkoppeling_seq",
      sequenceName = "plan_terugkoppeling_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_terugkoppeling_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "actiepunt_id", nullable = false, updatable = false)
  private Actiepunt actiepunt;

  /** The case, so that a case's reports are found (and destroyed) without the plan. */
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "casus_id", nullable = false, updatable = false)
  private Casus casus;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Soort soort;

  @Column(length = MAX_TEKST, updatable = false)
  private String tekst;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "gebruiker_id", nullable = false, updatable = false)
  private Gebruiker gebruiker;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organisatie_id", nullable = false, updatable = false)
  private Organisatie organisatie;

  @Column(nullable = false, updatable = false)
  private OffsetDateTime tijdstip;

  protected Terugkoppeling() {}

  Terugkoppeling(
      Actiepunt actiepunt, Soort soort, String tekst, Gebruiker gebruiker, OffsetDateTime op) {
    this.actiepunt = actiepunt;
    this.casus = actiepunt.getPlan().getCasus();
    this.soort = soort;
    this.tekst = tekst;
    this.gebruiker = gebruiker;
    this.organisatie = gebruiker.getOrganisatie();
    this.tijdstip = op;
  }

  public Long getId() {
    return id;
  }

  public Actiepunt getActiepunt() {
    return actiepunt;
  }

  public Casus getCasus() {
    return casus;
  }

  public Soort getSoort() {
    return soort;
  }

  public Optional<String> getTekst() {
    return Optional.ofNullable(tekst);
  }

  public Gebruiker getGebruiker() {
    return gebruiker;
  }

  public Organisatie getOrganisatie() {
    return organisatie;
  }

  public OffsetDateTime getTijdstip() {
    return tijdstip;
  }
}
