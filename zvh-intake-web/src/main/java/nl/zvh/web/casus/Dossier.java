package nl.zvh.web.casus;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import nl.zvh.domain.model.casus.InformatieItem;
import nl.zvh.domain.model.casus.Informatiecategorie;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.privacy.GeenToegang;
import nl.zvh.privacy.verstrekking.VerzoekTotVerstrekking;
import nl.zvh.regie.aanmelding.AanmeldingWeergave;
import nl.zvh.regie.casus.CasusDossier;
import nl.zvh.regie.casus.CasusInzage;
import nl.zvh.regie.privacy.Verstrekkingen;
import nl.zvh.web.gedeeld.Adres;
import nl.zvh.web.gedeeld.Berichten;
import nl.zvh.web.gedeeld.Bestandsdownload;
import nl.zvh.web.gedeeld.NederlandseDatum;

/**
 * The case workspace: one case as the user may see it, in tabs (overzicht, aanmelding, informatie,
 * overleggen, plan van aanpak, uitvoering, berichten, tijdlijn; the overleggen, the plan, its
 * carrying out and the message thread have beans of their own), and what they may do in it: add
 * information of their own organisation, share or stop sharing it, ask for provision. A case they
 * may not see answers "not found" (404), like a case that does not exist, so ids cannot be probed.
 */
@Named
@ViewScoped
public class Dossier implements Serializable {

  @Inject private CasusInzage inzage;
  @Inject private Berichten berichten;
  @Inject private FacesContext facesContext;
  @Inject private Verstrekkingen verstrekkingen;
  @Inject private Bestandsdownload download;

  /** The tabs of the workspace, in their order; the address names one ({@code ?tab=}). */
  public enum Tabblad {
    OVERZICHT,
    AANMELDING,
    INFORMATIE,
    OVERLEGGEN,
    PLAN,
    UITVOERING,
    /** Procesregie (issue 13): the procesregisseur's own sections; only they see this tab. */
    PROCESREGIE,
    BERICHTEN,
    TIJDLIJN;

    public String getSleutel() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** As typed in the address bar: anything that is not a case the user may see is not found. */
  private String id;

  /** As typed in the address bar; anything else than a tab's name opens the overview. */
  private String tab;

  private CasusDossier dossier;

  @NotNull(message = "{zvh.informatie.categorie.verplicht}")
  private Informatiecategorie categorie;

  private Long over;

  @NotBlank(message = "{zvh.informatie.inhoud.verplicht}")
  @Size(max = InformatieItem.MAX_INHOUD, message = "{zvh.tekst.te.lang}")
  private String inhoud;

  /** The item a request for provision is being written for; null when no such form is open. */
  private Long verzoekVoor;

  @NotBlank(message = "{zvh.verzoek.doel.verplicht}")
  @Size(max = VerzoekTotVerstrekking.MAX_TEKST, message = "{zvh.tekst.te.lang}")
  private String doel;

  @NotBlank(message = "{zvh.verzoek.grondslag.verplicht}")
  @Size(max = VerzoekTotVerstrekking.MAX_TEKST, message = "{zvh.tekst.te.lang}")
  private String grondslag;

  @NotBlank(message = "{zvh.verzoek.noodzaak.verplicht}")
  @Size(max = VerzoekTotVerstrekking.MAX_TEKST, message = "{zvh.tekst.te.lang}")
  private String noodzaak;

  /** Loads the case on the first GET of the page. */
  public void laad() {
    if (facesContext.isPostback()) {
      return;
    }
    if (!Adres.isId(id)) {
      nietGevonden();
      return;
    }
    try {
      dossier = inzage.lees(Long.parseLong(id));
    } catch (GeenToegang e) {
      nietGevonden();
    }
  }

  public Tabblad getTabblad() {
    for (Tabblad t : getTabbladen()) {
      if (t.getSleutel().equals(tab)) {
        return t;
      }
    }
    return Tabblad.OVERZICHT;
  }

  /**
   * What happens next with the case, in words, with the dates that apply when the user may see the
   * referral (its contact deadline and triage date).
   */
  public String getVolgendeStap() {
    AanmeldingWeergave aanmelding = dossier.aanmelding();
    return berichten.tekst(
        "dossier.volgende." + dossier.status(),
        aanmelding == null
            ? ""
            : berichten.tekst(
                "dossier.volgende.uiterlijk",
                NederlandseDatum.tekst(aanmelding.contactUiterlijk())),
        aanmelding == null
            ? ""
            : berichten.tekst(
                "dossier.volgende.van", NederlandseDatum.tekst(aanmelding.triagedatum())));
  }

  /** The tabs the user sees: the tab "Procesregie" only the procesregisseur. */
  public Tabblad[] getTabbladen() {
    boolean procesregisseur = facesContext.getExternalContext().isUserInRole("PROCESREGISSEUR");
    return Arrays.stream(Tabblad.values())
        .filter(t -> t != Tabblad.PROCESREGIE || procesregisseur)
        .toArray(Tabblad[]::new);
  }

  public void legVast() {
    try {
      inzage.legVast(dossier.id(), categorie, over, inhoud);
      berichten.info("dossier.informatie.vastgelegd");
      categorie = null;
      over = null;
      inhoud = null;
      dossier = inzage.lees(dossier.id());
    } catch (DomeinRegelGeschonden | GeenToegang e) {
      berichten.weigering(e);
    }
  }

  public void deel(long itemId, boolean delen) {
    try {
      inzage.wijzigDelen(itemId, delen);
      berichten.info(delen ? "dossier.gedeeld.melding" : "dossier.delen.ingetrokken");
    } catch (DomeinRegelGeschonden | GeenToegang e) {
      berichten.weigering(e);
    }
    dossier = inzage.lees(dossier.id());
  }

  /** Sends the file of an item the user may see; the download is logged as an export. */
  public void downloadBijlage(long itemId) throws IOException {
    try {
      CasusDossier.Bestand bestand = inzage.bijlage(itemId);
      download.lever(bestand.naam(), bestand.mediatype(), bestand.inhoud());
    } catch (GeenToegang e) {
      berichten.weigering(e);
    }
  }

  /** Reads the case again after a change made elsewhere on the page. */
  public void herlaad() {
    dossier = inzage.lees(dossier.id());
  }

  public void kiesVerzoek(long itemId) {
    verzoekVoor = itemId;
  }

  public void annuleerVerzoek() {
    verzoekVoor = null;
    doel = null;
    grondslag = null;
    noodzaak = null;
  }

  public void dienVerzoekIn() {
    try {
      verstrekkingen.dienIn(verzoekVoor, doel, grondslag, noodzaak);
      berichten.info("verzoek.ingediend");
      annuleerVerzoek();
    } catch (DomeinRegelGeschonden | GeenToegang e) {
      berichten.weigering(e);
    }
  }

  /** The page says the case was not found, with status 404. */
  private void nietGevonden() {
    facesContext.getExternalContext().setResponseStatus(404);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getTab() {
    return tab;
  }

  public void setTab(String tab) {
    this.tab = tab;
  }

  public CasusDossier getDossier() {
    return dossier;
  }

  public Long getVerzoekVoor() {
    return verzoekVoor;
  }

  public String getDoel() {
    return doel;
  }

  public void setDoel(String doel) {
    this.doel = doel;
  }

  public String getGrondslag() {
    return grondslag;
  }

  public void setGrondslag(String grondslag) {
    this.grondslag = grondslag;
  }

  public String getNoodzaak() {
    return noodzaak;
  }

  public void setNoodzaak(String noodzaak) {
    this.noodzaak = noodzaak;
  }

  public Informatiecategorie[] getCategorieen() {
    return Informatiecategorie.values();
  }

  public Informatiecategorie getCategorie() {
    return categorie;
  }

  public void setCategorie(Informatiecategorie categorie) {
    this.categorie = categorie;
  }

  public Long getOver() {
    return over;
  }

  public void setOver(Long over) {
    this.over = over;
  }

  public String getInhoud() {
    return inhoud;
  }

  public void setInhoud(String inhoud) {
    this.inhoud = inhoud;
  }
}
