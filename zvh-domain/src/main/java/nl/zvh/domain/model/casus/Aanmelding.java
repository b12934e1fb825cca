package nl.zvh.domain.model.casus;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the referrer tells the ZVH about a case (the online form): the problems per leefgebied, the
 * reason and the goal of the ICO, the partners to invite, the answers to the four criteria and
 * whether the betrokkene was told. Part of the {@link Casus} aggregate, changed only through it
 * while the referrer may still change it; it is complete before it can be submitted.
 */
@Entity
public class Aanmelding {

  public static final int MAX_TEKST = 4000;
  public static final int MAX_TOELICHTING = 2000;
  public static final int MAX_KORT = 200;

  @Id
  @Column(name = "casus_id")
  private Long casusId;

  @MapsId
  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "casus_id")
  private Casus casus;

  @Column(name = "aanmelder", nullable = false, length = 60, updatable = false)
  private String aanmelder;

  @Column(name = "reden", length = MAX_TEKST)
  private String reden;

  @Column(name = "doel_ico", length = MAX_TEKST)
  private String doelIco;

  @ElementCollection
  @CollectionTable(name = "aanmelding_probleem", joinColumns = @JoinColumn(name = "casus_id"))
  @MapKeyColumn(name = "leefgebied", length = 40)
  @MapKeyEnumerated(EnumType.STRING)
  @Column(name = "omschrijving", length = MAX_TOELICHTING)
  private Map<Leefgebied, String> problemen = new HashMap<>();

  @ElementCollection
  @CollectionTable(name = "aanmelding_criterium", joinColumns = @JoinColumn(name = "casus_id"))
  @MapKeyColumn(name = "criterium", length = 1)
  @MapKeyEnumerated(EnumType.STRING)
  private Map<Criterium, Criteriumantwoord> criteria = new HashMap<>();

  @ElementCollection
  @CollectionTable(name = "aanmelding_partner", joinColumns = @JoinColumn(name = "casus_id"))
  @OrderColumn(name = "volgorde")
  private List<UitTeNodigenPartner> partners = new ArrayList<>();

  @Column(name = "betrokkene_geinformeerd")
  private Boolean betrokkeneGeinformeerd;

  @Enumerated(EnumType.STRING)
  @Column(name = "reden_niet_geinformeerd", length = 30)
  private RedenNietGeinformeerd redenNietGeinformeerd;

  @Column(name = "toelichting_niet_geinformeerd", length = MAX_TOELICHTING)
  private String toelichtingNietGeinformeerd;

  /** The moment of the latest submission (a completed aanvulling is submitted again). */
  @Column(name = "ingediend_op")
  private OffsetDateTime ingediendOp;

  @Column(name = "triagedatum")
  private LocalDate triagedatum;

  /** The ZVH contacts the referrer no later than this day (5 working days). */
  @Column(name = "contact_uiterlijk")
  private LocalDate contactUiterlijk;

  /** When the ZVH first made contact with the referrer (the 5-working-day deadline is met). */
  @Column(name = "contact_opgenomen_op")
  private OffsetDateTime contactOpgenomenOp;

  /** The criteria outcome at submission; a referral that does not meet them leads to advice. */
  @Column(name = "voldoet_aan_criteria")
  private Boolean voldoetAanCriteria;

  protected Aanmelding() {}

  Aanmelding(Casus casus, String aanmelder) {
    this.casus = casus;
    this.aanmelder = aanmelder;
  }

  void beschrijf(
      String reden,
      String doelIco,
      Map<Leefgebied, String> problemen,
      Map<Criterium, Criteriumantwoord> criteria,
      List<UitTeNodigenPartner> partners) {
    this.reden = tekstOfNull(reden, MAX_TEKST);
    this.doelIco = tekstOfNull(doelIco, MAX_TEKST);
    this.problemen.clear();
    problemen.forEach(
        (leefgebied, omschrijving) -> {
          String tekst = tekstOfNull(omschrijving, MAX_TOELICHTING);
          if (tekst != null) {
            this.problemen.put(leefgebied, tekst);
          }
        });
    this.criteria.clear();
    this.criteria.putAll(criteria);
    this.partners.clear();
    this.partners.addAll(partners);
  }

  void legInformerenVast(Boolean geinformeerd, RedenNietGeinformeerd waarom, String toelichting) {
    this.betrokkeneGeinformeerd = geinformeerd;
    boolean niet = Boolean.FALSE.equals(geinformeerd);
    this.redenNietGeinformeerd = niet ? waarom : null;
    this.toelichtingNietGeinformeerd = niet ? tekstOfNull(toelichting, MAX_TOELICHTING) : null;
  }

  /** What is still missing before the referral can be submitted, as Dutch sentences. */
  public List<String> ontbreekt() {
    List<String> ontbreekt = new ArrayList<>();
    if (casus.getBetrokkenen().isEmpty()) {
      ontbreekt.add("Voeg ten minste één betrokkene toe.");
    }
    if (problemen.isEmpty()) {
      ontbreekt.add("Beschrijf de problemen op ten minste één leefgebied.");
    }
    if (reden == null) {
      ontbreekt.add("Vul de reden van de aanmelding in.");
    }
    if (doelIco == null) {
      ontbreekt.add("Vul het doel van het ICO in.");
    }
    for (Criterium criterium : Criterium.values()) {
      Criteriumantwoord antwoord = criteria.get(criterium);
      if (antwoord == null || antwoord.getVoldaan() == null || antwoord.getToelichting() == null) {
        ontbreekt.add(
            "Beantwoord criterium " + criterium.name().toLowerCase() + " en licht het toe.");
      }
    }
    for (int i = 0; i < partners.size(); i++) {
      if (!partners.get(i).isVolledig()) {
        ontbreekt.add(
            "Vul bij partner "
                + (i + 1)
                + " de organisatie, de contactpersoon en een e-mailadres of telefoonnummer in.");
      }
    }
    if (betrokkeneGeinformeerd == null) {
      ontbreekt.add("Geef aan of de betrokkene over de aanmelding is geïnformeerd.");
    } else if (!betrokkeneGeinformeerd && redenNietGeinformeerd == null) {
      ontbreekt.add("Geef aan waarom de betrokkene niet is geïnformeerd.");
    } else if (redenNietGeinformeerd == RedenNietGeinformeerd.ANDERS
        && toelichtingNietGeinformeerd == null) {
      ontbreekt.add("Licht toe waarom de betrokkene niet is geïnformeerd.");
    }
    return ontbreekt;
  }

  /** The outcome of the criteria for the answers given so far. */
  public Criteriumuitkomst criteriumuitkomst() {
    Map<Criterium, Boolean> antwoorden = new EnumMap<>(Criterium.class);
    criteria.forEach(
        (criterium, antwoord) -> {
          if (antwoord.getVoldaan() != null) {
            antwoorden.put(criterium, antwoord.getVoldaan());
          }
        });
    return Criteriumuitkomst.van(antwoorden);
  }

  void markeerIngediend(OffsetDateTime tijdstip, LocalDate triage, LocalDate contact) {
    List<String> ontbreekt = ontbreekt();
    vereis(
        ontbreekt.isEmpty(), "De aanmelding is nog niet compleet: " + String.join(" ", ontbreekt));
    this.ingediendOp = tijdstip;
    this.triagedatum = triage;
    this.contactUiterlijk = contact;
    this.voldoetAanCriteria = criteriumuitkomst() == Criteriumuitkomst.VOLDOET;
  }

  void legContactVast(OffsetDateTime tijdstip) {
    if (contactOpgenomenOp == null) {
      contactOpgenomenOp = tijdstip;
    }
  }

  void zetTriagedatum(LocalDate datum) {
    this.triagedatum = datum;
  }

  void verzetTriage(LocalDate nieuweDatum) {
    vereis(nieuweDatum != null, "De nieuwe triagedatum is verplicht.");
    vereis(
        triagedatum == null || nieuweDatum.isAfter(triagedatum),
        "De nieuwe triagedatum ligt niet na de huidige.");
    this.triagedatum = nieuweDatum;
  }

  public Optional<OffsetDateTime> getContactOpgenomenOp() {
    return Optional.ofNullable(contactOpgenomenOp);
  }

  /** Strips a text; blank becomes null. Refuses a text longer than the column allows. */
  static String tekstOfNull(String tekst, int maximum) {
    if (tekst == null || tekst.isBlank()) {
      return null;
    }
    String schoon = tekst.strip();
    vereis(schoon.length() <= maximum, "Te lang: ten hoogste " + maximum + " tekens.");
    return schoon;
  }

  public Casus getCasus() {
    return casus;
  }

  public String getAanmelder() {
    return aanmelder;
  }

  public Optional<String> getReden() {
    return Optional.ofNullable(reden);
  }

  public Optional<String> getDoelIco() {
    return Optional.ofNullable(doelIco);
  }

  /** The problems in the order of the Zelfredzaamheid-Matrix. */
  public Map<Leefgebied, String> getProblemen() {
    Map<Leefgebied, String> geordend = new EnumMap<>(Leefgebied.class);
    geordend.putAll(problemen);
    return Collections.unmodifiableMap(geordend);
  }

  public Map<Criterium, Criteriumantwoord> getCriteria() {
    Map<Criterium, Criteriumantwoord> geordend = new EnumMap<>(Criterium.class);
    geordend.putAll(criteria);
    return Collections.unmodifiableMap(geordend);
  }

  public List<UitTeNodigenPartner> getPartners() {
    return Collections.unmodifiableList(partners);
  }

  public Optional<Boolean> getBetrokkeneGeinformeerd() {
    return Optional.ofNullable(betrokkeneGeinformeerd);
  }

  public Optional<RedenNietGeinformeerd> getRedenNietGeinformeerd() {
    return Optional.ofNullable(redenNietGeinformeerd);
  }

  public Optional<String> getToelichtingNietGeinformeerd() {
    return Optional.ofNullable(toelichtingNietGeinformeerd);
  }

  public Optional<OffsetDateTime> getIngediendOp() {
    return Optional.ofNullable(ingediendOp);
  }

  public Optional<LocalDate> getTriagedatum() {
    return Optional.ofNullable(triagedatum);
  }

  public Optional<LocalDate> getContactUiterlijk() {
    return Optional.ofNullable(contactUiterlijk);
  }

  public Optional<Boolean> getVoldoetAanCriteria() {
    return Optional.ofNullable(voldoetAanCriteria);
  }
}
