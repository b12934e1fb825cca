package nl.zvh.regie.casus;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.zvh.domain.model.casus.Informatiecategorie;
import nl.zvh.privacy.Verwerkingspoort;
import nl.zvh.regie.aanmelding.Pagina;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/**
 * A case as a participant or procesregisseur sees it, through the {@link Verwerkingspoort}: a case
 * that does not exist and a case the user may not see give the same answer, so ids cannot be
 * probed.
 */
@Stateless
@RolesAllowed({"KETENPARTNER", "PROCESREGISSEUR"})
public class CasusInzage {

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Casusdienst dienst;

  /**
   * A page of the cases the user may open: all for a procesregisseur, the own ones for a partner.
   */
  public Pagina<CasusSamenvatting> casussen(Casuszoekvraag vraag) {
    return dienst.casussen(huidigeGebruiker.vereist(), vraag);
  }

  /** The same page, for a partner with where each case stands for their organisation. */
  public Pagina<Casusrij> casusrijen(Casuszoekvraag vraag) {
    return dienst.casusrijen(huidigeGebruiker.vereist(), vraag);
  }

  /** How many cases the question finds on all pages. */
  public long tel(Casuszoekvraag vraag) {
    return dienst.tel(huidigeGebruiker.vereist(), vraag);
  }

  public CasusDossier lees(long casusId) {
    return dienst.lees(huidigeGebruiker.vereist(), casusId);
  }

  /** Records information of the user's own organisation in the case. */
  public void legVast(
      long casusId, Informatiecategorie categorie, Long betrokkeneId, String inhoud) {
    dienst.legVast(huidigeGebruiker.vereist(), casusId, categorie, betrokkeneId, inhoud);
  }

  /** The source shares its item with the participants, or withdraws that consent. */
  public void wijzigDelen(long itemId, boolean delen) {
    dienst.wijzigDelen(huidigeGebruiker.vereist(), itemId, delen);
  }

  /** The file of an item the user may see; downloading it is logged as an export. */
  public CasusDossier.Bestand bijlage(long itemId) {
    return dienst.bijlage(huidigeGebruiker.vereist(), itemId);
  }
}
