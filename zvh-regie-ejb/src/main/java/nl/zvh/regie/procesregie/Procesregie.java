package nl.zvh.regie.procesregie;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;
import nl.zvh.regie.overleg.Persoonkeuze;

/**
 * Procesregie of a case for the logged-in procesregisseur: escalating to a manager, closing,
 * reopening and the follow-up check. The role is checked here, the rules and the policy in the
 * services.
 */
@Stateless
@RolesAllowed("PROCESREGISSEUR")
public class Procesregie {

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Afsluitdienst afsluiten;
  @Inject private Opschalingsdienst opschalingen;

  public ProcesregieWeergave stand(long casusId) {
    return afsluiten.stand(huidigeGebruiker.vereist(), casusId);
  }

  public List<Persoonkeuze> managers() {
    return opschalingen.managers();
  }

  public long schaalOp(long casusId, Opschalingsinvoer invoer) {
    return opschalingen.schaalOp(huidigeGebruiker.vereist(), casusId, invoer);
  }

  public Afsluitformulier afsluitformulier(long casusId) {
    return afsluiten.formulier(huidigeGebruiker.vereist(), casusId);
  }

  public long sluitAf(long casusId, long versie, Afsluitinvoer invoer) {
    return afsluiten.sluitAf(huidigeGebruiker.vereist(), casusId, versie, invoer);
  }

  public void heropen(long afsluitingId, String reden) {
    afsluiten.heropen(huidigeGebruiker.vereist(), afsluitingId, reden);
  }

  public void legNazorgVast(long nazorgId, long versie, String uitkomst) {
    afsluiten.legNazorgVast(huidigeGebruiker.vereist(), nazorgId, versie, uitkomst);
  }
}
