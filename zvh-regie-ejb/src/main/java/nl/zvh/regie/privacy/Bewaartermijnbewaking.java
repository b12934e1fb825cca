package nl.zvh.regie.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/** The privacy officer's view of retention: what is due, extending one case, destroying now. */
@Stateless
@RolesAllowed("PRIVACY_OFFICER")
public class Bewaartermijnbewaking {

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Bewaartermijndienst dienst;

  public List<BewaarRegel> overzicht() {
    return dienst.overzicht(huidigeGebruiker.vereist());
  }

  public int maandenStandaard() {
    return dienst.maandenStandaard();
  }

  public void verleng(long casusId, LocalDate bewarenTotEnMet, String motivering) {
    dienst.verleng(huidigeGebruiker.vereist(), casusId, bewarenTotEnMet, motivering);
  }

  /** Runs the destruction now, as the daily job would; returns the number of cases destroyed. */
  public int vernietigNu() {
    return dienst.vernietigNu(huidigeGebruiker.vereist());
  }
}
