package nl.zvh.regie.overzicht;

import java.io.Serializable;

/**
 * What waits for a partner's organisation, counted in the database (no personal data): uitvragen to
 * answer and those past their date, referrals the ZVH asked to complete, and concepts not yet
 * submitted; the established actiepunten still open for the organisation or the user, and those
 * past their date (the werklijsten part).
 */
public record Partnertellers(
    long openUitvragen,
    long verlopenUitvragen,
    long aanvullingen,
    long concepten,
    long openActiepunten,
    long teLaatActiepunten)
    implements Serializable {}
