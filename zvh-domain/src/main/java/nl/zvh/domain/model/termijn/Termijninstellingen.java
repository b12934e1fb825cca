package nl.zvh.domain.model.termijn;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalTime;
import nl.zvh.domain.model.gedeeld.Tijdzone;

/**
 * The settings of the weekly triage that a beheerder keeps: the day and hour before which a
 * referral goes to that week's triage, and the day of the triage. One row; the defaults are Monday
 * 12:00 and Tuesday, in Dutch time.
 */
@Entity
public class Termijninstellingen {

  /** The id of the one row. */
  public static final int ENIGE = 1;

  @Id private int id;

  @Version private long versie;

  @Enumerated(EnumType.STRING)
  @Column(name = "deadlinedag", nullable = false, length = 10)
  private DayOfWeek deadlinedag;

  @Column(name = "deadlinetijd", nullable = false)
  private LocalTime deadlinetijd;

  @Enumerated(EnumType.STRING)
  @Column(name = "triagedag", nullable = false, length = 10)
  private DayOfWeek triagedag;

  protected Termijninstellingen() {}

  public void wijzig(DayOfWeek deadlinedag, LocalTime deadlinetijd, DayOfWeek triagedag) {
    vereis(
        deadlinedag != null && deadlinetijd != null && triagedag != null,
        "Vul de dag en het tijdstip van de deadline en de dag van de triage in.");
    vereis(
        deadlinetijd.getSecond() == 0 && deadlinetijd.getNano() == 0,
        "Het tijdstip van de deadline is in hele minuten.");
    this.deadlinedag = deadlinedag;
    this.deadlinetijd = deadlinetijd;
    this.triagedag = triagedag;
  }

  public Triageplanning planning() {
    return new Triageplanning(deadlinedag, deadlinetijd, triagedag, Tijdzone.NEDERLAND);
  }

  public long getVersie() {
    return versie;
  }

  public DayOfWeek getDeadlinedag() {
    return deadlinedag;
  }

  public LocalTime getDeadlinetijd() {
    return deadlinetijd;
  }

  public DayOfWeek getTriagedag() {
    return triagedag;
  }
}
