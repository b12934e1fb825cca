package nl.zvh.regie.procesregie.overzicht;

import java.io.Serializable;
import java.time.LocalDate;

/** A follow-up check after closing that is due (or soon due), on the dashboard. */
public record Openstaandenazorg(long casusId, String casusnummer, long nazorgId, LocalDate gepland)
    implements Serializable {}
