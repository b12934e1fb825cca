package nl.zvh.regie.termijn;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import nl.zvh.domain.model.termijn.Termijninstellingen;

/**
 * The triage settings as the beheer screen shows and edits them, with the version that was read.
 */
public class TermijnGegevens implements Serializable {

  private long versie;

  @NotNull(message = "{zvh.termijn.deadlinedag.verplicht}")
  private DayOfWeek deadlinedag;

  @NotNull(message = "{zvh.termijn.deadlinetijd.verplicht}")
  private LocalTime deadlinetijd;

  @NotNull(message = "{zvh.termijn.triagedag.verplicht}")
  private DayOfWeek triagedag;

  public static TermijnGegevens van(Termijninstellingen instellingen) {
    TermijnGegevens gegevens = new TermijnGegevens();
    gegevens.versie = instellingen.getVersie();
    gegevens.deadlinedag = instellingen.getDeadlinedag();
    gegevens.deadlinetijd = instellingen.getDeadlinetijd();
    gegevens.triagedag = instellingen.getTriagedag();
    return gegevens;
  }

  public long getVersie() {
    return versie;
  }

  public DayOfWeek getDeadlinedag() {
    return deadlinedag;
  }

  public void setDeadlinedag(DayOfWeek deadlinedag) {
    this.deadlinedag = deadlinedag;
  }

  public LocalTime getDeadlinetijd() {
    return deadlinetijd;
  }

  public void setDeadlinetijd(LocalTime deadlinetijd) {
    this.deadlinetijd = deadlinetijd;
  }

  public DayOfWeek getTriagedag() {
    return triagedag;
  }

  public void setTriagedag(DayOfWeek triagedag) {
    this.triagedag = triagedag;
  }
}
