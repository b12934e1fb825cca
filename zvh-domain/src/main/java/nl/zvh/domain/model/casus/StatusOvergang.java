package nl.zvh.domain.model.casus;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;
import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.verplicht;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One change of a case's status: who, when, from what to what, and why. Never changed. */
@Entity
@Table(name = "status_overgang")
@NamedQuery(
    name = "StatusOvergang.gewijzigdSinds",
    query =
        "select distinct s.casus.id from StatusOvergang s"
            + " where s.casus.id in :casusIds and s.tijdstip > :sinds")
public class StatusOvergang {

  @Id
  @SequenceGenerator(
      name = "status_overgang_seq",
      sequenceName = "status_overgang_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "status_overgang_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "casus_id", nullable = false, updatable = false)
  private Casus casus;

  @Enumerated(EnumType.STRING)
  @Column(name = "van_status", length = 30, updatable = false)
  private CasusStatus vanStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "naar_status", nullable = false, length = 30, updatable = false)
  private CasusStatus naarStatus;

  @Column(nullable = false, updatable = false)
  private OffsetDateTime tijdstip;

  @Column(name = "door_gebruiker", nullable = false, length = 60, updatable = false)
  private String doorGebruiker;

  @Column(length = 2000, updatable = false)
  private String reden;

  protected StatusOvergang() {}

  /**
   * A change the life cycle allows: from nothing only to a concept, otherwise as {@link
   * CasusStatus#magOvergaanNaar} says. The reason is kept stripped; a blank one is none.
   */
  StatusOvergang(
      Casus casus,
      CasusStatus vanStatus,
      CasusStatus naarStatus,
      OffsetDateTime tijdstip,
      String doorGebruiker,
      String reden) {
    vereis(naarStatus != null, "De nieuwe status is verplicht.");
    if (vanStatus == null) {
      vereis(naarStatus == CasusStatus.CONCEPT, "Een casus begint als concept.");
    } else {
      vereis(
          vanStatus.magOvergaanNaar(naarStatus),
          "Een casus met status '"
              + vanStatus.omschrijving()
              + "' kan niet naar status '"
              + naarStatus.omschrijving()
              + "'.");
    }
    vereis(tijdstip != null, "Het tijdstip is verplicht.");
    this.casus = casus;
    this.vanStatus = vanStatus;
    this.naarStatus = naarStatus;
    this.tijdstip = tijdstip;
    this.doorGebruiker = verplicht(doorGebruiker, "De gebruiker is verplicht.");
    this.reden = reden == null || reden.isBlank() ? null : reden.strip();
  }

  public Long getId() {
    return id;
  }

  public CasusStatus getVanStatus() {
    return vanStatus;
  }

  public CasusStatus getNaarStatus() {
    return naarStatus;
  }

  public OffsetDateTime getTijdstip() {
    return tijdstip;
  }

  public String getDoorGebruiker() {
    return doorGebruiker;
  }

  public String getReden() {
    return reden;
  }
}
