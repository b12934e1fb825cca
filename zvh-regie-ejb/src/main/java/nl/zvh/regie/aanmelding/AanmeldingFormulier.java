package nl.zvh.regie.aanmelding;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.zvh.domain.model.casus.Aanmelding;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.Criterium;
import nl.zvh.domain.model.casus.Criteriumantwoord;
import nl.zvh.domain.model.casus.Criteriumuitkomst;
import nl.zvh.domain.model.casus.Leefgebied;
import nl.zvh.domain.model.casus.RedenNietGeinformeerd;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gedeeld.Adres;
import nl.zvh.regie.beheer.Meerregelig;

/**
 * The referral form as the portal and the API fill it in. Bean Validation checks the format of
 * every field (the messages go next to the field); whether it is complete enough to submit is the
 * domain's rule, so a concept may be saved half-filled.
 */
public class AanmeldingFormulier implements Serializable {

  /** Dutch phone numbers as people write them: 072 123 45 67, 06-12345678, +31 6 12345678. */
  public static final String TELEFOON_PATROON = "^(\\+|00)?[0-9][0-9 ()\\-]{7,17}[0-9]$";

  public static final int MAX_BETROKKENEN = 20;
  public static final int MAX_PARTNERS = 20;

  /** The stored concept this form edits; set by the portal, never by the API. */
  @JsonbTransient private Long casusId;

  @JsonbTransient private long versie;

  /** What the ZVH asked to complete, when it sent the referral back; shown, never edited. */
  @JsonbTransient private String aanvullingsverzoek;

  // Issue 14, item 6: a null element of a list is refused with its place (betrokkenen[0]).
  @Size(max = MAX_BETROKKENEN, message = "{zvh.aanmelding.betrokkenen.te.veel}")
  private List<@NotNull(message = "{zvh.invoer.element.leeg}") @Valid BetrokkeneInvoer>
      betrokkenen = new ArrayList<>();

  private List<@NotNull(message = "{zvh.invoer.element.leeg}") @Valid ProbleemInvoer> problemen =
      new ArrayList<>();

  @Meerregelig
  @Size(max = Aanmelding.MAX_TEKST, message = "{zvh.tekst.te.lang}")
  private String reden;

  @Meerregelig
  @Size(max = Aanmelding.MAX_TEKST, message = "{zvh.tekst.te.lang}")
  private String doelIco;

  private List<@NotNull(message = "{zvh.invoer.element.leeg}") @Valid CriteriumInvoer> criteria =
      new ArrayList<>();

  @Size(max = MAX_PARTNERS, message = "{zvh.aanmelding.partners.te.veel}")
  private List<@NotNull(message = "{zvh.invoer.element.leeg}") @Valid PartnerInvoer> partners =
      new ArrayList<>();

  private Boolean betrokkeneGeinformeerd;
  private RedenNietGeinformeerd redenNietGeinformeerd;

  @Meerregelig
  @Size(max = Aanmelding.MAX_TOELICHTING, message = "{zvh.tekst.te.lang}")
  private String toelichtingNietGeinformeerd;

  /** An empty form: one betrokkene, every leefgebied and every criterion ready to fill in. */
  public static AanmeldingFormulier leeg() {
    AanmeldingFormulier formulier = new AanmeldingFormulier();
    formulier.betrokkenen.add(new BetrokkeneInvoer());
    formulier.vulAan();
    return formulier;
  }

  /** The form of a stored referral, with the version that was read. */
  public static AanmeldingFormulier van(Casus casus) {
    Aanmelding aanmelding = casus.getAanmelding();
    AanmeldingFormulier formulier = new AanmeldingFormulier();
    formulier.casusId = casus.getId();
    formulier.versie = casus.getVersie();
    formulier.aanvullingsverzoek = casus.aanvullingsverzoek().orElse(null);
    casus.getBetrokkenen().forEach(b -> formulier.betrokkenen.add(BetrokkeneInvoer.van(b)));
    aanmelding
        .getProblemen()
        .forEach(
            (leefgebied, tekst) -> formulier.problemen.add(new ProbleemInvoer(leefgebied, tekst)));
    formulier.reden = aanmelding.getReden().orElse(null);
    formulier.doelIco = aanmelding.getDoelIco().orElse(null);
    aanmelding
        .getCriteria()
        .forEach(
            (criterium, antwoord) ->
                formulier.criteria.add(
                    new CriteriumInvoer(
                        criterium, antwoord.getVoldaan(), antwoord.getToelichting())));
    aanmelding
        .getPartners()
        .forEach(
            p -> {
              PartnerInvoer invoer = new PartnerInvoer();
              if (p.getOrganisatie() != null) {
                invoer.organisatieId = p.getOrganisatie().getId();
                invoer.organisatieNaam = p.getOrganisatie().getNaam();
              }
              invoer.contactpersoon = p.getContactpersoon();
              invoer.email = p.getEmail();
              invoer.telefoon = p.getTelefoon();
              formulier.partners.add(invoer);
            });
    formulier.betrokkeneGeinformeerd = aanmelding.getBetrokkeneGeinformeerd().orElse(null);
    formulier.redenNietGeinformeerd = aanmelding.getRedenNietGeinformeerd().orElse(null);
    formulier.toelichtingNietGeinformeerd =
        aanmelding.getToelichtingNietGeinformeerd().orElse(null);
    formulier.vulAan();
    return formulier;
  }

  /** Whether the answers so far meet (a ∧ b ∧ c) ∨ d, as the form shows before submitting. */
  public Criteriumuitkomst criteriumuitkomst() {
    Map<Criterium, Boolean> antwoorden = new EnumMap<>(Criterium.class);
    criteria.stream()
        .filter(c -> c != null && c.criterium != null && c.voldaan != null)
        .forEach(c -> antwoorden.put(c.criterium, c.voldaan));
    return Criteriumuitkomst.van(antwoorden);
  }

  /**
   * Adds the leefgebieden and criteria that have no answer yet, so the form shows all of them.
   * Input that validation refuses (a null element, a missing leefgebied or criterium) is left where
   * it is, at the end, for validation to name.
   */
  public void vulAan() {
    for (Leefgebied leefgebied : Leefgebied.values()) {
      if (problemen.stream().noneMatch(p -> p != null && p.leefgebied == leefgebied)) {
        problemen.add(new ProbleemInvoer(leefgebied, null));
      }
    }
    problemen.sort(
        Comparator.nullsLast(
            Comparator.comparing(
                (ProbleemInvoer p) -> p.leefgebied,
                Comparator.nullsLast(Comparator.naturalOrder()))));
    for (Criterium criterium : Criterium.values()) {
      if (criteria.stream().noneMatch(c -> c != null && c.criterium == criterium)) {
        criteria.add(new CriteriumInvoer(criterium, null, null));
      }
    }
    criteria.sort(
        Comparator.nullsLast(
            Comparator.comparing(
                (CriteriumInvoer c) -> c.criterium,
                Comparator.nullsLast(Comparator.naturalOrder()))));
  }

  public Long getCasusId() {
    return casusId;
  }

  public void setCasusId(Long casusId) {
    this.casusId = casusId;
  }

  public long getVersie() {
    return versie;
  }

  public void setVersie(long versie) {
    this.versie = versie;
  }

  public String getAanvullingsverzoek() {
    return aanvullingsverzoek;
  }

  public List<BetrokkeneInvoer> getBetrokkenen() {
    return betrokkenen;
  }

  public void setBetrokkenen(List<BetrokkeneInvoer> betrokkenen) {
    this.betrokkenen = betrokkenen == null ? new ArrayList<>() : new ArrayList<>(betrokkenen);
  }

  public List<ProbleemInvoer> getProblemen() {
    return problemen;
  }

  public void setProblemen(List<ProbleemInvoer> problemen) {
    this.problemen = problemen == null ? new ArrayList<>() : new ArrayList<>(problemen);
  }

  public String getReden() {
    return reden;
  }

  public void setReden(String reden) {
    this.reden = reden;
  }

  public String getDoelIco() {
    return doelIco;
  }

  public void setDoelIco(String doelIco) {
    this.doelIco = doelIco;
  }

  public List<CriteriumInvoer> getCriteria() {
    return criteria;
  }

  public void setCriteria(List<CriteriumInvoer> criteria) {
    this.criteria = criteria == null ? new ArrayList<>() : new ArrayList<>(criteria);
  }

  public List<PartnerInvoer> getPartners() {
    return partners;
  }

  public void setPartners(List<PartnerInvoer> partners) {
    this.partners = partners == null ? new ArrayList<>() : new ArrayList<>(partners);
  }

  public Boolean getBetrokkeneGeinformeerd() {
    return betrokkeneGeinformeerd;
  }

  public void setBetrokkeneGeinformeerd(Boolean betrokkeneGeinformeerd) {
    this.betrokkeneGeinformeerd = betrokkeneGeinformeerd;
  }

  public RedenNietGeinformeerd getRedenNietGeinformeerd() {
    return redenNietGeinformeerd;
  }

  public void setRedenNietGeinformeerd(RedenNietGeinformeerd redenNietGeinformeerd) {
    this.redenNietGeinformeerd = redenNietGeinformeerd;
  }

  public String getToelichtingNietGeinformeerd() {
    return toelichtingNietGeinformeerd;
  }

  public void setToelichtingNietGeinformeerd(String toelichtingNietGeinformeerd) {
    this.toelichtingNietGeinformeerd = toelichtingNietGeinformeerd;
  }

  /** A person the referral is about. */
  public static class BetrokkeneInvoer implements Serializable {

    @JsonbTransient private Long id;

    @NotBlank(message = "{zvh.betrokkene.voornamen.verplicht}")
    @Size(max = Betrokkene.MAX_NAAM, message = "{zvh.tekst.te.lang}")
    private String voornamen;

    @NotBlank(message = "{zvh.betrokkene.achternaam.verplicht}")
    @Size(max = Betrokkene.MAX_NAAM, message = "{zvh.tekst.te.lang}")
    private String achternaam;

    @NotNull(message = "{zvh.betrokkene.geboortedatum.verplicht}")
    @Geboortedatum
    private LocalDate geboortedatum;

    @Size(max = 200, message = "{zvh.tekst.te.lang}")
    private String straat;

    @Size(max = 20, message = "{zvh.tekst.te.lang}")
    private String huisnummer;

    @Pattern(
        regexp = "^\\s*[1-9][0-9]{3}\\s?[A-Za-z]{2}\\s*$",
        message = "{zvh.adres.postcode.ongeldig}")
    private String postcode;

    @Size(max = 100, message = "{zvh.tekst.te.lang}")
    private String woonplaats;

    @Burgerservicenummer private String bsn;

    static BetrokkeneInvoer van(Betrokkene b) {
      BetrokkeneInvoer invoer = new BetrokkeneInvoer();
      invoer.id = b.getId();
      invoer.voornamen = b.getVoornamen();
      invoer.achternaam = b.getAchternaam();
      invoer.geboortedatum = b.getGeboortedatum();
      b.getAdres()
          .ifPresent(
              a -> {
                invoer.straat = a.getStraat();
                invoer.huisnummer = a.getHuisnummer();
                invoer.postcode = a.getPostcode();
                invoer.woonplaats = a.getWoonplaats();
              });
      invoer.bsn = b.getBsn().map(bsn -> bsn.getNummer()).orElse(null);
      return invoer;
    }

    /** The address as typed, or none when every field is empty. */
    public Adres adres() {
      return Adres.uitInvoer(straat, huisnummer, postcode, woonplaats);
    }

    public Long getId() {
      return id;
    }

    public void setId(Long id) {
      this.id = id;
    }

    public String getVoornamen() {
      return voornamen;
    }

    public void setVoornamen(String voornamen) {
      this.voornamen = voornamen;
    }

    public String getAchternaam() {
      return achternaam;
    }

    public void setAchternaam(String achternaam) {
      this.achternaam = achternaam;
    }

    public LocalDate getGeboortedatum() {
      return geboortedatum;
    }

    public void setGeboortedatum(LocalDate geboortedatum) {
      this.geboortedatum = geboortedatum;
    }

    public String getStraat() {
      return straat;
    }

    public void setStraat(String straat) {
      this.straat = straat;
    }

    public String getHuisnummer() {
      return huisnummer;
    }

    public void setHuisnummer(String huisnummer) {
      this.huisnummer = huisnummer;
    }

    public String getPostcode() {
      return postcode;
    }

    public void setPostcode(String postcode) {
      this.postcode = postcode;
    }

    public String getWoonplaats() {
      return woonplaats;
    }

    public void setWoonplaats(String woonplaats) {
      this.woonplaats = woonplaats;
    }

    public String getBsn() {
      return bsn;
    }

    public void setBsn(String bsn) {
      this.bsn = bsn;
    }
  }

  /** The problems on one leefgebied; empty when there are none there. */
  public static class ProbleemInvoer implements Serializable {

    @NotNull(message = "{zvh.aanmelding.leefgebied.verplicht}")
    private Leefgebied leefgebied;

    @Meerregelig
    @Size(max = Aanmelding.MAX_TOELICHTING, message = "{zvh.tekst.te.lang}")
    private String omschrijving;

    public ProbleemInvoer() {}

    ProbleemInvoer(Leefgebied leefgebied, String omschrijving) {
      this.leefgebied = leefgebied;
      this.omschrijving = omschrijving;
    }

    public Leefgebied getLeefgebied() {
      return leefgebied;
    }

    public void setLeefgebied(Leefgebied leefgebied) {
      this.leefgebied = leefgebied;
    }

    public String getOmschrijving() {
      return omschrijving;
    }

    public void setOmschrijving(String omschrijving) {
      this.omschrijving = omschrijving;
    }
  }

  /** The answer to one of the four criteria, with its explanation. */
  public static class CriteriumInvoer implements Serializable {

    @NotNull(message = "{zvh.aanmelding.criterium.verplicht}")
    private Criterium criterium;

    private Boolean voldaan;

    @Meerregelig
    @Size(max = Aanmelding.MAX_TOELICHTING, message = "{zvh.tekst.te.lang}")
    private String toelichting;

    public CriteriumInvoer() {}

    CriteriumInvoer(Criterium criterium, Boolean voldaan, String toelichting) {
      this.criterium = criterium;
      this.voldaan = voldaan;
      this.toelichting = toelichting;
    }

    Criteriumantwoord alsAntwoord() {
      return new Criteriumantwoord(voldaan, toelichting);
    }

    public Criterium getCriterium() {
      return criterium;
    }

    public void setCriterium(Criterium criterium) {
      this.criterium = criterium;
    }

    public Boolean getVoldaan() {
      return voldaan;
    }

    public void setVoldaan(Boolean voldaan) {
      this.voldaan = voldaan;
    }

    public String getToelichting() {
      return toelichting;
    }

    public void setToelichting(String toelichting) {
      this.toelichting = toelichting;
    }
  }

  /** A partner organisation to invite, with a contact person and how to reach them. */
  public static class PartnerInvoer implements Serializable {

    private Long organisatieId;

    /** The organisation's name as stored; for display only, ignored on input. */
    private String organisatieNaam;

    @Size(max = Aanmelding.MAX_KORT, message = "{zvh.tekst.te.lang}")
    private String contactpersoon;

    @Size(max = 254, message = "{zvh.tekst.te.lang}")
    @Email(regexp = Gebruiker.EMAIL_PATROON, message = "{zvh.gebruiker.email.ongeldig}")
    private String email;

    @Pattern(regexp = TELEFOON_PATROON, message = "{zvh.telefoon.ongeldig}")
    private String telefoon;

    public Long getOrganisatieId() {
      return organisatieId;
    }

    public void setOrganisatieId(Long organisatieId) {
      this.organisatieId = organisatieId;
    }

    public String getOrganisatieNaam() {
      return organisatieNaam;
    }

    public void setOrganisatieNaam(String organisatieNaam) {
      this.organisatieNaam = organisatieNaam;
    }

    public String getContactpersoon() {
      return contactpersoon;
    }

    public void setContactpersoon(String contactpersoon) {
      this.contactpersoon = contactpersoon;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getTelefoon() {
      return telefoon;
    }

    public void setTelefoon(String telefoon) {
      this.telefoon = telefoon;
    }
  }
}
