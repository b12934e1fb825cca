package nl.zvh.regie.overdracht;

import java.io.Serializable;

/** A case in uitvoering that needs a new casusregisseur: its number and why; no names. */
public record CasusregieNodig(long casusId, String nummer, Casusregiestand stand)
    implements Serializable {}
