package nl.zvh.privacy.logboek;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * One record of the processing log, about one betrokkene. Never changed after it is written: its
 * {@code hash} covers every field and the hash of the record before it.
 */
@Entity
@Table(name = "verwerkingsregel")
public class Verwerkingsregel {

  /** The record's place in the chain: 1, 2, 3, … without gaps. */
  @Id private long volgnummer;

  @Column(name = "trace_id", nullable = false, length = 32, updatable = false)
  private String traceId;

  @Column(name = "span_id", nullable = false, length = 16, updatable = false)
  private String spanId;

  @Column(nullable = false, length = 100, updatable = false)
  private String operatie;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Actie actie;

  @Column(name = "start_tijd", nullable = false, updatable = false)
  private OffsetDateTime startTijd;

  @Column(name = "eind_tijd", nullable = false, updatable = false)
  private OffsetDateTime eindTijd;

  @Column(nullable = false, length = 10, updatable = false)
  private String status;

  @Column(name = "activiteit_id", nullable = false, length = 40, updatable = false)
  private String activiteitId;

  @Column(name = "activiteit_versie", nullable = false, updatable = false)
  private int activiteitVersie;

  @Column(name = "betrokkene_pseudoniem", nullable = false, length = 64, updatable = false)
  private String betrokkenePseudoniem;

  @Column(name = "betrokkene_type", nullable = false, length = 30, updatable = false)
  private String betrokkeneType;

  @Column(nullable = false, length = 60, updatable = false)
  private String gebruiker;

  @Column(name = "namens_organisatie", nullable = false, length = 200, updatable = false)
  private String namensOrganisatie;

  @Column(name = "namens_organisatie_id", nullable = false, updatable = false)
  private long namensOrganisatieId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Toegangspunt toegangspunt;

  @Column(length = 500, updatable = false)
  private String objecten;

  @Column(length = 100, updatable = false)
  private String herkomst;

  @Column(name = "vorige_hash", nullable = false, length = 64, updatable = false)
  private String vorigeHash;

  @Column(nullable = false, length = 64, updatable = false)
  private String hash;

  protected Verwerkingsregel() {}

  Verwerkingsregel(
      long volgnummer,
      Verwerking verwerking,
      String spanId,
      Verwerkingsactiviteit activiteit,
      String betrokkenePseudoniem,
      String vorigeHash) {
    this.volgnummer = volgnummer;
    this.traceId = verwerking.traceId();
    this.spanId = spanId;
    this.operatie = verwerking.operatie();
    this.actie = verwerking.actie();
    this.startTijd = utc(verwerking.start());
    this.eindTijd = utc(verwerking.eind());
    this.status = verwerking.gelukt() ? "OK" : "FOUT";
    this.activiteitId = activiteit.getId();
    this.activiteitVersie = activiteit.getVersie();
    this.betrokkenePseudoniem = betrokkenePseudoniem;
    this.betrokkeneType = "betrokkene";
    this.gebruiker = verwerking.actor().gebruikersnaam();
    this.namensOrganisatie = verwerking.actor().organisatieNaam();
    this.namensOrganisatieId = verwerking.actor().organisatieId();
    this.toegangspunt = verwerking.toegangspunt();
    this.objecten = verwerking.objecten();
    this.herkomst = verwerking.herkomst();
    this.vorigeHash = vorigeHash;
    this.hash = Hashketen.hash(this);
  }

  /** Microseconds, in UTC: what both H2 and PostgreSQL store unchanged. */
  private static OffsetDateTime utc(Instant tijdstip) {
    return tijdstip.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  /** Every field in a fixed order, as the hash covers them. */
  String canoniek() {
    return String.join(
        "\u001f",
        Long.toString(volgnummer),
        traceId,
        spanId,
        operatie,
        actie.name(),
        startTijd.toInstant().toString(),
        eindTijd.toInstant().toString(),
        status,
        activiteitId,
        Integer.toString(activiteitVersie),
        betrokkenePseudoniem,
        betrokkeneType,
        gebruiker,
        namensOrganisatie,
        Long.toString(namensOrganisatieId),
        toegangspunt.name(),
        String.valueOf(objecten),
        String.valueOf(herkomst),
        vorigeHash);
  }

  public long getVolgnummer() {
    return volgnummer;
  }

  public String getTraceId() {
    return traceId;
  }

  public String getSpanId() {
    return spanId;
  }

  public String getOperatie() {
    return operatie;
  }

  public Actie getActie() {
    return actie;
  }

  public OffsetDateTime getStartTijd() {
    return startTijd;
  }

  public OffsetDateTime getEindTijd() {
    return eindTijd;
  }

  public String getStatus() {
    return status;
  }

  public String getActiviteitId() {
    return activiteitId;
  }

  public int getActiviteitVersie() {
    return activiteitVersie;
  }

  public String getBetrokkenePseudoniem() {
    return betrokkenePseudoniem;
  }

  public String getGebruiker() {
    return gebruiker;
  }

  public String getNamensOrganisatie() {
    return namensOrganisatie;
  }

  public Toegangspunt getToegangspunt() {
    return toegangspunt;
  }

  public String getObjecten() {
    return objecten;
  }

  public String getHerkomst() {
    return herkomst;
  }

  public String getVorigeHash() {
    return vorigeHash;
  }

  public String getHash() {
    return hash;
  }
}
