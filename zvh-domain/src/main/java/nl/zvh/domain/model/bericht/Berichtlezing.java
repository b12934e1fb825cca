package nl.zvh.domain.model.bericht;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;

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
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.gebruiker.Gebruiker;

/**
 * How far one user has read the thread of one case: the id of the last message they saw. Messages
 * with a higher id, of others, are unread for them. Only moves forward.
 */
@Entity
@Table(name = "bericht_lezing")
@NamedQuery(
    name = "Berichtlezing.van",
    query =
        "select l from Berichtlezing l where l.gebruiker.id = :gebruikerId"
            + " and l.casus.id = :casusId")
@NamedQuery(
    name = "Berichtlezing.vanCasusVerwijderen",
    query = "delete from Berichtlezing l where l.casus.id = :casusId")
public class Berichtlezing {

  @Id
  @SequenceGenerator(
      name = "bericht_lezing_seq",
      sequenceName = "bericht_lezing_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bericht_lezing_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "gebruiker_id", nullable = false, updatable = false)
  private Gebruiker gebruiker;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "casus_id", nullable = false, updatable = false)
  private Casus casus;

  @Column(name = "laatst_gelezen", nullable = false)
  private long laatstGelezen;

  @Column(name = "gelezen_op", nullable = false)
  private OffsetDateTime gelezenOp;

  protected Berichtlezing() {}

  public Berichtlezing(Gebruiker gebruiker, Casus casus, OffsetDateTime tijdstip) {
    vereis(gebruiker != null && casus != null, "Gebruiker en casus zijn verplicht.");
    this.gebruiker = gebruiker;
    this.casus = casus;
    this.gelezenOp = tijdstip;
  }

  /** The user has seen the thread up to this message; an older one changes nothing. */
  public void gelezenTot(Bericht bericht, OffsetDateTime tijdstip) {
    if (bericht != null && bericht.getId() != null && bericht.getId() > laatstGelezen) {
      laatstGelezen = bericht.getId();
      gelezenOp = tijdstip;
    }
  }

  /** Whether this message of the thread is unread for the user: newer, and not their own. */
  public boolean isOngelezen(Bericht bericht) {
    return bericht.getId() != null
        && bericht.getId() > laatstGelezen
        && !Bericht.zelfde(
            bericht.getAfzender(), bericht.getAfzender().getId(), gebruiker, gebruiker.getId());
  }

  public Gebruiker getGebruiker() {
    return gebruiker;
  }

  public Casus getCasus() {
    return casus;
  }

  public long getLaatstGelezen() {
    return laatstGelezen;
  }

  public OffsetDateTime getGelezenOp() {
    return gelezenOp;
  }
}
