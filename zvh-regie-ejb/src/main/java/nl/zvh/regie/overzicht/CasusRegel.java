package nl.zvh.regie.overzicht;

import java.io.Serializable;
import java.time.OffsetDateTime;
import nl.zvh.domain.model.casus.CasusStatus;

/** One case in an overview: its number, status and creation time; no personal data. */
public record CasusRegel(long id, String nummer, CasusStatus status, OffsetDateTime aangemaaktOp)
    implements Serializable {}
