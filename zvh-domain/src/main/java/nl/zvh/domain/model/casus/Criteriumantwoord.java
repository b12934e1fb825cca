package nl.zvh.domain.model.casus;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** The referrer's answer to one criterion, with the explanation the ZVH weighs. */
@Embeddable
public class Criteriumantwoord {

  @Column(name = "voldaan")
  private Boolean voldaan;

  @Column(name = "toelichting", length = Aanmelding.MAX_TOELICHTING)
  private String toelichting;

  protected Criteriumantwoord() {}

  public Criteriumantwoord(Boolean voldaan, String toelichting) {
    this.voldaan = voldaan;
    this.toelichting = Aanmelding.tekstOfNull(toelichting, Aanmelding.MAX_TOELICHTING);
  }

  public Boolean getVoldaan() {
    return voldaan;
  }

  public String getToelichting() {
    return toelichting;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Criteriumantwoord a
        && Objects.equals(voldaan, a.voldaan)
        && Objects.equals(toelichting, a.toelichting);
  }

  @Override
  public int hashCode() {
    return Objects.hash(voldaan, toelichting);
  }
}
