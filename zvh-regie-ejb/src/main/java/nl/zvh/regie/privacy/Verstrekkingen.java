package nl.zvh.regie.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import nl.zvh.privacy.verstrekking.VerzoekTotVerstrekking;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/**
 * Requests to use another organisation's information outside the overleg: a partner files one, the
 * privacy officer decides with a motivation, and both the requester and the source see the outcome
 * in their portal. A granted request is a provision of data, and logged as one.
 */
@Stateless
public class Verstrekkingen {

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Verstrekkingsdienst dienst;

  @RolesAllowed("KETENPARTNER")
  public long dienIn(long itemId, String doel, String grondslag, String noodzaak) {
    return dienst.dienIn(huidigeGebruiker.vereist(), itemId, doel, grondslag, noodzaak);
  }

  /** The requests the partner's organisation filed, and those about its information. */
  @RolesAllowed("KETENPARTNER")
  public List<VerzoekTotVerstrekking> vanEigenOrganisatie() {
    return dienst.vanEigenOrganisatie(huidigeGebruiker.vereist());
  }

  /** All requests, the undecided ones first, oldest first. */
  @RolesAllowed("PRIVACY_OFFICER")
  public List<VerzoekTotVerstrekking> wachtrij() {
    return dienst.wachtrij(huidigeGebruiker.vereist());
  }

  /** How many requests wait for a decision, counted in the database (for the start page). */
  @RolesAllowed("PRIVACY_OFFICER")
  public long aantalOpen() {
    return dienst.aantalOpen(huidigeGebruiker.vereist());
  }

  @RolesAllowed("PRIVACY_OFFICER")
  public VerzoekTotVerstrekking lees(long id) {
    return dienst.lees(huidigeGebruiker.vereist(), id);
  }

  @RolesAllowed("PRIVACY_OFFICER")
  public VerzoekTotVerstrekking beoordeel(
      long id, long versie, boolean toekennen, String motivering) {
    return dienst.beoordeel(huidigeGebruiker.vereist(), id, versie, toekennen, motivering);
  }
}
