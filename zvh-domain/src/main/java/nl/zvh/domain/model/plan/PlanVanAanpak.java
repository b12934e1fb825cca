package nl.zvh.domain.model.plan;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;

/**
 * The one integral plan of a case (domain step 6): doelen, actiepunten and the casusregisseur. The
 * procesregisseur works on it as a concept; establishing it (vaststellen) makes a {@link
 * Planversie}, which is what the participants read. The concept differs from the last version
 * exactly when its lines do, so "changed since" is never a flag that can go stale.
 */
@Entity
@Table(name = "plan_van_aanpak")
// What a page of the plan shows comes in batches: a fixed number of queries however many doelen,
// actiepunten and versions the plan has.
@NamedQuery(
    name = "PlanVanAanpak.vanCasus",
    query = "select p from PlanVanAanpak p where p.casus.id = :casusId",
    hints = {
      @QueryHint(name = "eclipselink.batch.type", value = "IN"),
      @QueryHint(name = "eclipselink.batch", value = "p.doelen"),
      @QueryHint(name = "eclipselink.batch", value = "p.actiepunten"),
      @QueryHint(name = "eclipselink.batch", value = "p.actiepunten.eigenaar"),
      @QueryHint(name = "eclipselink.batch", value = "p.actiepunten.persoon"),
      @QueryHint(name = "eclipselink.batch", value = "p.casusregisseurs"),
      @QueryHint(name = "eclipselink.batch", value = "p.casusregisseurs.gebruiker"),
      @QueryHint(name = "eclipselink.batch", value = "p.casusregisseurs.organisatie"),
      @QueryHint(name = "eclipselink.batch", value = "p.versies")
    })
public class PlanVanAanpak {

  private static final int MAX_WIJZIGING = 2500;

  @Id
  @SequenceGenerator(
      name = "plan_van_aanpak_seq",
      sequenceName = "plan_van_aanpak_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_van_aanpak_seq")
  private Long id;

  @Version private long versie;

  /** The last number given to a doel or actiepunt: their key across versions. */
  @Column(name = "laatste_nummer", nullable = false)
  private int laatsteNummer;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "casus_id", nullable = false, updatable = false, unique = true)
  private Casus casus;

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("nummer")
  private List<Doel> doelen = new ArrayList<>();

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("deadline, id")
  private List<Actiepunt> actiepunten = new ArrayList<>();

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sinds")
  private List<Casusregisseurschap> casusregisseurs = new ArrayList<>();

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("nummer")
  private List<Planversie> versies = new ArrayList<>();

  protected PlanVanAanpak() {}

  public PlanVanAanpak(Casus casus) {
    vereis(casus != null, "De casus is verplicht.");
    casus.vereisOverlegMogelijk();
    this.casus = casus;
  }

  public Doel voegDoelToe(String omschrijving) {
    Doel doel = new Doel(this, ++laatsteNummer, omschrijving);
    doelen.add(doel);
    return doel;
  }

  public void wijzigDoel(int doelNummer, String omschrijving) {
    doel(doelNummer).wijzig(omschrijving);
  }

  public void verwijderDoel(int doelNummer) {
    doelen.remove(doel(doelNummer));
  }

  /** A new actiepunt for an organisation that takes part in the case today. */
  public Actiepunt voegActiepuntToe(
      String omschrijving,
      Organisatie eigenaar,
      Gebruiker persoon,
      LocalDate deadline,
      LocalDate vandaag) {
    vereisDeelnemer(eigenaar, vandaag);
    vereis(
        deadline == null || !deadline.isBefore(vandaag),
        "deadline",
        "Een nieuw actiepunt moet vandaag of later gereed zijn.");
    Actiepunt actiepunt = new Actiepunt(this, ++laatsteNummer);
    actiepunt.wijzig(omschrijving, eigenaar, persoon, deadline, Actiepuntstatus.OPEN);
    actiepunten.add(actiepunt);
    return actiepunt;
  }

  public void wijzigActiepunt(
      int actiepuntNummer,
      String omschrijving,
      Organisatie eigenaar,
      Gebruiker persoon,
      LocalDate deadline,
      Actiepuntstatus status,
      LocalDate vandaag) {
    Actiepunt actiepunt = actiepunt(actiepuntNummer);
    if (eigenaar != null && !eigenaar.getId().equals(actiepunt.getEigenaar().getId())) {
      vereisDeelnemer(eigenaar, vandaag);
    }
    actiepunt.wijzig(omschrijving, eigenaar, persoon, deadline, status);
  }

  /** A concept actiepunt may go; one that was established stays, and is dropped (vervallen). */
  public void verwijderActiepunt(int actiepuntNummer) {
    Actiepunt actiepunt = actiepunt(actiepuntNummer);
    vereis(
        !actiepunt.isVastgesteld(),
        "Een vastgesteld actiepunt wordt niet verwijderd; zet de status op 'vervallen'.");
    actiepunten.remove(actiepunt);
  }

  /**
   * Appoints the casusregisseur: a partner user of an organisation that takes part in the case. The
   * one before hands over from this moment; the role is never held by two at once.
   */
  public void stelCasusregisseurAan(Gebruiker gebruiker, String door, OffsetDateTime tijdstip) {
    vereisGeschikteRegisseur(gebruiker, tijdstip.toLocalDate());
    Optional<Casusregisseurschap> huidig = casusregisseur();
    vereis(
        huidig.map(h -> !h.getGebruiker().getId().equals(gebruiker.getId())).orElse(true),
        "casusregisseur",
        gebruiker.getNaam() + " is al casusregisseur van deze casus.");
    huidig.ifPresent(h -> h.beeindig(tijdstip));
    casusregisseurs.add(new Casusregisseurschap(this, gebruiker, door, tijdstip));
  }

  private void vereisGeschikteRegisseur(Gebruiker gebruiker, LocalDate dag) {
    vereis(
        gebruiker != null
            && gebruiker.getRol() == Rol.KETENPARTNER
            && gebruiker.getOrganisatie() != null,
        "casusregisseur",
        "De casusregisseur is een medewerker van een partnerorganisatie.");
    vereis(
        gebruiker.isActief(),
        "casusregisseur",
        gebruiker.getNaam() + " heeft geen actief account en kan geen casusregisseur worden.");
    vereisDeelnemer(gebruiker.getOrganisatie(), dag, "casusregisseur");
  }

  /**
   * The owner of an established actiepunt reports back: progress (which starts it), done, or that
   * it does not work out. Progress and "lukt niet" say what happened; the actiepunt takes the
   * status that goes with the report. Who may report is the policy's question, not the plan's.
   */
  public Terugkoppeling koppelTerug(
      int actiepuntNummer,
      Terugkoppeling.Soort soort,
      String tekst,
      Gebruiker door,
      OffsetDateTime op) {
    Actiepunt actiepunt = actiepunt(actiepuntNummer);
    vereis(
        actiepunt.isVastgesteld(),
        "Dit actiepunt is nog niet vastgesteld; terugkoppelen kan zodra het plan is vastgesteld.");
    vereis(
        actiepunt.getStatus().isLopend(),
        "soort",
        "Dit actiepunt is '"
            + actiepunt.getStatus().omschrijving()
            + "'; terugkoppelen kan alleen op een lopend actiepunt.");
    vereis(soort != null, "soort", "Kies wat u terugkoppelt.");
    String toelichting = tekst == null || tekst.isBlank() ? null : tekst.strip();
    vereis(
        toelichting != null || soort == Terugkoppeling.Soort.GEREED,
        "tekst",
        soort == Terugkoppeling.Soort.LUKT_NIET
            ? "Geef aan waarom het niet lukt."
            : "Beschrijf de voortgang.");
    vereis(
        toelichting == null || toelichting.length() <= Terugkoppeling.MAX_TEKST,
        "tekst",
        "Te lang: ten hoogste " + Terugkoppeling.MAX_TEKST + " tekens.");
    actiepunt.meldStatus(soort.status());
    return new Terugkoppeling(actiepunt, soort, toelichting, door, op);
  }

  /**
   * The casusregisseur in function: the one named by the last established version. One the concept
   * appointed since is not yet; empty before the first version.
   */
  public Optional<Casusregisseurschap> casusregisseurInFunctie() {
    return laatsteVersie()
        .flatMap(v -> v.regels(Planregel.Soort.CASUSREGISSEUR).stream().findFirst())
        .flatMap(
            regel ->
                casusregisseurs.stream()
                    .filter(c -> c.getGebruiker().getId() == regel.getSleutel())
                    .reduce((eerder, later) -> later));
  }

  /**
   * Establishes the concept as the next version, at the given overleg (if any). Empty when nothing
   * changed since the last version. A plan has at least one doel, one actiepunt and a
   * casusregisseur.
   */
  public Optional<Planversie> stelVast(Integer overlegNummer, String door, OffsetDateTime op) {
    vereis(!doelen.isEmpty(), "doel", "Leg ten minste één doel vast.");
    vereis(!actiepunten.isEmpty(), "omschrijving", "Leg ten minste één actiepunt vast.");
    vereis(
        casusregisseur().isPresent(),
        "casusregisseur",
        "Stel een casusregisseur aan voordat u het plan vaststelt.");
    if (!heeftWijzigingen()) {
      return Optional.empty();
    }
    List<Planregel> regels = regels();
    Planversie versie =
        new Planversie(
            this, versies.size() + 1, overlegNummer, regels, wijzigingen(regels), door, op);
    versies.add(versie);
    actiepunten.forEach(Actiepunt::markeerVastgesteld);
    return Optional.of(versie);
  }

  /** Whether the concept differs from the last established version (or none was established). */
  public boolean heeftWijzigingen() {
    return laatsteVersie().map(v -> !gelijk(regels(), v.getRegels())).orElse(true);
  }

  public Optional<Casusregisseurschap> casusregisseur() {
    return casusregisseurs.stream().filter(Casusregisseurschap::isHuidig).findFirst();
  }

  public Optional<Planversie> laatsteVersie() {
    return versies.isEmpty() ? Optional.empty() : Optional.of(versies.get(versies.size() - 1));
  }

  public List<Actiepunt> verlopenActiepunten(LocalDate vandaag) {
    return actiepunten.stream().filter(a -> a.isVerlopen(vandaag)).toList();
  }

  /** The concept as lines, in the order a version keeps them. */
  List<Planregel> regels() {
    List<Planregel> regels = new ArrayList<>();
    doelen.forEach(
        d ->
            regels.add(
                new Planregel(
                    Planregel.Soort.DOEL,
                    d.getNummer(),
                    d.getOmschrijving(),
                    null,
                    null,
                    null,
                    null)));
    actiepunten.forEach(
        a ->
            regels.add(
                new Planregel(
                    Planregel.Soort.ACTIEPUNT,
                    a.getNummer(),
                    a.getOmschrijving(),
                    a.getEigenaar().getNaam(),
                    a.getPersoon().map(Gebruiker::getNaam).orElse(null),
                    a.getDeadline(),
                    a.getStatus())));
    casusregisseur()
        .ifPresent(
            c ->
                regels.add(
                    new Planregel(
                        Planregel.Soort.CASUSREGISSEUR,
                        c.getGebruiker().getId(),
                        c.getGebruiker().getNaam(),
                        c.getOrganisatie().getNaam(),
                        null,
                        null,
                        null)));
    return regels;
  }

  private List<String> wijzigingen(List<Planregel> nieuw) {
    if (versies.isEmpty()) {
      return List.of("Eerste versie van het plan van aanpak.");
    }
    List<Planregel> oud = laatsteVersie().orElseThrow().getRegels();
    List<String> wijzigingen = new ArrayList<>();
    for (Planregel regel : nieuw) {
      Optional<Planregel> eerder = oud.stream().filter(regel::isZelfde).findFirst();
      if (eerder.isEmpty()) {
        wijzigingen.add(kort("Toegevoegd: " + regel.inWoorden()));
      } else if (!eerder.get().isGelijk(regel)) {
        wijzigingen.add(kort("Gewijzigd: " + eerder.get().inWoorden() + " → " + regel.inWoorden()));
      }
    }
    oud.stream()
        .filter(regel -> nieuw.stream().noneMatch(regel::isZelfde))
        .forEach(regel -> wijzigingen.add(kort("Vervallen: " + regel.inWoorden())));
    return wijzigingen;
  }

  private static boolean gelijk(List<Planregel> a, List<Planregel> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).isGelijk(b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static String kort(String tekst) {
    return tekst.length() <= MAX_WIJZIGING ? tekst : tekst.substring(0, MAX_WIJZIGING - 1) + "…";
  }

  private void vereisDeelnemer(Organisatie organisatie, LocalDate dag) {
    vereisDeelnemer(organisatie, dag, "eigenaar");
  }

  private void vereisDeelnemer(Organisatie organisatie, LocalDate dag, String veld) {
    vereis(
        organisatie != null && casus.neemtDeel(organisatie.getId(), dag),
        veld,
        "Alleen een organisatie die deelneemt aan de casus kan hier worden gekozen.");
  }

  private Doel doel(int doelNummer) {
    return doelen.stream()
        .filter(d -> d.getNummer() == doelNummer)
        .findFirst()
        .orElseThrow(() -> new DomeinRegelGeschonden("Dit doel hoort niet (meer) bij het plan."));
  }

  public Actiepunt actiepunt(int actiepuntNummer) {
    return actiepunten.stream()
        .filter(a -> a.getNummer() == actiepuntNummer)
        .findFirst()
        .orElseThrow(
            () -> new DomeinRegelGeschonden("Dit actiepunt hoort niet (meer) bij het plan."));
  }

  // ---- Handing over and leaving (issue 12, item 5)

  /**
   * A partner hands an established actiepunt of its organisation, on which work is still expected,
   * to a colleague of the same organisation (vervanging/overdracht).
   */
  public Actiepunt draagActiepuntOver(int actiepuntNummer, Gebruiker collega) {
    Actiepunt actiepunt = actiepunt(actiepuntNummer);
    actiepunt.draagOver(collega);
    return actiepunt;
  }

  /** All running established actiepunten assigned to one person go to a colleague at once. */
  public List<Actiepunt> draagActiepuntenOver(Gebruiker van, Gebruiker collega) {
    List<Actiepunt> eigen = openActiepuntenVan(van);
    vereis(
        !eigen.isEmpty(),
        "collega",
        "Er staan in deze casus geen lopende actiepunten op uw naam om over te dragen.");
    eigen.forEach(a -> a.draagOver(collega));
    return eigen;
  }

  /** The established actiepunten assigned to this person on which work is still expected. */
  public List<Actiepunt> openActiepuntenVan(Gebruiker gebruiker) {
    return actiepunten.stream()
        .filter(Actiepunt::isOpenVastgesteld)
        .filter(a -> a.getPersoon().filter(p -> p.getId().equals(gebruiker.getId())).isPresent())
        .toList();
  }

  /** The established actiepunten of this organisation on which work is still expected. */
  public List<Actiepunt> openActiepuntenVan(Organisatie organisatie) {
    return actiepunten.stream()
        .filter(Actiepunt::isOpenVastgesteld)
        .filter(a -> a.getEigenaar().getId().equals(organisatie.getId()))
        .toList();
  }

  /**
   * Hands the casusregie to another active partner user of a participating organisation, at once:
   * the current casusregisseur does it, or the procesregisseur appoints a successor directly. The
   * role is never vacant: there is no giving up without a successor. Recorded as a new version made
   * from the last established one with only the casusregisseur replaced (the concept may hold
   * changes nobody established); the live history ends the old one and starts the new one, so the
   * concept follows too.
   */
  public Planversie draagCasusregieOver(Gebruiker nieuw, String door, OffsetDateTime tijdstip) {
    Planversie laatste =
        laatsteVersie()
            .orElseThrow(
                () ->
                    new DomeinRegelGeschonden(
                        "casusregisseur",
                        "Er is nog geen vastgesteld plan van aanpak: de casusregisseur wordt"
                            + " aangesteld in het plan."));
    Planregel oud =
        laatste.regels(Planregel.Soort.CASUSREGISSEUR).stream()
            .findFirst()
            .orElseThrow(
                () ->
                    new DomeinRegelGeschonden(
                        "casusregisseur", "Het plan heeft geen casusregisseur."));
    vereis(nieuw != null, "casusregisseur", "Kies de nieuwe casusregisseur.");
    vereis(
        nieuw.getId() == null || nieuw.getId() != oud.getSleutel(),
        "casusregisseur",
        nieuw.getNaam() + " is al casusregisseur van deze casus.");
    vereisGeschikteRegisseur(nieuw, tijdstip.toLocalDate());
    Optional<Casusregisseurschap> live = casusregisseur();
    if (live.map(c -> !c.getGebruiker().getId().equals(nieuw.getId())).orElse(true)) {
      live.ifPresent(c -> c.beeindig(tijdstip));
      casusregisseurs.add(new Casusregisseurschap(this, nieuw, door, tijdstip));
    }
    Planregel nieuweRegel =
        new Planregel(
            Planregel.Soort.CASUSREGISSEUR,
            nieuw.getId() == null ? 0 : nieuw.getId(),
            nieuw.getNaam(),
            nieuw.getOrganisatie().getNaam(),
            null,
            null,
            null);
    List<Planregel> regels =
        laatste.getRegels().stream()
            .map(r -> r.getSoort() == Planregel.Soort.CASUSREGISSEUR ? nieuweRegel : r.kopie())
            .toList();
    String wijziging =
        "Casusregie overgedragen: "
            + oud.getOmschrijving()
            + " ("
            + oud.getOrganisatie()
            + ") → "
            + nieuw.getNaam()
            + " ("
            + nieuw.getOrganisatie().getNaam()
            + ")";
    Planversie versie =
        new Planversie(
            this, versies.size() + 1, null, regels, List.of(kort(wijziging)), door, tijdstip);
    versies.add(versie);
    return versie;
  }

  /**
   * An organisation ends its involvement in the case (leaving): refused while it still has open
   * established actiepunten (the procesregisseur hands them to another participating organisation,
   * or they are closed first) or while one of its people is the casusregisseur. From {@code vanaf}
   * on it no longer sees the case; see {@link Casus#meldVertrek}.
   */
  public void beeindigDeelname(
      Organisatie organisatie,
      String reden,
      LocalDate vanaf,
      String door,
      OffsetDateTime tijdstip) {
    vereis(organisatie != null, "De organisatie is verplicht.");
    int open = openActiepuntenVan(organisatie).size();
    vereis(
        open == 0,
        organisatie.getNaam()
            + " heeft nog "
            + open
            + (open == 1 ? " open actiepunt" : " open actiepunten")
            + " in deze casus. Sluit "
            + (open == 1 ? "het" : "ze")
            + " eerst af, of laat de procesregisseur "
            + (open == 1 ? "het" : "ze")
            + " overdragen aan een andere deelnemende organisatie.");
    boolean regisseur =
        casusregisseur()
                .filter(c -> c.getOrganisatie().getId().equals(organisatie.getId()))
                .isPresent()
            || casusregisseurInFunctie()
                .filter(c -> c.getOrganisatie().getId().equals(organisatie.getId()))
                .isPresent();
    vereis(
        !regisseur,
        "Een medewerker van "
            + organisatie.getNaam()
            + " is casusregisseur van deze casus. Draag eerst de casusregie over.");
    casus.meldVertrek(organisatie, reden, vanaf, door, tijdstip);
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

  public List<Doel> getDoelen() {
    return List.copyOf(doelen);
  }

  public List<Actiepunt> getActiepunten() {
    return List.copyOf(actiepunten);
  }

  public List<Casusregisseurschap> getCasusregisseurs() {
    return List.copyOf(casusregisseurs);
  }

  public List<Planversie> getVersies() {
    return List.copyOf(versies);
  }
}
