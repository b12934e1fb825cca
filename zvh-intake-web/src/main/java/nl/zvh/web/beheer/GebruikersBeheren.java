package nl.zvh.web.beheer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.regie.beheer.GebruikerBeheer;
import nl.zvh.regie.beheer.GebruikerGegevens;
import nl.zvh.regie.beheer.Gebruikersfilter;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;
import nl.zvh.regie.beheer.NietGevonden;
import nl.zvh.regie.beheer.OngeldigeInvoer;
import nl.zvh.regie.beheer.OrganisatieBeheer;
import nl.zvh.regie.beheer.OrganisatieGegevens;
import nl.zvh.regie.overdracht.Overdracht;
import nl.zvh.web.gedeeld.Berichten;

/**
 * The list of users and the forms to add or change one, (de)activate it or give it a new password.
 * On a conflict the current state is loaded and shown; nothing is overwritten.
 */
@Named
@ViewScoped
public class GebruikersBeheren implements Serializable {

  @Inject private GebruikerBeheer beheer;
  @Inject private OrganisatieBeheer organisatieBeheer;
  @Inject private Berichten berichten;

  private List<GebruikerGegevens> gebruikers;
  private List<OrganisatieGegevens> organisaties;
  private GebruikerGegevens bewerkt;
  private GebruikerGegevens wachtwoordVoor;
  private String nieuwWachtwoord;

  private Gebruikersfilter filter = Gebruikersfilter.ALLE;

  @Inject private Overdracht overdracht;
  private Map<Long, Long> casusregies;

  /** The list, kept to the filter; once per view (viewAction) and after each change. */
  public void laad() {
    gebruikers = beheer.alle(filter);
    casusregies = null;
    organisaties = organisatieBeheer.alle();
  }

  /** What deactivating this account means, naming it: asked before it is deactivated. */
  public String deactiveringsvraag(GebruikerGegevens gebruiker) {
    String vraag =
        berichten.tekst(
            "gebruiker.deactiveren.vraag", gebruiker.getGebruikersnaam(), gebruiker.getNaam());
    long regies = casusregies().getOrDefault(gebruiker.getId(), 0L);
    return regies == 0
        ? vraag
        : vraag + " " + berichten.tekst("gebruiker.deactiveren.casusregie", regies);
  }

  /** Of how many cases each user is the casusregisseur: once per view and after each change. */
  private Map<Long, Long> casusregies() {
    if (casusregies == null) {
      casusregies = overdracht.casusregiesPerGebruiker();
    }
    return casusregies;
  }

  public Gebruikersfilter getFilter() {
    return filter;
  }

  /** The view parameter {@code filter} (from the start page); empty or unknown: all accounts. */
  public void setFilter(Gebruikersfilter filter) {
    this.filter = filter == null ? Gebruikersfilter.ALLE : filter;
  }

  public Gebruikersfilter[] getFilters() {
    return Gebruikersfilter.values();
  }

  public void nieuw() {
    sluitFormulieren();
    bewerkt = new GebruikerGegevens();
  }

  public void bewerk(long id) {
    sluitFormulieren();
    bewerkt = beheer.lees(id);
  }

  public void kiesWachtwoord(long id) {
    sluitFormulieren();
    wachtwoordVoor = beheer.lees(id);
  }

  public void sluitFormulieren() {
    bewerkt = null;
    wachtwoordVoor = null;
    nieuwWachtwoord = null;
  }

  public void bewaar() {
    voerUit(
        () -> bewerkt.isNieuw() ? beheer.maakAan(bewerkt, nieuwWachtwoord) : beheer.wijzig(bewerkt),
        "gebruiker.bewaard");
  }

  public void stelWachtwoordIn() {
    voerUit(
        () ->
            beheer.stelWachtwoordIn(
                wachtwoordVoor.getId(), wachtwoordVoor.getVersie(), nieuwWachtwoord),
        "gebruiker.wachtwoord.ingesteld");
  }

  /** What resetting the second factor means, naming the account: asked before it is done. */
  public String tweedefactorvraag(GebruikerGegevens gebruiker) {
    return berichten.tekst(
        "gebruiker.tweedefactor.vraag", gebruiker.getGebruikersnaam(), gebruiker.getNaam());
  }

  /** For a lost phone without recovery codes: the user enrols again at the next login. */
  public void herstelTweedeFactor(GebruikerGegevens gebruiker) {
    voerUit(
        () -> beheer.herstelTweedeFactor(gebruiker.getId(), gebruiker.getVersie()),
        "gebruiker.tweedefactor.hersteld");
  }

  public void zetActief(GebruikerGegevens gebruiker, boolean actief) {
    voerUit(
        () -> beheer.zetActief(gebruiker.getId(), gebruiker.getVersie(), actief),
        actief ? "gebruiker.geactiveerd" : "gebruiker.gedeactiveerd");
  }

  private void voerUit(Supplier<GebruikerGegevens> actie, String succesSleutel) {
    try {
      GebruikerGegevens resultaat = actie.get();
      berichten.info(succesSleutel, resultaat.getGebruikersnaam());
      sluitFormulieren();
      laad();
    } catch (GelijktijdigGewijzigd | NietGevonden e) {
      berichten.weigering(e);
      Long openGebruiker = bewerkt != null && !bewerkt.isNieuw() ? bewerkt.getId() : null;
      sluitFormulieren();
      laad();
      if (openGebruiker != null && e instanceof GelijktijdigGewijzigd) {
        bewerkt = beheer.lees(openGebruiker); // show the current state in the open form
      }
    } catch (DomeinRegelGeschonden | OngeldigeInvoer e) {
      berichten.weigering(e);
    }
  }

  public List<GebruikerGegevens> getGebruikers() {
    return gebruikers;
  }

  public List<OrganisatieGegevens> getOrganisaties() {
    return organisaties;
  }

  public Rol[] getRollen() {
    return Rol.values();
  }

  public GebruikerGegevens getBewerkt() {
    return bewerkt;
  }

  public GebruikerGegevens getWachtwoordVoor() {
    return wachtwoordVoor;
  }

  public String getNieuwWachtwoord() {
    return nieuwWachtwoord;
  }

  public void setNieuwWachtwoord(String nieuwWachtwoord) {
    this.nieuwWachtwoord = nieuwWachtwoord;
  }
}
