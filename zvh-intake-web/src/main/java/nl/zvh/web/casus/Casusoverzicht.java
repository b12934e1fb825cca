package nl.zvh.web.casus;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.regie.casus.CasusInzage;
import nl.zvh.regie.casus.Casusrij;
import nl.zvh.regie.casus.Casuszoekvraag;
import nl.zvh.web.beveiliging.Gebruikersmenu;
import nl.zvh.web.gedeeld.Databaselijst;

/**
 * The cases the user may open, a page at a time; search, filter and order happen in the database.
 * The filters are view parameters ({@code ?zoek=&status=}), so a start page can link to a filtered
 * list and the address keeps the filter. For a partner this is "Mijn casussen": each case with the
 * organisation's role, the next overleg and its open actiepunten.
 */
@Named
@ViewScoped
public class Casusoverzicht implements Serializable {

  @Inject private CasusInzage inzage;
  @Inject private Gebruikersmenu gebruikersmenu;

  private String zoek;
  private CasusStatus status;
  private Databaselijst<Casusrij, Casuszoekvraag.Sortering> lijst;
  private boolean partner;

  @PostConstruct
  void maak() {
    partner = gebruikersmenu.getActor().heeftRol(Rol.KETENPARTNER);
    lijst =
        new Databaselijst<>(
            Casuszoekvraag.Sortering.class,
            (eerste, aantal, sortering, oplopend) ->
                inzage.casusrijen(
                    new Casuszoekvraag(zoek, status, sortering, oplopend, eerste, aantal)),
            () ->
                inzage.tel(
                    new Casuszoekvraag(zoek, status, null, false, 0, Casuszoekvraag.MAXIMAAL)),
            rij -> rij.casus().id());
  }

  /** Applies the filters by opening the list's own address with them. */
  public String filter() {
    return "/casus/index.xhtml?faces-redirect=true"
        + (zoek == null ? "" : "&zoek=" + URLEncoder.encode(zoek, StandardCharsets.UTF_8))
        + (status == null ? "" : "&status=" + status);
  }

  public CasusStatus[] getStatussen() {
    return CasusStatus.values();
  }

  public Databaselijst<Casusrij, Casuszoekvraag.Sortering> getLijst() {
    return lijst;
  }

  /** Whether the list is a partner's "Mijn casussen", with their part in each case. */
  public boolean isPartner() {
    return partner;
  }

  public String getZoek() {
    return zoek;
  }

  public void setZoek(String zoek) {
    this.zoek = zoek;
  }

  public CasusStatus getStatus() {
    return status;
  }

  public void setStatus(CasusStatus status) {
    this.status = status;
  }
}
