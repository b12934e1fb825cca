package nl.zvh.domain.model.bericht;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;
import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.verplicht;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.organisatie.Organisatie;

/**
 * A message in the thread of a case: information of the sending organisation, shared with the
 * case's participants because the overleg shares them. Written by the procesregisseur (on behalf of
 * the ZVH: no organisation) or by a partner user of an organisation that takes part in the case on
 * that day. A sent message is never edited: a correction is a new message that refers to the one it
 * corrects, by the same sender.
 */
@Entity
@Table(name = "bericht")
@NamedQuery(
    name = "Bericht.vanCasus",
    query = "select b from Bericht b where b.casus.id = :casusId order by b.id")
@NamedQuery(
    name = "Bericht.vanCasusVerwijderen",
    query = "delete from Bericht b where b.casus.id = :casusId")
public class Bericht {

  public static final int MAX_TEKST = 4000;

  @Id
  @SequenceGenerator(name = "bericht_seq", sequenceName = "bericht_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bericht_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "casus_id", nullable = false, updatable = false)
  private Casus casus;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "afzender_id", nullable = false, updatable = false)
  private Gebruiker afzender;

  /** The organisation whose information the message is; null for the ZVH's procesregisseur. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "organisatie_id", updatable = false)
  private Organisatie organisatie;

  @Column(nullable = false, length = MAX_TEKST, updatable = false)
  private String tekst;

  @Column(name = "verstuurd_op", nullable = false, updatable = false)
  private OffsetDateTime verstuurdOp;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "corrigeert_id", updatable = false)
  private Bericht corrigeert;

  /** The same column, read only: the id without loading the corrected message. */
  @Column(name = "corrigeert_id", insertable = false, updatable = false)
  private Long corrigeertId;

  protected Bericht() {}

  /**
   * A new message of this user in the case's thread, optionally correcting an earlier message of
   * their own.
   */
  public Bericht(
      Casus casus, Gebruiker afzender, String tekst, Bericht corrigeert, OffsetDateTime tijdstip) {
    vereis(casus != null && casus.getNummer() != null, "De casus is verplicht.");
    vereis(afzender != null && tijdstip != null, "De afzender is verplicht.");
    boolean zvh = afzender.getRol() == Rol.PROCESREGISSEUR;
    vereis(
        zvh
            || (afzender.getRol() == Rol.KETENPARTNER
                && casus.neemtDeel(afzender.getOrganisatie().getId(), tijdstip.toLocalDate())),
        "Alleen de procesregisseur en de deelnemende organisaties schrijven in deze casus.");
    // A browser sends line breaks as CR LF; one break is one character, as the form counts it.
    String inhoud =
        verplicht(tekst == null ? null : tekst.replace("\r\n", "\n"), "tekst", "Typ een bericht.");
    vereis(
        inhoud.length() <= MAX_TEKST,
        "tekst",
        "Het bericht is te lang: ten hoogste "
            + MAX_TEKST
            + " tekens, nu "
            + inhoud.length()
            + ".");
    if (corrigeert != null) {
      vereis(
          zelfde(corrigeert.getCasus(), corrigeert.getCasus().getId(), casus, casus.getId()),
          "corrigeert",
          "Een correctie hoort bij een bericht van dezelfde casus.");
      vereis(
          zelfde(
              corrigeert.getAfzender(),
              corrigeert.getAfzender().getId(),
              afzender,
              afzender.getId()),
          "corrigeert",
          "U kunt alleen uw eigen bericht corrigeren.");
    }
    this.casus = casus;
    this.afzender = afzender;
    this.organisatie = zvh ? null : afzender.getOrganisatie();
    this.tekst = inhoud;
    this.corrigeert = corrigeert;
    this.verstuurdOp = tijdstip;
  }

  /** The same entity: the same object, or the same id once stored. */
  static boolean zelfde(Object een, Long eenId, Object ander, Long anderId) {
    return een == ander || (eenId != null && eenId.equals(anderId));
  }

  public Long getId() {
    return id;
  }

  public Casus getCasus() {
    return casus;
  }

  public Gebruiker getAfzender() {
    return afzender;
  }

  /** The sending organisation; empty for a message of the ZVH's procesregisseur. */
  public Optional<Organisatie> getOrganisatie() {
    return Optional.ofNullable(organisatie);
  }

  public String getTekst() {
    return tekst;
  }

  public OffsetDateTime getVerstuurdOp() {
    return verstuurdOp;
  }

  /** The id of the earlier message this one corrects, without loading it. */
  public Optional<Long> getCorrigeertId() {
    return Optional.ofNullable(
        corrigeertId != null ? corrigeertId : corrigeert == null ? null : corrigeert.getId());
  }

  /** The earlier message this one corrects, if it is a correction. */
  public Optional<Bericht> getCorrigeert() {
    return Optional.ofNullable(corrigeert);
  }
}
