package nl.zvh.domain.model.plan;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;
import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.verplicht;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A goal the partners set for the case in the ICO. */
@Entity
@Table(name = "plan_doel")
public class Doel {

  public static final int MAX_OMSCHRIJVING = 2000;

  @Id
  @SequenceGenerator(name = "plan_doel_seq", sequenceName = "plan_doel_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_doel_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "plan_id", nullable = false, updatable = false)
  private PlanVanAanpak plan;

  /** Its number within the plan, the same in every version. */
  @Column(nullable = false, updatable = false)
  private int nummer;

  @Column(nullable = false, length = MAX_OMSCHRIJVING)
  private String omschrijving;

  protected Doel() {}

  Doel(PlanVanAanpak plan, int nummer, String omschrijving) {
    this.plan = plan;
    this.nummer = nummer;
    wijzig(omschrijving);
  }

  final void wijzig(String tekst) {
    String doel = verplicht(tekst, "doel", "Beschrijf het doel.");
    vereis(
        doel.length() <= MAX_OMSCHRIJVING,
        "doel",
        "Te lang: ten hoogste " + MAX_OMSCHRIJVING + " tekens.");
    this.omschrijving = doel;
  }

  public Long getId() {
    return id;
  }

  public int getNummer() {
    return nummer;
  }

  public String getOmschrijving() {
    return omschrijving;
  }
}
