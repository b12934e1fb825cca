package nl.zvh.regie.koppeling;

import java.io.Serializable;

/**
 * A koppeling just issued, with its key in text form: shown to the BEHEERDER once, on the page that
 * issued it, and nowhere else (not stored, not logged).
 */
public record UitgegevenSleutel(KoppelingGegevens koppeling, String sleutel)
    implements Serializable {

  @Override
  public String toString() {
    return "UitgegevenSleutel[" + koppeling.naam() + "]";
  }
}
