package nl.zvh.regie.procesregie.overzicht;

import java.io.Serializable;

/**
 * One page of the dashboard: filtered on what needs attention and on (part of) a case number,
 * sorted on a column, from a row, so many rows. The database does all of it.
 */
public record Procesregievraag(
    Aandachtfilter filter,
    String zoektekst,
    Sortering sortering,
    boolean oplopend,
    int eerste,
    int aantal)
    implements Serializable {

  public static final int MAXIMAAL_PER_PAGINA = 100;

  public Procesregievraag {
    eerste = Math.max(0, eerste);
    aantal = Math.min(Math.max(1, aantal), MAXIMAAL_PER_PAGINA);
    if (sortering == null) {
      sortering = Sortering.NUMMER;
      oplopend = true;
    }
    zoektekst = zoektekst == null || zoektekst.isBlank() ? null : zoektekst.strip();
  }

  /** A question only for counting. */
  public static Procesregievraag telling(Aandachtfilter filter, String zoektekst) {
    return new Procesregievraag(filter, zoektekst, null, true, 0, 1);
  }

  /** The columns the dashboard sorts on, each a column of the view (never user text). */
  public enum Sortering {
    NUMMER("v.nummer"),
    CASUSREGISSEUR("v.casusregisseur"),
    /** The day of the last contact (or since the case went in uitvoering): the longest first. */
    CONTACT("v.contact_peil"),
    SINDS("v.sinds"),
    DEADLINE("v.oudste_deadline");

    final String kolom;

    Sortering(String kolom) {
      this.kolom = kolom;
    }
  }
}
