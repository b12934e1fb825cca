package nl.zvh.regie.uitvoering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import nl.zvh.domain.model.plan.Terugkoppeling;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/**
 * Carrying out the plan for the logged-in user: the owners report back and partners signal; the
 * casusregisseur steers, reminds and escalates; the procesregisseur sees it all and records the
 * outcome of an escalation. The role is checked here, the rules and the policy in the service.
 */
@Stateless
@RolesAllowed({"PROCESREGISSEUR", "KETENPARTNER"})
public class Uitvoering {

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Uitvoeringsdienst dienst;

  public UitvoeringWeergave stand(long casusId) {
    return dienst.stand(huidigeGebruiker.vereist(), casusId);
  }

  public List<Aandacht> aandacht() {
    return dienst.aandacht(huidigeGebruiker.vereist());
  }

  public ActiepuntWeergave actiepunt(long actiepuntId) {
    return dienst.actiepunt(huidigeGebruiker.vereist(), actiepuntId);
  }

  @RolesAllowed("KETENPARTNER")
  public void koppelTerug(long actiepuntId, long versie, Terugkoppeling.Soort soort, String tekst) {
    dienst.koppelTerug(huidigeGebruiker.vereist(), actiepuntId, versie, soort, tekst);
  }

  @RolesAllowed("KETENPARTNER")
  public void meldSignaal(long casusId, String tekst) {
    dienst.meldSignaal(huidigeGebruiker.vereist(), casusId, tekst);
  }

  public void handelSignaalAf(long signaalId, long versie, String hoe) {
    dienst.handelSignaalAf(huidigeGebruiker.vereist(), signaalId, versie, hoe);
  }

  public void herinner(long actiepuntId) {
    dienst.herinner(huidigeGebruiker.vereist(), actiepuntId);
  }

  @RolesAllowed("KETENPARTNER")
  public long schaalOp(long casusId, String reden, String gevraagd, List<Long> signaalIds) {
    return dienst.schaalOp(huidigeGebruiker.vereist(), casusId, reden, gevraagd, signaalIds);
  }

  @RolesAllowed("PROCESREGISSEUR")
  public void handelEscalatieAf(long escalatieId, long versie, String uitkomst) {
    dienst.handelEscalatieAf(huidigeGebruiker.vereist(), escalatieId, versie, uitkomst);
  }
}
