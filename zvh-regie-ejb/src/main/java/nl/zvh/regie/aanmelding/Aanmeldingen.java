package nl.zvh.regie.aanmelding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/**
 * A partner refers a case: saves a concept as often as they like, submits it when complete, gets a
 * receipt, completes it when the ZVH asks, and follows their organisation's referrals. The portal
 * and the API both come here, so the same role check, rules, policy and log apply to both; the
 * logged-in user is the actor of every call.
 */
@Stateless
@RolesAllowed("KETENPARTNER")
public class Aanmeldingen {

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Aanmeldingsdienst dienst;

  /** The referral to go on with, as its form; only while the referrer may still change it. */
  public AanmeldingFormulier lees(long casusId) {
    return dienst.lees(huidigeGebruiker.vereist(), casusId);
  }

  /** What the saved referral still lacks before it can be submitted. */
  public List<String> ontbreekt(long casusId) {
    return dienst.ontbreekt(huidigeGebruiker.vereist(), casusId);
  }

  /** Saves the form as a concept (a new one the first time); returns the case id. */
  public long bewaarConcept(AanmeldingFormulier formulier) {
    return dienst.bewaarConcept(huidigeGebruiker.vereist(), formulier);
  }

  /**
   * Saves and submits the referral, which must be complete; the receipt mail follows the commit.
   */
  public Ontvangstbevestiging dienIn(AanmeldingFormulier formulier) {
    return dienst.dienIn(huidigeGebruiker.vereist(), formulier);
  }

  /** The receipt of a referral of the user's organisation, to show again after the redirect. */
  public Ontvangstbevestiging bevestiging(String nummer) {
    return dienst.bevestiging(huidigeGebruiker.vereist(), nummer);
  }

  /** A referral of the user's organisation by its number, with its status history. */
  public AanmeldingWeergave weergave(String nummer) {
    return dienst.weergave(huidigeGebruiker.vereist(), nummer);
  }

  /** "Mijn aanmeldingen": a page of the referrals of the user's organisation. */
  public Pagina<AanmeldingRegel> mijnAanmeldingen(Lijstvraag vraag) {
    return dienst.mijnAanmeldingen(huidigeGebruiker.vereist(), vraag);
  }

  /** How many referrals of the user's organisation match the filters (no personal data). */
  public long telMijnAanmeldingen(Lijstvraag vraag) {
    return dienst.telMijnAanmeldingen(huidigeGebruiker.vereist(), vraag);
  }

  /** The status history of a referral of the user's organisation. */
  public List<Statusregel> geschiedenis(long casusId) {
    return dienst.geschiedenis(huidigeGebruiker.vereist(), casusId);
  }

  /** The convenant partners a referral can propose to invite. */
  public List<PartnerKeuze> partnerorganisaties() {
    return dienst.partnerorganisaties();
  }
}
