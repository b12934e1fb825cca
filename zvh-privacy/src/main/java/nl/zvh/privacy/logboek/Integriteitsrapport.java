package nl.zvh.privacy.logboek;

import java.io.Serializable;

/**
 * The outcome of an integrity check of the log: how many records were checked and, if the chain is
 * broken, the number of the first broken record and what is wrong with it.
 */
public record Integriteitsrapport(long gecontroleerd, Long eersteGebroken, String bevinding)
    implements Serializable {

  static Integriteitsrapport intact(long gecontroleerd) {
    return new Integriteitsrapport(gecontroleerd, null, "De keten is intact.");
  }

  static Integriteitsrapport gebroken(long gecontroleerd, long volgnummer, String bevinding) {
    return new Integriteitsrapport(gecontroleerd, volgnummer, bevinding);
  }

  public boolean isIntact() {
    return eersteGebroken == null;
  }
}
