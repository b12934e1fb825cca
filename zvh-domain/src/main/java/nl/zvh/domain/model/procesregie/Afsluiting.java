package nl.zvh.domain.model.procesregie;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.optioneel;
import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;
import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.verplicht;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.casus.Leefgebied;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.overleg.Zrmscore;

/**
 * Afschalen (domain step 9; NHN seed: "Beslist na het overleg samen met de casusregisseur of de
 * casus voorlopig afgesloten kan worden"): the procesregisseur closes a case with a result, after a
 * plan together with its casusregisseur (both recorded) and with a final score per leefgebied. A
 * case that ended before an ICO closes with the outcome of its triage. Retention runs from the
 * closing. A reopening within the retention period is recorded here, with its reason; a later
 * closing is a new Afsluiting.
 */
@Entity
@Table(name = "procesregie_afsluiting")
@NamedQuery(
    name = "Afsluiting.vanCasus",
    query = "select a from Afsluiting a where a.casus.id = :casusId order by a.afgeslotenOp desc")
public class Afsluiting {

  public static final int MAX_TEKST = 2000;

  /** One final score as the form gives it: empty while not filled in. */
  public record Score(Betrokkene betrokkene, Leefgebied leefgebied, Integer score) {}

  @Id
  @SequenceGenerator(
      name = "procesregie_afsluiting_seq",
      sequenceName = "procesregie_afsluiting_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "procesregie_afsluiting_seq")
  private Long id;

  @Version private long versie;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "casus_id", nullable = false, updatable = false)
  private Casus casus;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30, updatable = false)
  private Resultaat resultaat;

  @Column(length = MAX_TEKST, updatable = false)
  private String toelichting;

  /** The casusregisseur who decided with the procesregisseur; none before a plan. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "casusregisseur_id", updatable = false)
  private Gebruiker casusregisseur;

  @Column(name = "afgesloten_door", nullable = false, length = 60, updatable = false)
  private String afgeslotenDoor;

  @Column(name = "afgesloten_op", nullable = false, updatable = false)
  private OffsetDateTime afgeslotenOp;

  @OneToMany(mappedBy = "afsluiting", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Eindscore> eindscores = new ArrayList<>();

  @Column(name = "heropend_reden", length = MAX_TEKST)
  private String heropendReden;

  @Column(name = "heropend_door", length = 60)
  private String heropendDoor;

  @Column(name = "heropend_op")
  private OffsetDateTime heropendOp;

  protected Afsluiting() {}

  /**
   * Closes the case. After a plan: a result of {@link Resultaat#isNaPlan()}, the casusregisseur and
   * that they agreed, and a score 1–5 on every row of the form (the leefgebieden of the case per
   * betrokkene).
   */
  public static Afsluiting sluit(
      Casus casus,
      Resultaat resultaat,
      String toelichting,
      Gebruiker casusregisseur,
      boolean akkoord,
      List<Score> scores,
      String door,
      OffsetDateTime op) {
    List<Resultaat> mogelijk = Resultaat.mogelijkVoor(casus);
    vereis(
        !mogelijk.isEmpty(),
        "Een casus die " + casus.getStatus().omschrijving() + " is, kan niet worden afgesloten.");
    vereis(resultaat != null, "resultaat", "Kies het resultaat.");
    vereis(
        mogelijk.contains(resultaat),
        "resultaat",
        "Dit resultaat past niet bij een casus die " + casus.getStatus().omschrijving() + " is.");
    Afsluiting afsluiting = new Afsluiting();
    afsluiting.casus = casus;
    afsluiting.resultaat = resultaat;
    afsluiting.toelichting = optioneel(toelichting, "toelichting", MAX_TEKST);
    vereis(
        resultaat != Resultaat.ANDERE_ROUTE || afsluiting.toelichting != null,
        "toelichting",
        "Beschrijf de andere route.");
    if (casus.getStatus() == CasusStatus.IN_UITVOERING) {
      vereis(
          casusregisseur != null,
          "casusregisseur",
          "Sluit de casus af samen met de casusregisseur; deze casus heeft er geen.");
      vereis(
          akkoord,
          "akkoordCasusregisseur",
          "U sluit een casus af samen met de casusregisseur: geef aan dat "
              + casusregisseur.getNaam()
              + " akkoord is.");
      afsluiting.casusregisseur = casusregisseur;
      vereis(!scores.isEmpty(), "eindscores", "Geef per leefgebied een eindscore.");
      for (Score s : scores) {
        vereis(
            s.score() != null,
            "eindscores",
            "Geef per leefgebied een eindscore; die voor "
                + s.leefgebied().name().toLowerCase().replace('_', ' ')
                + " ontbreekt.");
        vereis(
            s.score() >= Zrmscore.LAAGST && s.score() <= Zrmscore.HOOGST,
            "eindscores",
            "Een eindscore is 1 tot en met 5.");
        vereis(
            s.betrokkene().getCasus() == casus,
            "eindscores",
            "Een eindscore is van een betrokkene van deze casus.");
        afsluiting.eindscores.add(
            new Eindscore(afsluiting, s.betrokkene(), s.leefgebied(), s.score()));
      }
    }
    afsluiting.afgeslotenDoor = door;
    afsluiting.afgeslotenOp = op;
    casus.sluitAf(afsluiting.reden(), door, op);
    return afsluiting;
  }

  /** Reopens the closed case with the reason: it goes back to where it was before closing. */
  public void heropen(String reden, String door, OffsetDateTime op) {
    vereis(heropendOp == null, "Deze afsluiting is al heropend.");
    String tekst = verplicht(reden, "heropenReden", "Geef de reden om te heropenen.", MAX_TEKST);
    casus.heropen(tekst, door, op);
    this.heropendReden = tekst;
    this.heropendDoor = door;
    this.heropendOp = op;
  }

  /** The reason in the status history: the result, and with whom it was decided. */
  private String reden() {
    String zin = "Afgesloten: " + resultaat.omschrijving();
    return casusregisseur == null
        ? zin + "."
        : zin + ", besloten met casusregisseur " + casusregisseur.getNaam() + ".";
  }

  /** A betrokkene whose data is erased takes their final scores along. */
  public void vergeetBetrokkene(Betrokkene betrokkene) {
    eindscores.removeIf(s -> s.getBetrokkene().equals(betrokkene));
  }

  public boolean isHeropend() {
    return heropendOp != null;
  }

  public Long getId() {
    return id;
  }

  public long getVersie() {
    return versie;
  }

  public Casus getCasus() {
    return casus;
  }

  public Resultaat getResultaat() {
    return resultaat;
  }

  public Optional<String> getToelichting() {
    return Optional.ofNullable(toelichting);
  }

  public Optional<Gebruiker> getCasusregisseur() {
    return Optional.ofNullable(casusregisseur);
  }

  public String getAfgeslotenDoor() {
    return afgeslotenDoor;
  }

  public OffsetDateTime getAfgeslotenOp() {
    return afgeslotenOp;
  }

  public List<Eindscore> getEindscores() {
    return List.copyOf(eindscores);
  }

  public Optional<String> getHeropendReden() {
    return Optional.ofNullable(heropendReden);
  }

  public Optional<String> getHeropendDoor() {
    return Optional.ofNullable(heropendDoor);
  }

  public Optional<OffsetDateTime> getHeropendOp() {
    return Optional.ofNullable(heropendOp);
  }
}
