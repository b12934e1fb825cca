package nl.zvh.regie.aanmelding;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What the referrer gets at once on submitting: the registration number, when it was received, the
 * triage that discusses it, the day by which the ZVH makes contact, and whether the answers met the
 * criteria. No personal data of the betrokkene.
 */
public record Ontvangstbevestiging(
    String nummer,
    OffsetDateTime ontvangenOp,
    LocalDate triagedatum,
    LocalDate contactUiterlijk,
    boolean voldoetAanCriteria,
    boolean aanvulling)
    implements Serializable {}
