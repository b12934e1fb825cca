package nl.zvh.regie.overleg;

import java.io.Serializable;
import nl.zvh.domain.model.casus.Leefgebied;

/** A ZRM score as filled in; no score removes one. */
public record Scoreinvoer(
    long betrokkeneId, Leefgebied leefgebied, Integer score, Integer doelscore)
    implements Serializable {}
