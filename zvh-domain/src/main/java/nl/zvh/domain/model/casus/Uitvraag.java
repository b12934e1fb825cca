package nl.zvh.domain.model.casus;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;
import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.verplicht;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.zvh.domain.model.organisatie.Organisatie;

/**
 * An information request of the procesregisseur to chosen partner organisations: a question, its
 * purpose and a date to answer by. Each organisation answers for itself ({@link UitvraagAdres});
 * what it shares stays its own information.
 */
@Entity
@Table(name = "uitvraag")
public class Uitvraag {

  public static final int MAX_TEKST = 2000;

  @Id
  @SequenceGenerator(name = "uitvraag_seq", sequenceName = "uitvraag_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "uitvraag_seq")
  private Long id;

  @Version private long versie;

  @ManyToOne(optional = false)
  @JoinColumn(name = "casus_id", nullable = false, updatable = false)
  private Casus casus;

  @Column(nullable = false, length = MAX_TEKST, updatable = false)
  private String vraag;

  @Column(nullable = false, length = MAX_TEKST, updatable = false)
  private String doel;

  @Column(name = "beantwoorden_voor", nullable = false, updatable = false)
  private LocalDate beantwoordenVoor;

  @Column(name = "gevraagd_door", nullable = false, length = 60, updatable = false)
  private String gevraagdDoor;

  @Column(name = "gevraagd_op", nullable = false, updatable = false)
  private OffsetDateTime gevraagdOp;

  @OneToMany(mappedBy = "uitvraag", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<UitvraagAdres> adressen = new ArrayList<>();

  protected Uitvraag() {}

  Uitvraag(
      Casus casus,
      List<Organisatie> organisaties,
      String vraag,
      String doel,
      LocalDate beantwoordenVoor,
      String door,
      OffsetDateTime tijdstip) {
    vereis(organisaties != null && !organisaties.isEmpty(), "Kies ten minste één organisatie.");
    vereis(
        organisaties.stream().distinct().count() == organisaties.size(),
        "Elke organisatie krijgt de uitvraag één keer.");
    vereis(organisaties.stream().noneMatch(Organisatie::isZvh), "Een uitvraag gaat naar partners.");
    this.vraag = kort(verplicht(vraag, "Stel de vraag."));
    this.doel = kort(verplicht(doel, "Noem het doel waarvoor de informatie nodig is."));
    vereis(beantwoordenVoor != null, "Vul de datum in waarvoor het antwoord er moet zijn.");
    vereis(
        !beantwoordenVoor.isBefore(tijdstip.toLocalDate()),
        "De datum voor het antwoord ligt in het verleden.");
    this.casus = casus;
    this.beantwoordenVoor = beantwoordenVoor;
    this.gevraagdDoor = door;
    this.gevraagdOp = tijdstip;
    organisaties.forEach(o -> adressen.add(new UitvraagAdres(this, o)));
  }

  private static String kort(String tekst) {
    vereis(tekst.length() <= MAX_TEKST, "Te lang: ten hoogste " + MAX_TEKST + " tekens.");
    return tekst;
  }

  /** Whether any organisation has not answered although the date has passed. */
  public boolean isVerlopen(LocalDate vandaag) {
    return adressen.stream().anyMatch(a -> a.isVerlopen(vandaag));
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

  public String getVraag() {
    return vraag;
  }

  public String getDoel() {
    return doel;
  }

  public LocalDate getBeantwoordenVoor() {
    return beantwoordenVoor;
  }

  public String getGevraagdDoor() {
    return gevraagdDoor;
  }

  public OffsetDateTime getGevraagdOp() {
    return gevraagdOp;
  }

  public List<UitvraagAdres> getAdressen() {
    return Collections.unmodifiableList(adressen);
  }
}
