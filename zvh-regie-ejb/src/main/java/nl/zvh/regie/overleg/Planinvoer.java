package nl.zvh.regie.overleg;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.zvh.domain.model.plan.Actiepuntstatus;

/**
 * The concept of the plan van aanpak as the form holds it: a line without a number is new, a number
 * that is missing was removed.
 */
public record Planinvoer(List<Doel> doelen, List<Actiepunt> actiepunten, Long casusregisseurId)
    implements Serializable {

  public Planinvoer {
    doelen = doelen == null ? List.of() : List.copyOf(doelen);
    actiepunten = actiepunten == null ? List.of() : List.copyOf(actiepunten);
  }

  /** A doel of the form. */
  public record Doel(Integer nummer, String omschrijving) implements Serializable {}

  /** An actiepunt of the form. */
  public record Actiepunt(
      Integer nummer,
      String omschrijving,
      Long eigenaarId,
      Long persoonId,
      LocalDate deadline,
      Actiepuntstatus status)
      implements Serializable {

    /** A new line the user left empty: ignored, not refused. */
    boolean isLeeg() {
      return nummer == null
          && (omschrijving == null || omschrijving.isBlank())
          && eigenaarId == null
          && deadline == null;
    }
  }
}
