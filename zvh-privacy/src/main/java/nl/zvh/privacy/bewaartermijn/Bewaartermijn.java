package nl.zvh.privacy.bewaartermijn;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The rule: data of a closed case is kept up to and including the closing day plus the period, or
 * up to the date of its latest extension; the day after, it is destroyed.
 */
public record Bewaartermijn(Period periode) {

  public LocalDate bewarenTotEnMet(LocalDate afgeslotenOp, Optional<Verlenging> verlenging) {
    return verlenging.map(Verlenging::getBewarenTotEnMet).orElse(afgeslotenOp.plus(periode));
  }

  public boolean isVerlopen(LocalDate bewarenTotEnMet, LocalDate vandaag) {
    return vandaag.isAfter(bewarenTotEnMet);
  }
}
