package nl.zvh.regie.uitvoering;

import java.io.Serializable;

/** A case whose carrying out needs the reader: its open signals and open escalations. */
public record Aandacht(long casusId, String nummer, long openSignalen, long openEscalaties)
    implements Serializable {}
