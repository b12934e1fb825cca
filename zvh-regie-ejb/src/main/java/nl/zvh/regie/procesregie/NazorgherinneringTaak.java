package nl.zvh.regie.procesregie;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import nl.zvh.domain.model.gedeeld.Tijdzone;

/** Every morning, before the working day: the reminders of follow-up checks that are due. */
@Singleton
public class NazorgherinneringTaak {

  @Inject private Nazorgherinneringen herinneringen;

  @Schedule(hour = "7", minute = "40", timezone = Tijdzone.ID, persistent = false)
  void elkeOchtend() {
    herinneringen.dagelijks();
  }
}
