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
    implements Serializable {}
