package nl.zvh.regie.bericht;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The unread messages of a user over all cases whose thread they may read: per case the number and
 * the time of the newest, newest case first. Numbers and dates only: no personal data.
 */
public record Ongelezen(List<Casus> casussen) implements Serializable {

  /** The unread messages of one case. */
  public record Casus(long casusId, String casusnummer, long aantal, OffsetDateTime laatste)
      implements Serializable {}

  public static final Ongelezen GEEN = new Ongelezen(List.of());

  public long totaal() {
    return casussen.stream().mapToLong(Casus::aantal).sum();
  }
}
