package nl.zvh.domain.model.casus;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.zvh.domain.model.gedeeld.Adres;
import nl.zvh.domain.model.gedeeld.Bsn;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;

/**
 * A case: one person or family referred to the ZVH by a partner organisation. It starts as a
 * concept of the referring organisation and follows the life cycle of {@link CasusStatus}.
 *
 * <p>On the case belongs only what its invariants need: the referral and its betrokkenen, the
 * status with its history, who takes part and the information they own, the uitvragen and the
 * events of its timeline, each changed only through the operations below (never by setting a
 * status). Display formats and the queries of a single screen live with that screen in
 * zvh-regie-ejb, and new parts of the process (overleg, plan van aanpak, opschaling) are aggregates
 * of their own that refer to the case by its id, not collections on it.
 */
@Entity
// The one query several services share; the queries of a single screen live with that screen.
@NamedQuery(name = "Casus.findByNummer", query = "select c from Casus c where c.nummer = :nummer")
public class Casus {

  private static final Pattern NUMMER = Pattern.compile("ZVH-\\d{4}-\\d{6}");

  @Id
  @SequenceGenerator(name = "casus_seq", sequenceName = "casus_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "casus_seq")
  private Long id;

  @Version private long versie;

  /** The registration number, given on submission (for example ZVH-2026-000123). */
  @Column(unique = true, length = 15)
  private String nummer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private CasusStatus status;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "aanmeldende_organisatie_id", nullable = false, updatable = false)
  private Organisatie aanmeldendeOrganisatie;

  @Column(name = "aangemaakt_op", nullable = false, updatable = false)
  private OffsetDateTime aangemaaktOp;

  @OneToMany(mappedBy = "casus", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Betrokkene> betrokkenen = new ArrayList<>();

  @OneToMany(mappedBy = "casus", cascade = CascadeType.ALL)
  @OrderBy("tijdstip, id")
  private List<StatusOvergang> statusgeschiedenis = new ArrayList<>();

  @OneToMany(mappedBy = "casus", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<Deelname> deelnames = new ArrayList<>();

  @OneToMany(mappedBy = "casus", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<InformatieItem> informatie = new ArrayList<>();

  @OneToOne(mappedBy = "casus", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  private Aanmelding aanmelding;

  @OneToMany(mappedBy = "casus", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("tijdstip, id")
  private List<Gebeurtenis> gebeurtenissen = new ArrayList<>();

  @OneToMany(mappedBy = "casus", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Uitvraag> uitvragen = new ArrayList<>();

  @Embedded private Triagebesluit triagebesluit;

  protected Casus() {}

  public Casus(Organisatie aanmeldendeOrganisatie, String doorGebruiker, OffsetDateTime tijdstip) {
    vereis(aanmeldendeOrganisatie != null, "De aanmeldende organisatie is verplicht.");
    vereis(tijdstip != null, "Het tijdstip is verplicht.");
    this.aanmeldendeOrganisatie = aanmeldendeOrganisatie;
    this.aangemaaktOp = tijdstip;
    this.status = CasusStatus.CONCEPT;
    this.aanmelding = new Aanmelding(this, verplicht(doorGebruiker, "De gebruiker is verplicht."));
    deelnames.add(new Deelname(this, aanmeldendeOrganisatie, tijdstip.toLocalDate()));
    statusgeschiedenis.add(
        new StatusOvergang(this, null, CasusStatus.CONCEPT, tijdstip, doorGebruiker, null));
  }

  public Betrokkene voegBetrokkeneToe(
      String voornamen,
      String achternaam,
      LocalDate geboortedatum,
      Adres adres,
      Bsn bsn,
      LocalDate vandaag) {
    Betrokkene betrokkene =
        new Betrokkene(this, voornamen, achternaam, geboortedatum, adres, bsn, vandaag);
    betrokkenen.add(betrokkene);
    return betrokkene;
  }

  /** Whether the referrer may still change the referral: a concept, or sent back for completion. */
  public boolean isAanmeldingWijzigbaar() {
    return status == CasusStatus.CONCEPT || status == CasusStatus.AANVULLING_GEVRAAGD;
  }

  /** Changes a betrokkene of a referral the referrer may still change. */
  public void wijzigBetrokkene(
      Betrokkene betrokkene,
      String voornamen,
      String achternaam,
      LocalDate geboortedatum,
      Adres adres,
      Bsn bsn,
      LocalDate vandaag) {
    vereisWijzigbaar();
    vereis(betrokkenen.contains(betrokkene), "Deze betrokkene hoort niet bij de casus.");
    betrokkene.corrigeer(voornamen, achternaam, geboortedatum, adres, vandaag);
    betrokkene.legBsnVast(bsn);
  }

  /** Takes a betrokkene out of a referral the referrer may still change. */
  public void haalBetrokkeneWeg(Betrokkene betrokkene) {
    vereisWijzigbaar();
    vereis(
        informatie.stream()
            .noneMatch(i -> i.getBetrokkene().filter(betrokkene::equals).isPresent()),
        "Over deze betrokkene is al informatie vastgelegd; hij of zij kan niet worden weggehaald.");
    betrokkenen.remove(betrokkene);
  }

  /** Describes the referral: problems, reason, goal, criteria and partners to invite. */
  public void beschrijfAanmelding(
      String reden,
      String doelIco,
      Map<Leefgebied, String> problemen,
      Map<Criterium, Criteriumantwoord> criteria,
      List<UitTeNodigenPartner> partners) {
    vereisWijzigbaar();
    aanmelding.beschrijf(reden, doelIco, problemen, criteria, partners);
  }

  /** Records whether the betrokkene was told of the referral, and if not, why. */
  public void legInformerenVast(
      Boolean geinformeerd, RedenNietGeinformeerd waarom, String toelichting) {
    vereisWijzigbaar();
    aanmelding.legInformerenVast(geinformeerd, waarom, toelichting);
  }

  /**
   * Submits a complete referral (again, after an aanvulling): it gets its registration number the
   * first time, its triage date and contact deadline, and the status AANGEMELD.
   */
  public void dienIn(
      String nieuwNummer,
      String doorGebruiker,
      OffsetDateTime tijdstip,
      LocalDate triagedatum,
      LocalDate contactUiterlijk) {
    vereisWijzigbaar();
    // The number is given once, at the first submission; checked before anything changes.
    if (nummer == null) {
      vereis(
          nieuwNummer != null && NUMMER.matcher(nieuwNummer).matches(),
          "Een registratienummer heeft de vorm ZVH-jjjj-nnnnnn.");
    } else {
      vereis(nieuwNummer == null, "Deze casus heeft al een registratienummer.");
    }
    aanmelding.markeerIngediend(tijdstip, triagedatum, contactUiterlijk);
    boolean aanvulling = status == CasusStatus.AANVULLING_GEVRAAGD;
    if (nummer == null) {
      nummer = nieuwNummer;
    }
    wijzigStatus(
        CasusStatus.AANGEMELD,
        doorGebruiker,
        aanvulling ? "Aanvulling ingediend." : "Aanmelding ingediend.",
        tijdstip);
  }

  /** The procesregisseur starts screening a submitted referral. */
  public void neemInScreening(String doorGebruiker, OffsetDateTime tijdstip) {
    wijzigStatus(CasusStatus.IN_SCREENING, doorGebruiker, null, tijdstip);
  }

  /** Records that the ZVH contacted the referrer (the first contact meets the deadline). */
  public void legContactVast(String notitie, String doorGebruiker, OffsetDateTime tijdstip) {
    vereisInScreeningsfase();
    String tekst = notitie == null || notitie.isBlank() ? null : notitie.strip();
    vereis(tekst == null || tekst.length() <= 2000, "Te lang: ten hoogste 2000 tekens.");
    aanmelding.legContactVast(tijdstip);
    registreer(Gebeurtenis.Soort.CONTACT_OPGENOMEN, doorGebruiker, tekst, tijdstip);
  }

  /** Sends the referral back to the referrer to complete, saying what is missing. */
  public void vraagAanvulling(String watOntbreekt, String doorGebruiker, OffsetDateTime tijdstip) {
    String tekst = verplicht(watOntbreekt, "Beschrijf wat de aanmelder moet aanvullen.");
    vereis(tekst.length() <= 2000, "Te lang: ten hoogste 2000 tekens.");
    neemInScreeningAlsNodig(doorGebruiker, tijdstip);
    wijzigStatus(CasusStatus.AANVULLING_GEVRAAGD, doorGebruiker, tekst, tijdstip);
  }

  /** Puts a screened referral on the agenda of its triage. */
  public void agendeer(String doorGebruiker, OffsetDateTime tijdstip) {
    neemInScreeningAlsNodig(doorGebruiker, tijdstip);
    wijzigStatus(CasusStatus.GEAGENDEERD_VOOR_TRIAGE, doorGebruiker, null, tijdstip);
  }

  /** Moves the referral to a later triage, with the reason. */
  public void verzetTriage(
      LocalDate nieuweDatum, String reden, String doorGebruiker, OffsetDateTime tijdstip) {
    vereisInScreeningsfase();
    String tekst =
        verplicht(reden, "Geef de reden om de casus naar een volgende triage te verzetten.");
    vereis(tekst.length() <= 2000, "Te lang: ten hoogste 2000 tekens.");
    aanmelding.verzetTriage(nieuweDatum);
    registreer(Gebeurtenis.Soort.NAAR_VOLGENDE_TRIAGE, doorGebruiker, tekst, tijdstip);
  }

  /**
   * Puts the referral on the agenda of another triage day than its own, earlier or later (the
   * procesregisseur's choice); its triage date follows, so that the referrer sees the right one.
   */
  public void zetOpTriage(LocalDate datum, String doorGebruiker, OffsetDateTime tijdstip) {
    vereisInScreeningsfase();
    vereis(datum != null, "De datum van de triage is verplicht.");
    if (aanmelding.getTriagedatum().filter(datum::equals).isPresent()) {
      return;
    }
    aanmelding.zetTriagedatum(datum);
    registreer(
        Gebeurtenis.Soort.OP_ANDERE_TRIAGE,
        doorGebruiker,
        Gebeurtenis.opAndereTriage(datum),
        tijdstip);
  }

  /** Records the triage's decision on a referral on its agenda. */
  public void besluit(Triagebesluit besluit, String doorGebruiker, OffsetDateTime tijdstip) {
    vereis(besluit != null, "Het besluit is verplicht.");
    vereisTriageVan(besluit.getTriagedatum());
    vereis(
        status == CasusStatus.GEAGENDEERD_VOOR_TRIAGE,
        "Alleen een casus die voor de triage is geagendeerd krijgt een triagebesluit.");
    wijzigStatus(besluit.status(), doorGebruiker, besluit.getMotivering(), tijdstip);
    this.triagebesluit = besluit;
  }

  /**
   * Only the triage of the referral's own triage date decides on it: a decision taken on another
   * day's agenda (an old page, a referral moved meanwhile) is refused, and says which day it is.
   */
  public void vereisTriageVan(LocalDate datum) {
    LocalDate eigen = aanmelding.getTriagedatum().orElse(null);
    vereis(
        eigen != null && eigen.equals(datum),
        eigen == null
            ? "Deze aanmelding heeft nog geen triagedatum; zet haar eerst op een agenda."
            : "Deze aanmelding staat op de agenda van de triage van "
                + eigen.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"))
                + ". Leg het besluit vast op de agenda van die datum.");
  }

  /**
   * Closes a case the triage decided on (advice given, or afgeschaald after the plan): retention
   * runs from this moment. The reason stays in the status history.
   */
  public void sluitAf(String reden, String doorGebruiker, OffsetDateTime tijdstip) {
    vereis(
        status.magOvergaanNaar(CasusStatus.AFGESLOTEN),
        "Alleen een casus waarover de triage heeft besloten kan worden afgesloten.");
    String tekst = verplicht(reden, "Geef de reden om de casus af te sluiten.");
    vereis(tekst.length() <= 2000, "Te lang: ten hoogste 2000 tekens.");
    wijzigStatus(CasusStatus.AFGESLOTEN, doorGebruiker, tekst, tijdstip);
  }

  /**
   * Reopens a closed case: back to the status it had before closing (in uitvoering, or taken on). A
   * case that was not for the ZVH is referred again instead. The reason stays in the history.
   */
  public void heropen(String reden, String doorGebruiker, OffsetDateTime tijdstip) {
    vereis(status == CasusStatus.AFGESLOTEN, "Alleen een afgesloten casus kan worden heropend.");
    CasusStatus terug =
        statusgeschiedenis.stream()
            .filter(o -> o.getNaarStatus() == CasusStatus.AFGESLOTEN)
            .reduce((eerder, later) -> later)
            .map(StatusOvergang::getVanStatus)
            .orElseThrow();
    vereis(
        terug != CasusStatus.NIET_VOOR_ZVH,
        "Deze casus was niet voor het ZVH; een nieuwe situatie wordt opnieuw aangemeld.");
    String tekst = verplicht(reden, "heropenReden", "Geef de reden om te heropenen.");
    vereis(tekst.length() <= 2000, "heropenReden", "Te lang: ten hoogste 2000 tekens.");
    wijzigStatus(terug, doorGebruiker, "Heropend: " + tekst, tijdstip);
  }

  /**
   * An overleg (and so a plan van aanpak) belongs to a case the triage took on with the route to an
   * ICO, or to a case in uitvoering (follow-ups).
   */
  public void vereisOverlegMogelijk() {
    vereis(
        isOverlegMogelijk(),
        "Een overleg hoort bij een casus die de triage heeft opgepakt met de route naar een ICO,"
            + " of die in uitvoering is. Deze casus is "
            + status.omschrijving()
            + ".");
  }

  /** Whether {@link #vereisOverlegMogelijk()} holds. */
  public boolean isOverlegMogelijk() {
    boolean naarIco =
        status == CasusStatus.OPGEPAKT
            && triagebesluit != null
            && triagebesluit
                .getRoute()
                .filter(r -> r == Triagebesluit.Route.UITVRAAG_EN_BRIEFING)
                .isPresent();
    return naarIco || status == CasusStatus.IN_UITVOERING;
  }

  /**
   * The first plan van aanpak is established with a casusregisseur: the case is in uitvoering from
   * now on. Nothing changes for a case that already is.
   */
  public void startUitvoering(String doorGebruiker, OffsetDateTime tijdstip) {
    if (status == CasusStatus.IN_UITVOERING) {
      return;
    }
    vereisOverlegMogelijk();
    wijzigStatus(
        CasusStatus.IN_UITVOERING,
        doorGebruiker,
        "Plan van aanpak vastgesteld en casusregisseur aangesteld.",
        tijdstip);
  }

  /**
   * Puts an event of another aggregate of the case (an overleg, the plan) on the case's timeline.
   */
  public void registreerVoortgang(
      Gebeurtenis.Soort soort, String doorGebruiker, String omschrijving, OffsetDateTime tijdstip) {
    vereis(soort.isVoortgang(), "Deze gebeurtenis legt de casus zelf vast.");
    registreer(soort, doorGebruiker, omschrijving, tijdstip);
  }

  /**
   * Asks partner organisations for information. They take part in the case from now on, so that
   * they can see whom it is about and answer with information of their own.
   */
  public Uitvraag stuurUitvraag(
      List<Organisatie> organisaties,
      String vraag,
      String doel,
      LocalDate beantwoordenVoor,
      String doorGebruiker,
      OffsetDateTime tijdstip) {
    vereisInScreeningsfase();
    neemInScreeningAlsNodig(doorGebruiker, tijdstip);
    Uitvraag uitvraag =
        new Uitvraag(this, organisaties, vraag, doel, beantwoordenVoor, doorGebruiker, tijdstip);
    uitvragen.add(uitvraag);
    for (Organisatie organisatie : organisaties) {
      if (!neemtDeel(organisatie.getId(), tijdstip.toLocalDate())) {
        laatDeelnemen(organisatie, tijdstip.toLocalDate());
      }
    }
    registreer(
        Gebeurtenis.Soort.UITVRAAG_VERSTUURD,
        doorGebruiker,
        Gebeurtenis.uitvraagVerstuurd(organisaties),
        tijdstip);
    return uitvraag;
  }

  /** A partner answers an uitvraag with information of its own, optionally with a file. */
  public InformatieItem beantwoordUitvraag(
      UitvraagAdres adres,
      Informatiecategorie categorie,
      String inhoud,
      Bijlage bijlage,
      String doorGebruiker,
      OffsetDateTime tijdstip) {
    vereis(
        adres != null && uitvragen.contains(adres.getUitvraag()),
        "Deze uitvraag hoort niet bij de casus.");
    InformatieItem item =
        legInformatieVast(adres.getOrganisatie(), null, categorie, inhoud, doorGebruiker, tijdstip);
    item.beantwoordt(adres, bijlage);
    adres.beantwoord(UitvraagAdres.Antwoord.INFORMATIE_GEDEELD, null, doorGebruiker, tijdstip);
    return item;
  }

  void registreer(
      Gebeurtenis.Soort soort, String doorGebruiker, String omschrijving, OffsetDateTime tijdstip) {
    gebeurtenissen.add(new Gebeurtenis(this, soort, tijdstip, doorGebruiker, omschrijving));
  }

  private void neemInScreeningAlsNodig(String doorGebruiker, OffsetDateTime tijdstip) {
    if (status == CasusStatus.AANGEMELD) {
      neemInScreening(doorGebruiker, tijdstip);
    }
  }

  private void vereisInScreeningsfase() {
    vereis(
        status.isScreeningsfase(),
        "Dit kan alleen bij een aanmelding die wordt gescreend of op de triage wacht.");
  }

  /** What the ZVH asked to complete when it sent the referral back, if it did. */
  public Optional<String> aanvullingsverzoek() {
    if (status != CasusStatus.AANVULLING_GEVRAAGD) {
      return Optional.empty();
    }
    return Optional.ofNullable(statusgeschiedenis.get(statusgeschiedenis.size() - 1).getReden());
  }

  private void vereisWijzigbaar() {
    vereis(
        isAanmeldingWijzigbaar(),
        "Deze aanmelding is ingediend en kan niet meer worden gewijzigd.");
  }

  /** Lets another organisation take part from the given day (once at a time). */
  public void laatDeelnemen(Organisatie organisatie, LocalDate sinds) {
    vereis(
        organisatie != null && !neemtDeel(organisatie.getId(), sinds),
        "Deze organisatie neemt al deel aan de casus.");
    deelnames.add(new Deelname(this, organisatie, sinds));
  }

  /** Ends an organisation's involvement in the case (leaving a case). */
  public void beeindigDeelname(long organisatieId, LocalDate dag) {
    deelnames.stream()
        .filter(d -> d.getOrganisatie().getId() == organisatieId && d.getTot() == null)
        .findFirst()
        .orElseThrow(
            () -> new DomeinRegelGeschonden("Deze organisatie neemt niet deel aan de casus."))
        .beeindig(dag);
  }

  /**
   * An organisation announces the end of its involvement (leaving a case): from {@code vanaf}
   * (today or later) it no longer takes part and so no longer sees the case; its own information
   * stays its own. The reason and who announced it are kept, the others read it on the timeline.
   * Whether it may leave (open actiepunten, the casusregisseur) the plan decides: see {@code
   * PlanVanAanpak.beeindigDeelname}.
   */
  public void meldVertrek(
      Organisatie organisatie,
      String reden,
      LocalDate vanaf,
      String doorGebruiker,
      OffsetDateTime tijdstip) {
    vereis(organisatie != null, "De organisatie is verplicht.");
    String tekst =
        verplicht(
            reden, "reden", "Geef de reden waarom de betrokkenheid van de organisatie eindigt.");
    vereis(
        tekst.length() <= Deelname.MAX_REDEN,
        "reden",
        "Te lang: ten hoogste " + Deelname.MAX_REDEN + " tekens.");
    vereis(
        vanaf != null,
        "datum",
        "Vul de datum in vanaf wanneer de organisatie niet meer betrokken is.");
    vereis(
        !vanaf.isBefore(tijdstip.toLocalDate()),
        "datum",
        "De datum waarop de betrokkenheid eindigt is vandaag of later.");
    deelnames.stream()
        .filter(
            d ->
                d.getOrganisatie().getId().equals(organisatie.getId())
                    && d.getTot() == null
                    && !d.getSinds().isAfter(tijdstip.toLocalDate()))
        .findFirst()
        .orElseThrow(
            () ->
                new DomeinRegelGeschonden(
                    organisatie.getNaam()
                        + " neemt niet (meer) deel aan deze casus of heeft het einde al gemeld."))
        .beeindigVanaf(vanaf, tekst, doorGebruiker, tijdstip);
    registreer(
        Gebeurtenis.Soort.DEELNAME_BEEINDIGD,
        doorGebruiker,
        Gebeurtenis.deelnameBeeindigd(organisatie, vanaf, tekst),
        tijdstip);
  }

  /** Whether the organisation takes part in the case on the given day. */
  public boolean neemtDeel(Long organisatieId, LocalDate dag) {
    return organisatieId != null
        && deelnames.stream()
            .anyMatch(d -> organisatieId.equals(d.getOrganisatie().getId()) && d.isActiefOp(dag));
  }

  /** Records a piece of information owned by a participating source organisation. */
  public InformatieItem legInformatieVast(
      Organisatie bron,
      Betrokkene betrokkene,
      Informatiecategorie categorie,
      String inhoud,
      String door,
      OffsetDateTime tijdstip) {
    vereis(
        bron != null && (bron.isZvh() || neemtDeel(bron.getId(), tijdstip.toLocalDate())),
        "Alleen een deelnemende organisatie kan informatie in deze casus vastleggen.");
    InformatieItem item =
        new InformatieItem(this, betrokkene, bron, categorie, inhoud, door, tijdstip);
    informatie.add(item);
    return item;
  }

  /**
   * Removes a betrokkene and the information about them (a data-subject's request for deletion).
   * The case keeps its other betrokkenen.
   */
  public void verwijderBetrokkene(Betrokkene betrokkene) {
    vereis(betrokkenen.contains(betrokkene), "Deze betrokkene hoort niet bij de casus.");
    vereis(
        betrokkenen.size() > 1,
        "Dit is de enige betrokkene van de casus; de casus zelf wordt via de bewaartermijn vernietigd.");
    informatie.removeIf(item -> item.getBetrokkene().filter(betrokkene::equals).isPresent());
    betrokkenen.remove(betrokkene);
  }

  /**
   * The one way the status changes, private so that only the operations above reach it; the
   * transition refuses what the life cycle does not allow, before anything changes.
   */
  private void wijzigStatus(
      CasusStatus naar, String doorGebruiker, String reden, OffsetDateTime tijdstip) {
    statusgeschiedenis.add(new StatusOvergang(this, status, naar, tijdstip, doorGebruiker, reden));
    this.status = naar;
  }

  public Long getId() {
    return id;
  }

  public long getVersie() {
    return versie;
  }

  public String getNummer() {
    return nummer;
  }

  public CasusStatus getStatus() {
    return status;
  }

  public Organisatie getAanmeldendeOrganisatie() {
    return aanmeldendeOrganisatie;
  }

  public OffsetDateTime getAangemaaktOp() {
    return aangemaaktOp;
  }

  public List<Betrokkene> getBetrokkenen() {
    return Collections.unmodifiableList(betrokkenen);
  }

  public List<StatusOvergang> getStatusgeschiedenis() {
    return Collections.unmodifiableList(statusgeschiedenis);
  }

  public List<Deelname> getDeelnames() {
    return Collections.unmodifiableList(deelnames);
  }

  public Aanmelding getAanmelding() {
    return aanmelding;
  }

  public List<Gebeurtenis> getGebeurtenissen() {
    return Collections.unmodifiableList(gebeurtenissen);
  }

  public List<Uitvraag> getUitvragen() {
    return Collections.unmodifiableList(uitvragen);
  }

  public Optional<Triagebesluit> getTriagebesluit() {
    return Optional.ofNullable(triagebesluit);
  }

  public List<InformatieItem> getInformatie() {
    return Collections.unmodifiableList(informatie);
  }
}
