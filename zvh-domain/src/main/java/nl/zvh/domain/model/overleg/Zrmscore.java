package nl.zvh.domain.model.overleg;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;

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
import java.util.Optional;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.casus.Leefgebied;

/**
 * The score of one betrokkene on one leefgebied of the Zelfredzaamheid-Matrix at an overleg: 1
 * (acute) to 5 (fully self-reliant), about the last ~30 days, with an optional target score.
 */
@Entity
@Table(name = "overleg_zrmscore")
public class Zrmscore {

  public static final int LAAGST = 1;
  public static final int HOOGST = 5;

  @Id
  @SequenceGenerator(
      name = "overleg_zrmscore_seq",
      sequenceName = "overleg_zrmscore_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "overleg_zrmscore_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "overleg_id", nullable = false, updatable = false)
  private Overleg overleg;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "betrokkene_id", nullable = false, updatable = false)
  private Betrokkene betrokkene;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40, updatable = false)
  private Leefgebied leefgebied;

  @Column(nullable = false)
  private int score;

  @Column private Integer doelscore;

  protected Zrmscore() {}

  Zrmscore(Overleg overleg, Betrokkene betrokkene, Leefgebied leefgebied) {
    this.overleg = overleg;
    this.betrokkene = betrokkene;
    this.leefgebied = leefgebied;
  }

  void zet(int nieuweScore, Integer nieuweDoelscore) {
    vereis(
        nieuweScore >= LAAGST && nieuweScore <= HOOGST,
        "score",
        "Een score ligt tussen " + LAAGST + " en " + HOOGST + ".");
    vereis(
        nieuweDoelscore == null || (nieuweDoelscore >= LAAGST && nieuweDoelscore <= HOOGST),
        "doelscore",
        "Een doelscore ligt tussen " + LAAGST + " en " + HOOGST + ".");
    this.score = nieuweScore;
    this.doelscore = nieuweDoelscore;
  }

  boolean betreft(Betrokkene wie, Leefgebied waar) {
    return betrokkene.equals(wie) && leefgebied == waar;
  }

  public Overleg getOverleg() {
    return overleg;
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

  public Optional<Integer> getDoelscore() {
    return Optional.ofNullable(doelscore);
  }
}
