package nl.zvh.domain.model.casus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import nl.zvh.domain.model.organisatie.Organisatie;

/**
 * Something that happened to a case besides a change of status: contact with the referrer, an
 * uitvraag sent or answered, a move to the next triage. With the status history it makes the case's
 * timeline. Never changed: its description is stored as worded when it happened, so the wording of
 * the events the domain describes itself is kept here, in one place, and not on the case.
 */
@Entity
@Table(name = "casus_gebeurtenis")
public class Gebeurtenis {

  /** What kind of event. */
  public enum Soort {
    CONTACT_OPGENOMEN,
    UITVRAAG_VERSTUURD,
    UITVRAAG_BEANTWOORD,
    UITVRAAG_HERINNERD,
    NAAR_VOLGENDE_TRIAGE,
    OP_ANDERE_TRIAGE,
    OVERLEG_GEPLAND,
    OVERLEG_GEWIJZIGD,
    OVERLEG_GEANNULEERD,
    OVERLEG_GEHOUDEN,
    VERSLAG_VASTGESTELD,
    PLAN_VASTGESTELD,
    CASUSREGISSEUR_AANGESTELD,
    TERUGGEKOPPELD,
    SIGNAAL_GEMELD,
    SIGNAAL_AFGEHANDELD,
    HERINNERING_VERSTUURD,
    OPGESCHAALD,
    ESCALATIE_AFGEHANDELD,
    // ---- Handing over and leaving (issue 12, item 5)
    ACTIEPUNT_OVERGEDRAGEN,
    CASUSREGIE_OVERGEDRAGEN,
    DEELNAME_BEEINDIGD,
    // ---- Procesregie (issue 13)
    CONTACT_CASUSREGISSEUR,
    HERAGENDERING,
    OPGESCHAALD_NAAR_MANAGER,
    MANAGER_BESLOTEN,
    NAAR_BESTUUR,
    BESTUUR_BESLOTEN,
    NAZORG_VASTGELEGD;

    /** Whether another aggregate of the case (overleg, plan) records it on the timeline. */
    public boolean isVoortgang() {
      return compareTo(OVERLEG_GEPLAND) >= 0;
    }
  }

  @Id
  @SequenceGenerator(
      name = "casus_gebeurtenis_seq",
      sequenceName = "casus_gebeurtenis_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "casus_gebeurtenis_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "casus_id", nullable = false, updatable = false)
  private Casus casus;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30, updatable = false)
  private Soort soort;

  @Column(nullable = false, updatable = false)
  private OffsetDateTime tijdstip;

  @Column(name = "door_gebruiker", nullable = false, length = 60, updatable = false)
  private String doorGebruiker;

  @Column(length = 2000, updatable = false)
  private String omschrijving;

  private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  protected Gebeurtenis() {}

  Gebeurtenis(
      Casus casus,
      Soort soort,
      OffsetDateTime tijdstip,
      String doorGebruiker,
      String omschrijving) {
    this.casus = casus;
    this.soort = soort;
    this.tijdstip = tijdstip;
    this.doorGebruiker = doorGebruiker;
    this.omschrijving = omschrijving;
  }

  static String opAndereTriage(LocalDate datum) {
    return "Triage van " + datum.format(DATUM);
  }

  static String uitvraagVerstuurd(List<Organisatie> organisaties) {
    return organisaties.stream().map(Organisatie::getNaam).collect(Collectors.joining(", "));
  }

  static String uitvraagBeantwoord(Organisatie organisatie, UitvraagAdres.Antwoord antwoord) {
    return organisatie.getNaam() + ": " + antwoord.name().toLowerCase().replace('_', ' ');
  }

  static String uitvraagHerinnerd(Organisatie organisatie, LocalDate uiterlijk) {
    return organisatie.getNaam() + ": antwoord gevraagd uiterlijk " + uiterlijk.format(DATUM);
  }

  static String deelnameBeeindigd(Organisatie organisatie, LocalDate vanaf, String reden) {
    return organisatie.getNaam()
        + " is niet meer betrokken vanaf "
        + vanaf.format(DATUM)
        + ". Reden: "
        + reden;
  }

  public Soort getSoort() {
    return soort;
  }

  public OffsetDateTime getTijdstip() {
    return tijdstip;
  }

  public String getDoorGebruiker() {
    return doorGebruiker;
  }

  public String getOmschrijving() {
    return omschrijving;
  }
}
