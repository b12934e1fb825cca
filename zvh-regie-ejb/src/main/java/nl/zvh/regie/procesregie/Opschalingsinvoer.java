package nl.zvh.regie.procesregie;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the procesregisseur writes for the manager: the question, why, what has been tried, by when
 * an answer is needed and to which manager; optionally the casusregisseur's escalation it takes up.
 */
public record Opschalingsinvoer(
    Long escalatieId,
    String vraag,
    String reden,
    String geprobeerd,
    LocalDate antwoordUiterlijk,
    Long managerId)
    implements Serializable {}
