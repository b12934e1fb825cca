package nl.zvh.regie.beveiliging;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import nl.zvh.domain.model.gedeeld.Tijdzone;

/**
 * Every night: the record of logins older than its retention period goes (BIO: a set period), and a
 * TOTP secret still stored unencrypted (from before encryption, or the demo's) is encrypted.
 */
@Singleton
public class InlogregistratieTaak {

  private static final Logger LOG = Logger.getLogger(InlogregistratieTaak.class.getName());

  @Inject private Inlogbewaking bewaking;
  @Inject private Inlogdienst inlogdienst;
  @Inject private Clock klok;

  @Schedule(hour = "2", minute = "45", timezone = Tijdzone.ID, persistent = false)
  void elkeNacht() {
    int verwijderd = bewaking.ruimOp(klok.instant());
    LOG.info(
        () ->
            verwijderd
                + " inloggebeurtenissen ouder dan "
                + bewaking.getBewaardagen()
                + " dagen verwijderd");
    int gesloten = inlogdienst.sluitOudeGeheimen();
    if (gesloten > 0) {
      LOG.info(() -> gesloten + " geheimen van de tweede stap versleuteld");
    }
  }
}
