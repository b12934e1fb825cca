package nl.zvh.regie.overleg;

import java.io.Serializable;
import java.util.List;

/** The overleggen of a case, and whether the reader may plan the next one now. */
public record Overleglijst(List<OverlegRegel> regels, boolean magPlannen) implements Serializable {}
