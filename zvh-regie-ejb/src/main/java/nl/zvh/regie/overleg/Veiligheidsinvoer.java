package nl.zvh.regie.overleg;

import java.io.Serializable;
import java.time.LocalDate;
import nl.zvh.domain.model.overleg.Veiligheidscheck;

/**
 * The safety check as filled in, and whether the betrokkene is to be invited; without an outcome
 * only the invitation changes (a check recorded earlier stays).
 */
public record Veiligheidsinvoer(
    String afgestemdMet,
    LocalDate afgestemdOp,
    Veiligheidscheck.Uitkomst uitkomst,
    String toelichting,
    boolean betrokkeneUitnodigen)
    implements Serializable {

  /** Whether nothing of the check itself was filled in: only the invitation is asked. */
  boolean isZonderCheck() {
    return (afgestemdMet == null || afgestemdMet.isBlank())
        && afgestemdOp == null
        && uitkomst == null
        && (toelichting == null || toelichting.isBlank());
  }
}
