package nl.zvh.web.beveiliging;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.privacy.Actor;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/** The logged-in user in the page header: name, organisation, menu of their role, logout. */
@Named
@RequestScoped
public class Gebruikersmenu {

  /** A menu entry: the outcome (view id) and the key of its text in the bundle. */
  public record Menuitem(String pagina, String tekstsleutel) {}

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private ExternalContext externalContext;

  public Actor getActor() {
    return huidigeGebruiker.vereist();
  }

  public String getStartpagina() {
    return huidigeGebruiker.actor().map(a -> Startpagina.van(a.rol())).orElse(Startpagina.INLOGGEN);
  }

  public List<Menuitem> getMenu() {
    Rol rol = getActor().rol();
    Menuitem start = new Menuitem(Startpagina.van(rol), "menu.start");
    return switch (rol) {
      case BEHEERDER ->
          List.of(
              start,
              new Menuitem("/beheer/organisaties.xhtml", "menu.organisaties"),
              new Menuitem("/beheer/gebruikers.xhtml", "menu.gebruikers"),
              new Menuitem("/beheer/termijnen.xhtml", "menu.termijnen"),
              new Menuitem("/beheer/inlogbeveiliging.xhtml", "menu.inlogbeveiliging"));
      case KETENPARTNER ->
          List.of(
              start,
              new Menuitem("/partner/aanmelden.xhtml", "menu.aanmelden"),
              new Menuitem("/partner/aanmeldingen.xhtml", "menu.aanmeldingen"),
              new Menuitem("/partner/uitvragen.xhtml", "menu.uitvragen"),
              new Menuitem("/casus/index.xhtml", "menu.mijn.casussen"),
              new Menuitem("/partner/actiepunten.xhtml", "menu.mijn.actiepunten"),
              // Berichten (issue 12): the cases with unread messages, the count next to it.
              new Menuitem("/casus/berichten.xhtml", "menu.berichten"),
              new Menuitem("/partner/verzoeken.xhtml", "menu.verzoeken"));
      case PROCESREGISSEUR ->
          List.of(
              start,
              new Menuitem("/regie/werkvoorraad.xhtml", "menu.werkvoorraad"),
              new Menuitem("/regie/triage.xhtml", "menu.triage"),
              new Menuitem("/casus/index.xhtml", "menu.casussen"),
              // Berichten (issue 12): the cases with unread messages, the count next to it.
              new Menuitem("/casus/berichten.xhtml", "menu.berichten"),
              // Procesregie (issue 13): the running cases and what needs attention.
              new Menuitem("/regie/procesregie.xhtml", "menu.procesregie"));
      case PRIVACY_OFFICER ->
          List.of(
              start,
              new Menuitem("/privacy/logboek.xhtml", "menu.logboek"),
              new Menuitem("/privacy/verzoeken.xhtml", "menu.verzoeken"),
              new Menuitem("/privacy/betrokkenen.xhtml", "menu.betrokkenen"),
              new Menuitem("/privacy/bewaartermijn.xhtml", "menu.bewaren"));
      case MANAGER ->
          List.of(
              start,
              // Procesregie (issue 13): the escalations addressed to the manager.
              new Menuitem("/manager/opschalingen.xhtml", "menu.opschalingen"),
              // Managementcijfers (issue 13, item 6).
              new Menuitem("/manager/cijfers.xhtml", "menu.cijfers"));
    };
  }

  /** The start page of the logged-in user, or the login page: used by the root of the portal. */
  public String doorsturen() {
    return getStartpagina() + "?faces-redirect=true";
  }

  public void uitloggen() throws ServletException, IOException {
    HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
    request.logout();
    HttpSession sessie = request.getSession(false);
    if (sessie != null) {
      sessie.invalidate();
    }
    externalContext.redirect(
        externalContext.getRequestContextPath() + Startpagina.INLOGGEN + "?uitgelogd=true");
  }
}
