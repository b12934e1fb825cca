package nl.zvh.regie.privacy;

import java.io.Serializable;
import java.time.LocalDate;

/** A closed case and how long its data is kept; no personal data. */
public record BewaarRegel(
    long casusId,
    String nummer,
    LocalDate afgeslotenOp,
    LocalDate bewarenTotEnMet,
    boolean verlopen,
    String verlengingsmotivering)
    implements Serializable {}
