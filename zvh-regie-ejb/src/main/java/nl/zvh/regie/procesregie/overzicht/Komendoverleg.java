package nl.zvh.regie.procesregie.overzicht;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A planned overleg in the coming days, on the dashboard: the case, the overleg's number and time.
 */
public record Komendoverleg(
    long casusId,
    String casusnummer,
    long overlegId,
    int nummer,
    LocalDate datum,
    LocalTime begintijd)
    implements Serializable {}
