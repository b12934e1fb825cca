package nl.zvh.domain.model.gedeeld;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules for typed and sent input that hold for every field, in the API and in the portal's
 * forms alike (issue 14, item 6): no control characters in text, and dates in a plausible range.
 * Each rule answers with the Dutch message to show next to the field, or empty when the input is
 * acceptable.
 */
public final class Invoerregels {

  /** The earliest plausible date: nobody the portal deals with was born before it. */
  public static final LocalDate VROEGSTE_DATUM = LocalDate.of(1900, 1, 1);

  /** How far ahead a date may lie (a deadline, a convenant's end, an overleg). */
  public static final int JAREN_VOORUIT = 20;

  private Invoerregels() {}

  /**
   * Text: no control characters (C0, U+0000 to U+001F, and DEL). In text of more than one line (a
   * textarea; a description in the API) tab, carriage return and line feed are allowed; NUL never.
   */
  public static Optional<String> tekst(String tekst, boolean meerdereRegels) {
    if (tekst == null) {
      return Optional.empty();
    }
    for (int i = 0; i < tekst.length(); i++) {
      char c = tekst.charAt(i);
      if (c < 0x20 || c == 0x7F) {
        if (meerdereRegels && (c == '\t' || c == '\r' || c == '\n')) {
          continue;
        }
        return Optional.of(
            meerdereRegels || c != '\t' && c != '\r' && c != '\n'
                ? "Bevat een onzichtbaar stuurteken (zoals NUL); verwijder het."
                : "Past op één regel: zonder tab of regelovergang.");
      }
    }
    return Optional.empty();
  }

  /** A date of birth: not before 1900 and not after today. */
  public static Optional<String> geboortedatum(LocalDate datum, LocalDate vandaag) {
    if (datum == null) {
      return Optional.empty();
    }
    if (datum.isBefore(VROEGSTE_DATUM)) {
      return Optional.of("De geboortedatum ligt vóór 1900; controleer het jaar.");
    }
    if (datum.isAfter(vandaag)) {
      return Optional.of("De geboortedatum ligt in de toekomst.");
    }
    return Optional.empty();
  }

  /** Any other date: from 1900 up to twenty years from today. */
  public static Optional<String> datum(LocalDate datum, LocalDate vandaag) {
    if (datum == null) {
      return Optional.empty();
    }
    if (datum.isBefore(VROEGSTE_DATUM)) {
      return Optional.of("Deze datum ligt vóór 1900; controleer het jaar.");
    }
    if (datum.isAfter(vandaag.plusYears(JAREN_VOORUIT))) {
      return Optional.of(
          "Deze datum ligt meer dan " + JAREN_VOORUIT + " jaar vooruit; controleer het jaar.");
    }
    return Optional.empty();
  }
}
