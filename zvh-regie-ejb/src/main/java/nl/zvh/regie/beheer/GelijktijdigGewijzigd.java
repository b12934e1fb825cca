package nl.zvh.regie.beheer;

import jakarta.ejb.ApplicationException;

/** Somebody else changed the record after the user opened it; nothing was saved. */
@ApplicationException(rollback = true)
public class GelijktijdigGewijzigd extends RuntimeException {

  public GelijktijdigGewijzigd(String wat) {
    super(
        wat
            + " is intussen door iemand anders gewijzigd. Uw wijziging is niet opgeslagen;"
            + " de actuele gegevens zijn opnieuw geladen.");
  }

  /** Refuses the change when the record's version is no longer the one the user saw. */
  public static void controleer(long gezieneVersie, long huidigeVersie, String wat) {
    if (gezieneVersie != huidigeVersie) {
      throw new GelijktijdigGewijzigd(wat);
    }
  }
}
