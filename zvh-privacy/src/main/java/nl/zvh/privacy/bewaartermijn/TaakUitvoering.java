package nl.zvh.privacy.bewaartermijn;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * When a scheduled job last ran. Every portal instance fires the (non-persistent) timer; the one
 * that locks this row first and finds today not yet done runs the job, the others skip it. So a job
 * runs once a day, and still runs when an instance is down.
 */
@Entity
@Table(name = "taak_uitvoering")
public class TaakUitvoering {

  @Id
  @Column(length = 60)
  private String taak;

  @Column(name = "laatste_dag")
  private LocalDate laatsteDag;

  protected TaakUitvoering() {}

  public boolean isGedaanOp(LocalDate dag) {
    return dag.equals(laatsteDag);
  }

  public void gedaanOp(LocalDate dag) {
    this.laatsteDag = dag;
  }
}
