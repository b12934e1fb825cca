package nl.zvh.regie.overdracht;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/**
 * Handing over and leaving for the logged-in user: a partner hands actiepunten to a colleague and
 * announces the end of its organisation's involvement; the casusregisseur hands the casusregie
 * over; the procesregisseur appoints a new casusregisseur and may end an involvement, and sees the
 * cases that need a new casusregisseur. The role is checked here, the rules and the policy in the
 * services.
 */
@Stateless
@RolesAllowed({"PROCESREGISSEUR", "KETENPARTNER"})
public class Overdracht {

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Overdrachtdienst dienst;
  @Inject private Casusregiebewaking bewaking;

  public Overdrachtweergave weergave(long casusId) {
    return dienst.weergave(huidigeGebruiker.vereist(), casusId);
  }

  @RolesAllowed("KETENPARTNER")
  public void draagActiepuntOver(long casusId, int nummer, long versie, long collegaId) {
    dienst.draagActiepuntOver(huidigeGebruiker.vereist(), casusId, nummer, versie, collegaId);
  }

  @RolesAllowed("KETENPARTNER")
  public int draagEigenActiepuntenOver(long casusId, long collegaId) {
    return dienst.draagEigenActiepuntenOver(huidigeGebruiker.vereist(), casusId, collegaId);
  }

  public void draagCasusregieOver(long casusId, Long huidigeId, Long nieuweId) {
    dienst.draagCasusregieOver(huidigeGebruiker.vereist(), casusId, huidigeId, nieuweId);
  }

  public void beeindigDeelname(long deelnameId, String reden, LocalDate vanaf) {
    dienst.beeindigDeelname(huidigeGebruiker.vereist(), deelnameId, reden, vanaf);
  }

  /** Whether the case still has a working casusregisseur (for its header). */
  public Casusregiestand casusregiestand(long casusId) {
    return bewaking.stand(huidigeGebruiker.vereist(), casusId);
  }

  /** The cases in uitvoering that need a new casusregisseur. */
  @RolesAllowed("PROCESREGISSEUR")
  public List<CasusregieNodig> casusregisseurNodig() {
    return bewaking.casussen(huidigeGebruiker.vereist());
  }

  /** How many cases need a new casusregisseur (a count for the start page). */
  @RolesAllowed("PROCESREGISSEUR")
  public long aantalCasusregisseurNodig() {
    return bewaking.aantal();
  }

  /**
   * Of how many cases in uitvoering each user is the casusregisseur: the beheerder is warned before
   * deactivating one (no case numbers, no names).
   */
  @RolesAllowed("BEHEERDER")
  public Map<Long, Long> casusregiesPerGebruiker() {
    return bewaking.aantalPerRegisseur();
  }
}
