package nl.zvh.domain.model.casus;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;
import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.verplicht;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import nl.zvh.domain.model.organisatie.Organisatie;

/**
 * A piece of case information, owned by the partner that brought it (the source). Other
 * participants may see it only while the source consents to share it with them; the source can
 * withdraw that consent at any time.
 */
@Entity
@Table(name = "informatie_item")
public class InformatieItem {

  public static final int MAX_INHOUD = 10_000;

  @Id
  @SequenceGenerator(
      name = "informatie_item_seq",
      sequenceName = "informatie_item_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "informatie_item_seq")
  private Long id;

  @Version private long versie;

  @ManyToOne(optional = false)
  @JoinColumn(name = "casus_id", nullable = false, updatable = false)
  private Casus casus;

  /** The betrokkene it is about; empty when it concerns the case as a whole. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "betrokkene_id", updatable = false)
  private Betrokkene betrokkene;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "bron_organisatie_id", nullable = false, updatable = false)
  private Organisatie bron;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Informatiecategorie categorie;

  @Column(nullable = false, length = MAX_INHOUD)
  private String inhoud;

  @Column(name = "vastgelegd_door", nullable = false, length = 60, updatable = false)
  private String vastgelegdDoor;

  @Column(name = "vastgelegd_op", nullable = false, updatable = false)
  private OffsetDateTime vastgelegdOp;

  @Column(name = "gedeeld_sinds")
  private OffsetDateTime gedeeldSinds;

  @Column(name = "gedeeld_door", length = 60)
  private String gedeeldDoor;

  /** The uitvraag this item answers, if it was shared in answer to one. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "uitvraag_adres_id", updatable = false)
  private UitvraagAdres antwoordOp;

  @Embedded private Bijlage bijlage;

  protected InformatieItem() {}

  InformatieItem(
      Casus casus,
      Betrokkene betrokkene,
      Organisatie bron,
      Informatiecategorie categorie,
      String inhoud,
      String door,
      OffsetDateTime tijdstip) {
    vereis(bron != null, "De bronorganisatie is verplicht.");
    vereis(categorie != null, "De categorie is verplicht.");
    vereis(
        betrokkene == null || betrokkene.getCasus() == casus,
        "De betrokkene hoort niet bij deze casus.");
    String tekst = verplicht(inhoud, "De inhoud is verplicht.");
    vereis(tekst.length() <= MAX_INHOUD, "De inhoud is te lang (ten hoogste 10.000 tekens).");
    this.casus = casus;
    this.betrokkene = betrokkene;
    this.bron = bron;
    this.categorie = categorie;
    this.inhoud = tekst;
    this.vastgelegdDoor = verplicht(door, "De gebruiker is verplicht.");
    this.vastgelegdOp = tijdstip;
  }

  /** The source consents to share this item with the case's participants. */
  public void deelMetDeelnemers(String door, OffsetDateTime tijdstip) {
    vereis(gedeeldSinds == null, "Dit item is al gedeeld.");
    this.gedeeldSinds = tijdstip;
    this.gedeeldDoor = verplicht(door, "De gebruiker is verplicht.");
  }

  /** The source withdraws its consent; from now on only the source sees the item. */
  public void trekDelenIn() {
    vereis(gedeeldSinds != null, "Dit item is niet gedeeld.");
    this.gedeeldSinds = null;
    this.gedeeldDoor = null;
  }

  public boolean isGedeeld() {
    return gedeeldSinds != null;
  }

  void beantwoordt(UitvraagAdres adres, Bijlage bestand) {
    this.antwoordOp = adres;
    this.bijlage = bestand;
  }

  public Optional<UitvraagAdres> getAntwoordOp() {
    return Optional.ofNullable(antwoordOp);
  }

  public Optional<Bijlage> getBijlage() {
    return Optional.ofNullable(bijlage);
  }

  public Long getId() {
    return id;
  }

  public Casus getCasus() {
    return casus;
  }

  public Optional<Betrokkene> getBetrokkene() {
    return Optional.ofNullable(betrokkene);
  }

  public Organisatie getBron() {
    return bron;
  }

  public Informatiecategorie getCategorie() {
    return categorie;
  }

  public String getInhoud() {
    return inhoud;
  }

  public String getVastgelegdDoor() {
    return vastgelegdDoor;
  }

  public OffsetDateTime getVastgelegdOp() {
    return vastgelegdOp;
  }

  public Optional<OffsetDateTime> getGedeeldSinds() {
    return Optional.ofNullable(gedeeldSinds);
  }
}
