package nl.zvh.domain.model.gedeeld;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A burgerservicenummer: nine digits that pass the elfproef (9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a
 * multiple of 11, and not all zeros). Held only where the referring partner may share it.
 */
@Embeddable
public class Bsn {

  @Column(name = "bsn", length = 9)
  private String nummer;

  protected Bsn() {}

  public Bsn(String nummer) {
    vereis(
        isGeldig(nummer),
        "Het BSN is ongeldig: het moet uit 9 cijfers bestaan en de elfproef doorstaan.");
    this.nummer = nummer;
  }

  /** The elfproef for a BSN; accepts exactly nine digits. */
  public static boolean isGeldig(String kandidaat) {
    if (kandidaat == null || !kandidaat.matches("\\d{9}")) {
      return false;
    }
    int som = 0;
    for (int i = 0; i < 8; i++) {
      som += (9 - i) * (kandidaat.charAt(i) - '0');
    }
    som -= kandidaat.charAt(8) - '0';
    return som != 0 && som % 11 == 0;
  }

  public String getNummer() {
    return nummer;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bsn other && Objects.equals(nummer, other.nummer);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(nummer);
  }

  /** Never prints the number itself: a BSN must not end up in logs. */
  @Override
  public String toString() {
    return "Bsn[***]";
  }
}
