package nl.zvh.regie.aanmelding;

/**
 * A referral was submitted (or completed and submitted again). Observed after the commit, so a
 * receipt goes out only for what was really saved.
 */
public record AanmeldingIngediend(String emailAanmelder, Ontvangstbevestiging bevestiging) {}
