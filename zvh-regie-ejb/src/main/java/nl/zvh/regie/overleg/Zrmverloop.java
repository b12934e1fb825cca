package nl.zvh.regie.overleg;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.zvh.domain.model.casus.Leefgebied;

/**
 * The ZRM scores of a case over its overleggen: per betrokkene, per leefgebied, the score at each
 * overleg (null where none was given) and the last target score.
 */
public record Zrmverloop(List<Meting> metingen, List<Persoon> personen) implements Serializable {

  /** An overleg at which was scored. */
  public record Meting(int overlegNummer, LocalDate datum) implements Serializable {}

  /** The scores of one betrokkene. */
  public record Persoon(long betrokkeneId, String naam, List<Reeks> reeksen)
      implements Serializable {}

  /** One leefgebied: a score per meting, in the order of the metingen. */
  public record Reeks(Leefgebied leefgebied, List<Integer> scores, Integer doelscore)
      implements Serializable {

    /** The change from the first score to the last, if scored at least twice. */
    public Integer verschil() {
      List<Integer> gegeven = scores.stream().filter(s -> s != null).toList();
      return gegeven.size() < 2 ? null : gegeven.get(gegeven.size() - 1) - gegeven.get(0);
    }
  }

  public boolean isLeeg() {
    return personen.isEmpty();
  }
}
