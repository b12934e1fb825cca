package nl.zvh.regie.procesregie;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.zvh.domain.model.casus.Leefgebied;
import nl.zvh.domain.model.procesregie.Resultaat;

/**
 * What the procesregisseur fills in to close a case: the result, an explanation, that the
 * casusregisseur agreed, a final score per betrokkene and leefgebied, and the day of the follow-up
 * check (none when empty).
 */
public record Afsluitinvoer(
    Resultaat resultaat,
    String toelichting,
    boolean akkoordCasusregisseur,
    List<Score> scores,
    LocalDate nazorgOp)
    implements Serializable {

  /** One final score; empty while not filled in. */
  public record Score(long betrokkeneId, Leefgebied leefgebied, Integer score)
      implements Serializable {}

  public Afsluitinvoer {
    scores = scores == null ? List.of() : List.copyOf(scores);
  }
}
