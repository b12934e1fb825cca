package nl.zvh.regie.screening;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import nl.zvh.domain.model.gedeeld.Tijdzone;

/** Every morning, before the working day: the reminders of overdue uitvragen. */
@Singleton
public class UitvraagherinneringTaak {

  @Inject private Uitvraagherinneringen herinneringen;

  @Schedule(hour = "7", minute = "30", timezone = Tijdzone.ID, persistent = false)
  void elkeOchtend() {
    herinneringen.dagelijks();
  }
}
