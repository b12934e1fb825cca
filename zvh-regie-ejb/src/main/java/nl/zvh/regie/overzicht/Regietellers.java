package nl.zvh.regie.overzicht;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What needs the procesregisseur today, counted in the database (no personal data): contacts due
 * (deadline today or passed) and overdue, the referrals on the agenda of the coming triage, and the
 * referrals with an uitvraag past its date.
 */
public record Regietellers(
    long contactNodig,
    long contactVerlopen,
    LocalDate triagedatum,
    long opAgenda,
    long uitvragenVerlopen)
    implements Serializable {}
