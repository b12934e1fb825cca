package nl.zvh.privacy.verstrekking;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;
import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.verplicht;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import nl.zvh.privacy.Actor;

/**
 * A partner's request to use an information item of another organisation for a purpose outside the
 * overleg. It refers to the item and organisations by id: the case data lives in the domain's
 * persistence unit, the privacy records in this module's own.
 */
@Entity
@Table(name = "verzoek_verstrekking")
@NamedQuery(
    name = "VerzoekTotVerstrekking.wachtrij",
    query = "select v from VerzoekTotVerstrekking v order by v.status, v.ingediendOp")
@NamedQuery(
    name = "VerzoekTotVerstrekking.vanOrganisatie",
    query =
        "select v from VerzoekTotVerstrekking v where v.verzoekendeOrganisatieId = :organisatie"
            + " or v.bronOrganisatieId = :organisatie order by v.ingediendOp desc")
public class VerzoekTotVerstrekking {

  public static final int MAX_TEKST = 2000;

  @Id
  @SequenceGenerator(
      name = "verzoek_verstrekking_seq",
      sequenceName = "verzoek_verstrekking_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "verzoek_verstrekking_seq")
  private Long id;

  @Version private long versie;

  @Column(name = "item_id", nullable = false, updatable = false)
  private long itemId;

  @Column(name = "casus_id", nullable = false, updatable = false)
  private long casusId;

  @Column(name = "casus_nummer", length = 15, updatable = false)
  private String casusNummer;

  @Column(name = "bron_organisatie_id", nullable = false, updatable = false)
  private long bronOrganisatieId;

  @Column(name = "bron_organisatie", nullable = false, length = 200, updatable = false)
  private String bronOrganisatie;

  @Column(name = "verzoeker", nullable = false, length = 60, updatable = false)
  private String verzoeker;

  @Column(name = "verzoekende_organisatie_id", nullable = false, updatable = false)
  private long verzoekendeOrganisatieId;

  @Column(name = "verzoekende_organisatie", nullable = false, length = 200, updatable = false)
  private String verzoekendeOrganisatie;

  @Column(nullable = false, length = MAX_TEKST, updatable = false)
  private String doel;

  @Column(nullable = false, length = MAX_TEKST, updatable = false)
  private String grondslag;

  /** Why it is proportional and why the purpose cannot be reached otherwise. */
  @Column(nullable = false, length = MAX_TEKST, updatable = false)
  private String noodzaak;

  @Column(name = "ingediend_op", nullable = false, updatable = false)
  private OffsetDateTime ingediendOp;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private VerzoekStatus status;

  @Column(name = "beoordeeld_door", length = 60)
  private String beoordeeldDoor;

  @Column(name = "beoordeeld_op")
  private OffsetDateTime beoordeeldOp;

  @Column(length = MAX_TEKST)
  private String motivering;

  protected VerzoekTotVerstrekking() {}

  public VerzoekTotVerstrekking(
      long itemId,
      long casusId,
      String casusNummer,
      long bronOrganisatieId,
      String bronOrganisatie,
      Actor verzoeker,
      String doel,
      String grondslag,
      String noodzaak,
      OffsetDateTime tijdstip) {
    vereis(
        !verzoeker.werktBij(bronOrganisatieId),
        "Uw organisatie is zelf de bron; een verzoek is niet nodig.");
    this.itemId = itemId;
    this.casusId = casusId;
    this.casusNummer = casusNummer;
    this.bronOrganisatieId = bronOrganisatieId;
    this.bronOrganisatie = bronOrganisatie;
    this.verzoeker = verzoeker.gebruikersnaam();
    this.verzoekendeOrganisatieId = verzoeker.organisatieId();
    this.verzoekendeOrganisatie = verzoeker.organisatieNaam();
    this.doel = tekst(doel, "Beschrijf het doel waarvoor u de informatie wilt gebruiken.");
    this.grondslag = tekst(grondslag, "Noem de wettelijke grondslag.");
    this.noodzaak =
        tekst(noodzaak, "Licht toe waarom de verstrekking proportioneel en noodzakelijk is.");
    this.ingediendOp = tijdstip;
    this.status = VerzoekStatus.INGEDIEND;
  }

  /** The privacy officer's decision, with its grounds; only once. */
  public void beoordeel(
      boolean toekennen, String door, String motivering, OffsetDateTime tijdstip) {
    vereis(status == VerzoekStatus.INGEDIEND, "Over dit verzoek is al beslist.");
    this.motivering = tekst(motivering, "Motiveer het besluit.");
    this.beoordeeldDoor = door;
    this.beoordeeldOp = tijdstip;
    this.status = toekennen ? VerzoekStatus.TOEGEKEND : VerzoekStatus.AFGEWEZEN;
  }

  private static String tekst(String waarde, String meldingAlsLeeg) {
    String schoon = verplicht(waarde, meldingAlsLeeg);
    vereis(schoon.length() <= MAX_TEKST, "Een toelichting heeft ten hoogste 2000 tekens.");
    return schoon;
  }

  public Long getId() {
    return id;
  }

  public long getVersie() {
    return versie;
  }

  public long getItemId() {
    return itemId;
  }

  public long getCasusId() {
    return casusId;
  }

  public String getCasusNummer() {
    return casusNummer;
  }

  public long getBronOrganisatieId() {
    return bronOrganisatieId;
  }

  public String getBronOrganisatie() {
    return bronOrganisatie;
  }

  public String getVerzoeker() {
    return verzoeker;
  }

  public long getVerzoekendeOrganisatieId() {
    return verzoekendeOrganisatieId;
  }

  public String getVerzoekendeOrganisatie() {
    return verzoekendeOrganisatie;
  }

  public String getDoel() {
    return doel;
  }

  public String getGrondslag() {
    return grondslag;
  }

  public String getNoodzaak() {
    return noodzaak;
  }

  public OffsetDateTime getIngediendOp() {
    return ingediendOp;
  }

  public VerzoekStatus getStatus() {
    return status;
  }

  public String getBeoordeeldDoor() {
    return beoordeeldDoor;
  }

  public OffsetDateTime getBeoordeeldOp() {
    return beoordeeldOp;
  }

  public String getMotivering() {
    return motivering;
  }
}
