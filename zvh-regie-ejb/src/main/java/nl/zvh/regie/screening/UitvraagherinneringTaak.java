package nl.zvh.regie.screening;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;

/** Every morning, before the working day: the reminders of overdue uitvragen. */
@Singleton
public class UitvraagherinneringTaak {

  private static final String NEDERLAND = "Europe/Amsterdam";

  @Inject private Uitvraagherinneringen herinneringen;

  @Schedule(hour = "7", minute = "30", timezone = NEDERLAND, persistent = false)
  void elkeOchtend() {
    herinneringen.dagelijks(LocalDate.now(ZoneId.of(NEDERLAND)));
  }
}
