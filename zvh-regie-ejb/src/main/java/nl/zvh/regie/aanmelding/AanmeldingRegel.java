package nl.zvh.regie.aanmelding;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.zvh.domain.model.casus.CasusStatus;

/** A referral in "Mijn aanmeldingen". */
public record AanmeldingRegel(
    long casusId,
    String nummer,
    CasusStatus status,
    String betrokkenen,
    String aanmelder,
    OffsetDateTime aangemaaktOp,
    OffsetDateTime ingediendOp,
    LocalDate triagedatum,
    Boolean voldoetAanCriteria,
    boolean wijzigbaar)
    implements Serializable {}
