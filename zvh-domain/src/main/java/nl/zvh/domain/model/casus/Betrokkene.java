package nl.zvh.domain.model.casus;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;
import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.verplicht;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Optional;
import nl.zvh.domain.model.gedeeld.Adres;
import nl.zvh.domain.model.gedeeld.Bsn;

/** A person a case is about. A family case has several. */
@Entity
@NamedQuery(
    name = "Betrokkene.findByBsn",
    query = "select b from Betrokkene b where b.bsn.nummer = :bsn")
@NamedQuery(
    name = "Betrokkene.findByNaamEnGeboortedatum",
    query =
        "select b from Betrokkene b where lower(b.achternaam) = lower(:achternaam)"
            + " and b.geboortedatum = :geboortedatum")
// Where "already known" looks for the betrokkenen of a whole work queue at once: by BSN, and by
// date of birth (indexed; the names are compared in memory), each with the other case.
@NamedQuery(
    name = "Betrokkene.metBsnIn",
    query = "select b from Betrokkene b join fetch b.casus where b.bsn.nummer in :bsns")
@NamedQuery(
    name = "Betrokkene.geborenOpEenVan",
    query = "select b from Betrokkene b join fetch b.casus where b.geboortedatum in :data")
public class Betrokkene {

  public static final int MAX_NAAM = 200;

  @Id
  @SequenceGenerator(name = "betrokkene_seq", sequenceName = "betrokkene_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "betrokkene_seq")
  private Long id;

  @Version private long versie;

  @ManyToOne(optional = false)
  @JoinColumn(name = "casus_id", nullable = false, updatable = false)
  private Casus casus;

  @Column(nullable = false, length = MAX_NAAM)
  private String voornamen;

  @Column(nullable = false, length = MAX_NAAM)
  private String achternaam;

  @Column(nullable = false)
  private LocalDate geboortedatum;

  @Embedded private Adres adres;

  @Embedded private Bsn bsn;

  protected Betrokkene() {}

  Betrokkene(
      Casus casus,
      String voornamen,
      String achternaam,
      LocalDate geboortedatum,
      Adres adres,
      Bsn bsn,
      LocalDate vandaag) {
    this.casus = casus;
    corrigeer(voornamen, achternaam, geboortedatum, adres, vandaag);
    this.bsn = bsn;
  }

  /** Corrects the person's details (for instance on a data-subject's request for correction). */
  public final void corrigeer(
      String voornamen,
      String achternaam,
      LocalDate geboortedatum,
      Adres adres,
      LocalDate vandaag) {
    String schoneVoornamen = verplicht(voornamen, "De voornamen van de betrokkene zijn verplicht.");
    String schoneAchternaam =
        verplicht(achternaam, "De achternaam van de betrokkene is verplicht.");
    vereis(
        schoneVoornamen.length() <= MAX_NAAM && schoneAchternaam.length() <= MAX_NAAM,
        "De naam van de betrokkene is te lang (ten hoogste 200 tekens).");
    vereis(geboortedatum != null, "De geboortedatum van de betrokkene is verplicht.");
    vereis(!geboortedatum.isAfter(vandaag), "De geboortedatum ligt in de toekomst.");
    this.voornamen = schoneVoornamen;
    this.achternaam = schoneAchternaam;
    this.geboortedatum = geboortedatum;
    this.adres = adres;
  }

  void legBsnVast(Bsn nieuw) {
    this.bsn = nieuw;
  }

  public Long getId() {
    return id;
  }

  public Casus getCasus() {
    return casus;
  }

  public String getVoornamen() {
    return voornamen;
  }

  public String getAchternaam() {
    return achternaam;
  }

  public LocalDate getGeboortedatum() {
    return geboortedatum;
  }

  public Optional<Adres> getAdres() {
    return Optional.ofNullable(adres);
  }

  public Optional<Bsn> getBsn() {
    return Optional.ofNullable(bsn);
  }
}
