package nl.zvh.domain.model.casus;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import nl.zvh.domain.model.organisatie.Organisatie;

/**
 * An organisation taking part in a case, from a day until (optionally) the day its involvement
 * ended. Its users may see the case only while it takes part (need to know).
 */
@Entity
@Table(name = "casus_deelname")
public class Deelname {

  @Id
  @SequenceGenerator(name = "deelname_seq", sequenceName = "deelname_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deelname_seq")
  private Long id;

  @Version private long versie;

  @ManyToOne(optional = false)
  @JoinColumn(name = "casus_id", nullable = false, updatable = false)
  private Casus casus;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organisatie_id", nullable = false, updatable = false)
  private Organisatie organisatie;

  @Column(nullable = false, updatable = false)
  private LocalDate sinds;

  @Column private LocalDate tot;

  protected Deelname() {}

  Deelname(Casus casus, Organisatie organisatie, LocalDate sinds) {
    vereis(organisatie != null, "De deelnemende organisatie is verplicht.");
    vereis(sinds != null, "De datum van deelname is verplicht.");
    this.casus = casus;
    this.organisatie = organisatie;
    this.sinds = sinds;
  }

  void beeindig(LocalDate dag) {
    vereis(tot == null, "De deelname is al beëindigd.");
    vereis(dag != null && !dag.isBefore(sinds), "Een deelname kan niet eindigen vóór zij begon.");
    this.tot = dag;
  }

  public boolean isActiefOp(LocalDate dag) {
    return !dag.isBefore(sinds) && (tot == null || !dag.isAfter(tot));
  }

  public Organisatie getOrganisatie() {
    return organisatie;
  }

  public LocalDate getSinds() {
    return sinds;
  }

  public LocalDate getTot() {
    return tot;
  }
}
