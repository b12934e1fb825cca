package nl.zvh.domain.model.triage;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import nl.zvh.domain.model.casus.Casus;

/** One referral on the agenda of a triage. */
@Entity
@Table(name = "triage_agendapunt")
public class Agendapunt {

  @Id
  @SequenceGenerator(
      name = "triage_agendapunt_seq",
      sequenceName = "triage_agendapunt_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "triage_agendapunt_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "triageoverleg_id", nullable = false, updatable = false)
  private Triageoverleg overleg;

  @ManyToOne(optional = false)
  @JoinColumn(name = "casus_id", nullable = false, updatable = false)
  private Casus casus;

  protected Agendapunt() {}

  Agendapunt(Triageoverleg overleg, Casus casus) {
    this.overleg = overleg;
    this.casus = casus;
  }

  public Casus getCasus() {
    return casus;
  }
}
