package nl.zvh.regie.overzicht;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/** The figures on the start pages: counts for ZVH staff, the own referrals for a partner. */
@Stateless
public class Startoverzicht {

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Startoverzichtdienst dienst;

  /** How many cases are in each status (every status present, zero where none). */
  @RolesAllowed({"PROCESREGISSEUR", "MANAGER", "PRIVACY_OFFICER", "BEHEERDER"})
  public Map<CasusStatus, Long> aantallenPerStatus() {
    return dienst.aantallenPerStatus();
  }

  /** The latest referrals of the partner's own organisation. */
  @RolesAllowed("KETENPARTNER")
  public List<CasusRegel> recenteAanmeldingenVanEigenOrganisatie() {
    return dienst.recenteAanmeldingenVanEigenOrganisatie(huidigeGebruiker.vereist());
  }

  /** What waits for the partner's organisation: uitvragen, aanvullingen, concepts. */
  @RolesAllowed("KETENPARTNER")
  public Partnertellers partnertellers() {
    return dienst.partnertellers(huidigeGebruiker.vereist());
  }

  /** What needs the procesregisseur: contacts due, the coming triage, overdue uitvragen. */
  @RolesAllowed("PROCESREGISSEUR")
  public Regietellers regietellers() {
    return dienst.regietellers();
  }
}
