package nl.zvh.domain.model.termijn;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;
import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.verplicht;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A day the government declared equal to a public holiday by decree (the Friday after Ascension
 * Day, for example); kept by a beheerder, it is no working day.
 */
@Entity
@Table(name = "besluit_feestdag")
@NamedQuery(
    name = "BesluitFeestdag.alle",
    query = "select f from BesluitFeestdag f order by f.datum")
public class BesluitFeestdag {

  public static final int MAX_OMSCHRIJVING = 200;

  @Id private LocalDate datum;

  @Column(name = "omschrijving", nullable = false, length = MAX_OMSCHRIJVING)
  private String omschrijving;

  protected BesluitFeestdag() {}

  public BesluitFeestdag(LocalDate datum, String omschrijving) {
    vereis(datum != null, "Vul de datum in.");
    this.datum = datum;
    this.omschrijving = verplicht(omschrijving, "Vul de omschrijving van het besluit in.");
    vereis(
        this.omschrijving.length() <= MAX_OMSCHRIJVING,
        "Te lang: ten hoogste " + MAX_OMSCHRIJVING + " tekens.");
  }

  public LocalDate getDatum() {
    return datum;
  }

  public String getOmschrijving() {
    return omschrijving;
  }
}
