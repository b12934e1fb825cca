package nl.zvh.regie.overleg;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.zvh.domain.model.overleg.Overlegmoment;

/**
 * What the procesregisseur fills in to plan or change an overleg. A follow-up overleg of a case in
 * uitvoering also says why it comes back and that the casusregisseur agreed (re-agendering).
 */
public record Overlegplanning(
    LocalDate datum,
    LocalTime begin,
    LocalTime eind,
    String locatie,
    String vergaderlink,
    Long voorzitterId,
    String agenda,
    List<Long> genodigden,
    String heragenderingReden,
    boolean akkoordCasusregisseur)
    implements Serializable {

  public Overlegplanning {
    genodigden = genodigden == null ? List.of() : List.copyOf(genodigden);
  }

  /** An overleg that is not a follow-up decision (the first ICO, or a change). */
  public Overlegplanning(
      LocalDate datum,
      LocalTime begin,
      LocalTime eind,
      String locatie,
      String vergaderlink,
      Long voorzitterId,
      String agenda,
      List<Long> genodigden) {
    this(datum, begin, eind, locatie, vergaderlink, voorzitterId, agenda, genodigden, null, false);
  }

  Overlegmoment moment() {
    return new Overlegmoment(datum, begin, eind, locatie, vergaderlink);
  }
}
