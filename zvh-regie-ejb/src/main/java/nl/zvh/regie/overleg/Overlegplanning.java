package nl.zvh.regie.overleg;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.zvh.domain.model.overleg.Overlegmoment;

/** What the procesregisseur fills in to plan or change an overleg. */
public record Overlegplanning(
    LocalDate datum,
    LocalTime begin,
    LocalTime eind,
    String locatie,
    String vergaderlink,
    Long voorzitterId,
    String agenda,
    List<Long> genodigden)
    implements Serializable {

  public Overlegplanning {
    genodigden = genodigden == null ? List.of() : List.copyOf(genodigden);
  }

  Overlegmoment moment() {
    return new Overlegmoment(datum, begin, eind, locatie, vergaderlink);
  }
}
