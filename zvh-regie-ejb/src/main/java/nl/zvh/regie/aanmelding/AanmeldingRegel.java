package nl.zvh.regie.aanmelding;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.casus.Triagebesluit;

/**
 * A referral in "Mijn aanmeldingen", with the triage's decision as the referrer is told it: the
 * route by which the ZVH took the case on, and the overlegtafel it was referred to.
 */
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
    boolean wijzigbaar,
    Triagebesluit.Route route,
    String overlegtafel)
    implements Serializable {}
