package nl.zvh.regie.casus;

import java.io.Serializable;
import nl.zvh.domain.model.casus.CasusStatus;

/**
 * What the user asks of the case list: a part of the case number, a status, the order and the page.
 * Everything is done in the database.
 *
 * @param nummer a part of the case number, case-insensitive; null or blank: any
 * @param status only this status; null: any
 * @param sortering the column to order by
 * @param oplopend ascending when true
 * @param eerste the index of the first row of the page
 * @param aantal the page size (at most {@link #MAXIMAAL})
 */
public record Casuszoekvraag(
    String nummer,
    CasusStatus status,
    Sortering sortering,
    boolean oplopend,
    int eerste,
    int aantal)
    implements Serializable {

  public static final int MAXIMAAL = 200;

  /** The columns the list can be ordered by; each with its JPQL path (never the user's text). */
  public enum Sortering {
    NUMMER("c.nummer"),
    STATUS("c.status"),
    AANMELDER("c.aanmeldendeOrganisatie.naam"),
    AANGEMAAKT("c.aangemaaktOp");

    final String pad;

    Sortering(String pad) {
      this.pad = pad;
    }
  }

  public Casuszoekvraag {
    if (sortering == null) {
      sortering = Sortering.NUMMER;
    }
    nummer = nummer == null || nummer.isBlank() ? null : nummer.strip();
    eerste = Math.max(0, eerste);
    aantal = Math.max(1, Math.min(MAXIMAAL, aantal));
  }

  /** The newest cases first, the first page of the largest size: what the API gives. */
  public static Casuszoekvraag nieuwsteEerst() {
    return new Casuszoekvraag(null, null, Sortering.NUMMER, false, 0, MAXIMAAL);
  }
}
