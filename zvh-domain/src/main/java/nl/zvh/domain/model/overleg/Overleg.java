package nl.zvh.domain.model.overleg;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;
import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.verplicht;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.Leefgebied;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;

/**
 * A case meeting (ICO) of a case: the first one sets the plan van aanpak, follow-ups review it.
 * Planned by the procesregisseur with invitees of partner organisations; the betrokkene attends
 * only after a recorded safety check. Once held it gets its attendance, its verslag (a concept
 * until established, then in versions) and the ZRM scores of its betrokkenen.
 *
 * <p>Every change the invitees must hear of raises {@link #getReeks()}, the SEQUENCE of the
 * calendar invitation, whose UID ({@link #getUid()}) stays the same for the overleg's life.
 */
@Entity
@Table(name = "overleg")
@NamedQuery(
    name = "Overleg.vanCasus",
    query = "select o from Overleg o where o.casus.id = :casusId order by o.nummer")
public class Overleg {

  public static final int MAX_AGENDA = 4000;
  public static final int MAX_VERSLAG = 20000;
  public static final int MAX_REDEN = 2000;

  /** Where the overleg stands. */
  public enum Status {
    GEPLAND,
    GEHOUDEN,
    GEANNULEERD
  }

  @Id
  @SequenceGenerator(name = "overleg_seq", sequenceName = "overleg_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "overleg_seq")
  private Long id;

  @Version private long versie;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "casus_id", nullable = false, updatable = false)
  private Casus casus;

  /** 1 for the case's first ICO, then 2, 3… for the follow-ups. */
  @Column(nullable = false, updatable = false)
  private int nummer;

  @Column(nullable = false, length = 80, updatable = false)
  private String uid;

  @Column(nullable = false)
  private int reeks;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.GEPLAND;

  @Column(nullable = false)
  private LocalDate datum;

  @Column(nullable = false)
  private LocalTime begintijd;

  @Column(nullable = false)
  private LocalTime eindtijd;

  @Column(length = Overlegmoment.MAX_LOCATIE)
  private String locatie;

  @Column(length = Overlegmoment.MAX_LINK)
  private String vergaderlink;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "voorzitter_id", nullable = false)
  private Gebruiker voorzitter;

  @Column(nullable = false, length = MAX_AGENDA)
  private String agenda;

  @Column(name = "gepland_door", nullable = false, length = 60, updatable = false)
  private String geplandDoor;

  @Column(name = "gepland_op", nullable = false, updatable = false)
  private OffsetDateTime geplandOp;

  @Column(name = "annuleringsreden", length = MAX_REDEN)
  private String annuleringsreden;

  @Column(name = "betrokkene_uitgenodigd", nullable = false)
  private boolean betrokkeneUitgenodigd;

  @Column(name = "betrokkene_aanwezig")
  private Boolean betrokkeneAanwezig;

  @Embedded private Veiligheidscheck veiligheidscheck;

  @Column(name = "verslag_concept", length = MAX_VERSLAG)
  private String verslagConcept;

  @OneToMany(mappedBy = "overleg", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Genodigde> genodigden = new ArrayList<>();

  @OneToMany(mappedBy = "overleg", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("nummer")
  private List<Verslagversie> verslagversies = new ArrayList<>();

  @OneToMany(mappedBy = "overleg", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Zrmscore> scores = new ArrayList<>();

  protected Overleg() {}

  /**
   * Plans the case's overleg with this number. The case must be taken on with the route to an ICO,
   * or be in uitvoering (follow-ups).
   */
  public Overleg(
      Casus casus,
      int nummer,
      Overlegmoment moment,
      Gebruiker voorzitter,
      String agenda,
      String door,
      OffsetDateTime tijdstip) {
    vereis(casus != null, "De casus is verplicht.");
    casus.vereisOverlegMogelijk();
    vereis(moment != null, "datum", "Vul de datum van het overleg in.");
    vereis(
        !moment.datum().isBefore(tijdstip.toLocalDate()),
        "datum",
        "Een overleg wordt gepland op vandaag of later.");
    this.casus = casus;
    this.nummer = nummer;
    this.uid = UUID.randomUUID() + "@zvh-portaal";
    this.geplandDoor = door;
    this.geplandOp = tijdstip;
    zetPlanning(moment, voorzitter, agenda);
  }

  /**
   * Moves the overleg, or changes its chair or agenda: the invitees get an update of the same
   * invitation.
   */
  public void wijzigPlanning(
      Overlegmoment moment, Gebruiker nieuweVoorzitter, String nieuweAgenda, LocalDate vandaag) {
    vereisGepland();
    vereis(moment != null, "datum", "Vul de datum van het overleg in.");
    vereis(
        !moment.datum().isBefore(vandaag),
        "datum",
        "Een overleg wordt verplaatst naar vandaag of later.");
    zetPlanning(moment, nieuweVoorzitter, nieuweAgenda);
    reeks++;
  }

  /** Cancels a planned overleg with a reason; the invitees get a cancellation. */
  public void annuleer(String reden) {
    vereisGepland();
    String tekst = verplicht(reden, "reden", "Geef de reden van de annulering.");
    vereis(tekst.length() <= MAX_REDEN, "reden", "Te lang: ten hoogste " + MAX_REDEN + " tekens.");
    this.annuleringsreden = tekst;
    this.status = Status.GEANNULEERD;
    reeks++;
  }

  public Genodigde nodigUit(Gebruiker gebruiker) {
    vereisGepland();
    vereis(
        gebruiker != null && genodigde(gebruiker.getId()).isEmpty(),
        "genodigden",
        "Deze persoon is al uitgenodigd.");
    Genodigde genodigde = new Genodigde(this, gebruiker);
    genodigden.add(genodigde);
    return genodigde;
  }

  public Genodigde haalGenodigdeWeg(long gebruikerId) {
    vereisGepland();
    Genodigde genodigde =
        genodigde(gebruikerId)
            .orElseThrow(() -> new DomeinRegelGeschonden("Deze persoon is niet uitgenodigd."));
    genodigden.remove(genodigde);
    return genodigde;
  }

  /** Records the safety check; a check with a risk withdraws the betrokkene's invitation. */
  public void legVeiligheidscheckVast(Veiligheidscheck check) {
    vereisGepland();
    vereis(check != null, "uitkomst", "Kies de uitkomst van de veiligheidscheck.");
    this.veiligheidscheck = check;
    if (!check.isVeilig()) {
      betrokkeneUitgenodigd = false;
    }
  }

  /**
   * Invites the betrokkene to attend, which the seeds allow only when it brings no safety risk and
   * was agreed beforehand with the procesregisseur.
   */
  public void nodigBetrokkeneUit(boolean uitnodigen) {
    vereisGepland();
    if (uitnodigen) {
      vereis(
          veiligheidscheck != null,
          "betrokkeneUitgenodigd",
          "De betrokkene kan pas worden uitgenodigd als de veiligheidscheck is vastgelegd:"
              + " met wie is afgestemd dat aanwezigheid geen veiligheidsrisico geeft, en wanneer.");
      vereis(
          veiligheidscheck.isVeilig(),
          "betrokkeneUitgenodigd",
          "De veiligheidscheck wees uit dat aanwezigheid van de betrokkene een risico geeft;"
              + " de betrokkene wordt niet uitgenodigd.");
    }
    this.betrokkeneUitgenodigd = uitnodigen;
  }

  public void reageer(long gebruikerId, Genodigde.Reactie reactie, OffsetDateTime tijdstip) {
    vereisGepland();
    genodigde(gebruikerId)
        .orElseThrow(() -> new DomeinRegelGeschonden("U bent niet voor dit overleg uitgenodigd."))
        .reageer(reactie, tijdstip);
  }

  /** The organisation says it has prepared (added what it brings to the overleg). */
  public void meldVoorbereid(long organisatieId, OffsetDateTime tijdstip) {
    vereisGepland();
    List<Genodigde> vanOrganisatie =
        genodigden.stream().filter(g -> g.getOrganisatie().getId() == organisatieId).toList();
    vereis(!vanOrganisatie.isEmpty(), "Uw organisatie is niet voor dit overleg uitgenodigd.");
    vanOrganisatie.forEach(g -> g.meldVoorbereid(tijdstip));
  }

  /**
   * Records who attended: the overleg is then held. Possible from its day on, and again later to
   * correct it.
   */
  public void legAanwezigheidVast(
      Set<Long> aanwezigeGebruikers, boolean betrokkeneWasAanwezig, LocalDate vandaag) {
    vereis(status != Status.GEANNULEERD, "Een geannuleerd overleg wordt niet vastgelegd.");
    vereis(
        !datum.isAfter(vandaag),
        "Een overleg wordt vastgelegd op of na de dag waarop het plaatsvindt.");
    vereis(
        !betrokkeneWasAanwezig || betrokkeneUitgenodigd,
        "betrokkeneAanwezig",
        "De betrokkene was niet uitgenodigd; aanwezigheid vraagt een veiligheidscheck vooraf.");
    genodigden.forEach(
        g -> g.legAanwezigheidVast(aanwezigeGebruikers.contains(g.getGebruiker().getId())));
    this.betrokkeneAanwezig = betrokkeneUitgenodigd ? betrokkeneWasAanwezig : null;
    this.status = Status.GEHOUDEN;
  }

  /** Saves the verslag as the procesregisseur types: a concept, not seen by the participants. */
  public void bewaarVerslag(String tekst) {
    vereisGehouden();
    String concept = tekst == null || tekst.isBlank() ? null : tekst.strip();
    vereis(
        concept == null || concept.length() <= MAX_VERSLAG,
        "verslag",
        "Te lang: ten hoogste " + MAX_VERSLAG + " tekens.");
    this.verslagConcept = concept;
  }

  /**
   * Establishes the concept as the next version of the verslag; empty when it did not change since
   * the last version.
   */
  public Optional<Verslagversie> stelVerslagVast(String door, OffsetDateTime tijdstip) {
    vereisGehouden();
    vereis(verslagConcept != null, "verslag", "Schrijf het verslag voordat u het vaststelt.");
    if (!heeftVerslagwijzigingen()) {
      return Optional.empty();
    }
    Verslagversie versie =
        new Verslagversie(this, verslagversies.size() + 1, verslagConcept, door, tijdstip);
    verslagversies.add(versie);
    return Optional.of(versie);
  }

  /** Whether the concept differs from the last established version (or none was established). */
  public boolean heeftVerslagwijzigingen() {
    return verslagConcept != null
        && laatsteVerslag().map(v -> !v.getTekst().equals(verslagConcept)).orElse(true);
  }

  /**
   * Scores a betrokkene of the case on a leefgebied at this overleg; no score removes an earlier
   * one.
   */
  public void scoor(Betrokkene betrokkene, Leefgebied leefgebied, Integer score, Integer doel) {
    vereisGehouden();
    vereis(
        betrokkene != null && casus.getBetrokkenen().contains(betrokkene),
        "Deze betrokkene hoort niet bij de casus.");
    vereis(leefgebied != null, "Kies het leefgebied.");
    Optional<Zrmscore> bestaand =
        scores.stream().filter(s -> s.betreft(betrokkene, leefgebied)).findFirst();
    if (score == null) {
      vereis(doel == null, "score", "Een doelscore hoort bij een score: vul ook de score in.");
      bestaand.ifPresent(scores::remove);
      return;
    }
    if (bestaand.isPresent()) {
      bestaand.get().zet(score, doel);
    } else {
      Zrmscore nieuw = new Zrmscore(this, betrokkene, leefgebied);
      nieuw.zet(score, doel);
      scores.add(nieuw);
    }
  }

  /** Removes what this overleg holds about a betrokkene whose data is deleted on request. */
  public void vergeetBetrokkene(Betrokkene betrokkene) {
    scores.removeIf(s -> s.getBetrokkene().equals(betrokkene));
  }

  public Optional<Genodigde> genodigde(long gebruikerId) {
    return genodigden.stream().filter(g -> g.isVan(gebruikerId)).findFirst();
  }

  public boolean isUitgenodigd(long organisatieId) {
    return genodigden.stream().anyMatch(g -> g.getOrganisatie().getId() == organisatieId);
  }

  public Optional<Verslagversie> laatsteVerslag() {
    return verslagversies.isEmpty()
        ? Optional.empty()
        : Optional.of(verslagversies.get(verslagversies.size() - 1));
  }

  public Overlegmoment getMoment() {
    return new Overlegmoment(datum, begintijd, eindtijd, locatie, vergaderlink);
  }

  private void zetPlanning(Overlegmoment moment, Gebruiker nieuweVoorzitter, String nieuweAgenda) {
    vereis(
        nieuweVoorzitter != null && nieuweVoorzitter.getRol() == Rol.PROCESREGISSEUR,
        "voorzitter",
        "De voorzitter is een procesregisseur van het ZVH (onafhankelijk voorzitter).");
    String tekst = verplicht(nieuweAgenda, "agenda", "Vul de agenda van het overleg in.");
    vereis(
        tekst.length() <= MAX_AGENDA, "agenda", "Te lang: ten hoogste " + MAX_AGENDA + " tekens.");
    this.datum = moment.datum();
    this.begintijd = moment.begin();
    this.eindtijd = moment.eind();
    this.locatie = moment.locatie();
    this.vergaderlink = moment.vergaderlink();
    this.voorzitter = nieuweVoorzitter;
    this.agenda = tekst;
  }

  private void vereisGepland() {
    vereis(
        status == Status.GEPLAND,
        status == Status.GEHOUDEN ? "Dit overleg is al gehouden." : "Dit overleg is geannuleerd.");
  }

  private void vereisGehouden() {
    vereis(
        status == Status.GEHOUDEN,
        "Leg eerst de aanwezigheid vast; daarna volgen het verslag en de scores.");
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

  public int getNummer() {
    return nummer;
  }

  public String getUid() {
    return uid;
  }

  public int getReeks() {
    return reeks;
  }

  public Status getStatus() {
    return status;
  }

  public LocalDate getDatum() {
    return datum;
  }

  public Gebruiker getVoorzitter() {
    return voorzitter;
  }

  public String getAgenda() {
    return agenda;
  }

  public String getGeplandDoor() {
    return geplandDoor;
  }

  public OffsetDateTime getGeplandOp() {
    return geplandOp;
  }

  public Optional<String> getAnnuleringsreden() {
    return Optional.ofNullable(annuleringsreden);
  }

  public boolean isBetrokkeneUitgenodigd() {
    return betrokkeneUitgenodigd;
  }

  public Optional<Boolean> getBetrokkeneAanwezig() {
    return Optional.ofNullable(betrokkeneAanwezig);
  }

  public Optional<Veiligheidscheck> getVeiligheidscheck() {
    return Optional.ofNullable(veiligheidscheck);
  }

  public Optional<String> getVerslagConcept() {
    return Optional.ofNullable(verslagConcept);
  }

  public List<Genodigde> getGenodigden() {
    return List.copyOf(genodigden);
  }

  public List<Verslagversie> getVerslagversies() {
    return List.copyOf(verslagversies);
  }

  public List<Zrmscore> getScores() {
    return List.copyOf(scores);
  }
}
