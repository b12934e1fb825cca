package nl.zvh.regie.aanmelding;

import java.io.Serializable;
import nl.zvh.domain.model.casus.CasusStatus;

/**
 * One page of "Mijn aanmeldingen": from which row, how many, sorted on what, and filtered on status
 * and on a text (part of the number or a betrokkene's surname). The database does all of it.
 */
public record Lijstvraag(
    int eerste,
    int aantal,
    Sortering sortering,
    boolean oplopend,
    CasusStatus status,
    String zoektekst)
    implements Serializable {

  public static final int MAXIMAAL_PER_PAGINA = 100;

  public Lijstvraag {
    eerste = Math.max(0, eerste);
    aantal = Math.min(Math.max(1, aantal), MAXIMAAL_PER_PAGINA);
    sortering = sortering == null ? Sortering.AANGEMAAKT : sortering;
    zoektekst = zoektekst == null || zoektekst.isBlank() ? null : zoektekst.strip();
  }

  /** The columns the list can be sorted on, each a path in the query (never user text). */
  public enum Sortering {
    NUMMER("c.nummer"),
    STATUS("c.status"),
    AANGEMAAKT("c.aangemaaktOp"),
    INGEDIEND("a.ingediendOp"),
    TRIAGEDATUM("a.triagedatum");

    final String pad;

    Sortering(String pad) {
      this.pad = pad;
    }
  }
}
