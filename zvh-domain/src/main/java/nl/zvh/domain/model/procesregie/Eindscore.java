package nl.zvh.domain.model.procesregie;

import jakarta.persistence.Column;
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
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.casus.Leefgebied;

/** The final Zelfredzaamheid-Matrix score of one betrokkene on one leefgebied at closing. */
@Entity
@Table(name = "procesregie_eindscore")
public class Eindscore {

  @Id
  @SequenceGenerator(
      name = "procesregie_eindscore_seq",
      sequenceName = "procesregie_eindscore_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "procesregie_eindscore_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "afsluiting_id", nullable = false, updatable = false)
  private Afsluiting afsluiting;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "betrokkene_id", nullable = false, updatable = false)
  private Betrokkene betrokkene;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40, updatable = false)
  private Leefgebied leefgebied;

  @Column(nullable = false, updatable = false)
  private int score;

  protected Eindscore() {}

  Eindscore(Afsluiting afsluiting, Betrokkene betrokkene, Leefgebied leefgebied, int score) {
    this.afsluiting = afsluiting;
    this.betrokkene = betrokkene;
    this.leefgebied = leefgebied;
    this.score = score;
  }

  public Betrokkene getBetrokkene() {
    return betrokkene;
  }

  public Leefgebied getLeefgebied() {
    return leefgebied;
  }

  public int getScore() {
    return score;
  }
}
