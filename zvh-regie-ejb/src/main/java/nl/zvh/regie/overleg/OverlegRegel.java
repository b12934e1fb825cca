package nl.zvh.regie.overleg;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.zvh.domain.model.overleg.Genodigde;
import nl.zvh.domain.model.overleg.Overleg;

/** An overleg in the list of a case: when, where, its state, and the reader's own answer. */
public record OverlegRegel(
    long id,
    int nummer,
    Overleg.Status status,
    LocalDate datum,
    LocalTime begin,
    LocalTime eind,
    String plaats,
    int genodigden,
    int komen,
    boolean verslagVastgesteld,
    Genodigde.Reactie eigenReactie)
    implements Serializable {

  /** ICO for the first, "Vervolg-ICO" for the others, in the words of the seeds. */
  public boolean isEerste() {
    return nummer == 1;
  }
}
