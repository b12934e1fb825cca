package nl.zvh.domain.model.overleg;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One established (vastgesteld) version of an overleg's verslag. Never changed: a later change is a
 * new version, so every earlier one stays readable with who established it and when.
 */
@Entity
@Table(name = "overleg_verslagversie")
public class Verslagversie {

  @Id
  @SequenceGenerator(
      name = "overleg_verslagversie_seq",
      sequenceName = "overleg_verslagversie_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "overleg_verslagversie_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "overleg_id", nullable = false, updatable = false)
  private Overleg overleg;

  @Column(nullable = false, updatable = false)
  private int nummer;

  @Column(nullable = false, length = Overleg.MAX_VERSLAG, updatable = false)
  private String tekst;

  @Column(name = "vastgesteld_door", nullable = false, length = 60, updatable = false)
  private String vastgesteldDoor;

  @Column(name = "vastgesteld_op", nullable = false, updatable = false)
  private OffsetDateTime vastgesteldOp;

  protected Verslagversie() {}

  Verslagversie(
      Overleg overleg, int nummer, String tekst, String vastgesteldDoor, OffsetDateTime op) {
    this.overleg = overleg;
    this.nummer = nummer;
    this.tekst = tekst;
    this.vastgesteldDoor = vastgesteldDoor;
    this.vastgesteldOp = op;
  }

  public int getNummer() {
    return nummer;
  }

  public String getTekst() {
    return tekst;
  }

  public String getVastgesteldDoor() {
    return vastgesteldDoor;
  }

  public OffsetDateTime getVastgesteldOp() {
    return vastgesteldOp;
  }
}
