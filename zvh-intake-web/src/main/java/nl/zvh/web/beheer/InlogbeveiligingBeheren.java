package nl.zvh.web.beheer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import nl.zvh.regie.beheer.Inlogoverzicht;
import nl.zvh.regie.beheer.Inlogoverzicht.Blokkade;
import nl.zvh.regie.beheer.Inlogoverzicht.Instellingen;
import nl.zvh.regie.beheer.Inlogoverzicht.Rij;
import nl.zvh.regie.beheer.Inlogoverzicht.Soortfilter;
import nl.zvh.web.gedeeld.Berichten;
import nl.zvh.web.gedeeld.Databaselijst;
import nl.zvh.web.gedeeld.NederlandseTijd;

/**
 * The beheerder's page of logins ({@code beheer/inlogbeveiliging.xhtml}): what is blocked now, the
 * failed and refused attempts and the changes of second factors and passwords (filter and name in
 * the address: {@code ?filter=&naam=}), and the settings of the lockout.
 */
@Named
@ViewScoped
public class InlogbeveiligingBeheren implements Serializable {

  static final String FORMULIER = "instellingen";

  /** The list has one order, newest first; Databaselijst wants an enum of sortable columns. */
  public enum Volgorde {
    TIJDSTIP
  }

  @Inject private Inlogoverzicht overzicht;
  @Inject private Berichten berichten;

  private Soortfilter filter = Soortfilter.MISLUKT;
  private String naam;
  private Databaselijst<Rij, Volgorde> lijst;
  private List<Blokkade> blokkades;

  private long versie;
  private Integer pogingenPerAccount;
  private Integer pogingenPerAdres;
  private Integer vensterMinuten;
  private Integer blokkadeMinuten;

  @PostConstruct
  void maak() {
    lijst =
        new Databaselijst<>(
            Volgorde.class,
            (eerste, aantal, sortering, oplopend) ->
                overzicht.gebeurtenissen(filter, naam, eerste, aantal),
            () -> overzicht.aantal(filter, naam),
            Rij::id);
    toon(overzicht.instellingen());
  }

  private void toon(Instellingen instellingen) {
    versie = instellingen.versie();
    pogingenPerAccount = instellingen.pogingenPerAccount();
    pogingenPerAdres = instellingen.pogingenPerAdres();
    vensterMinuten = instellingen.vensterMinuten();
    blokkadeMinuten = instellingen.blokkadeMinuten();
  }

  /** Saves; a refused value keeps what was typed, with the message next to its field. */
  public void bewaar() {
    if (!berichten.voerUit(
        () ->
            toon(
                overzicht.wijzig(
                    versie, pogingenPerAccount, pogingenPerAdres, vensterMinuten, blokkadeMinuten)),
        "inlogbeveiliging.bewaard",
        FORMULIER)) {
      Instellingen huidig = overzicht.instellingen();
      if (huidig.versie() != versie) {
        toon(huidig);
      }
    }
    blokkades = null;
  }

  public List<Blokkade> getBlokkades() {
    if (blokkades == null) {
      blokkades = overzicht.blokkades();
    }
    return blokkades;
  }

  /** A moment in Dutch local time. */
  public int getBewaardagen() {
    return overzicht.bewaardagen();
  }

  public String tijd(Instant moment) {
    return NederlandseTijd.tekst(moment);
  }

  public Databaselijst<Rij, Volgorde> getLijst() {
    return lijst;
  }

  public Soortfilter[] getFilters() {
    return Soortfilter.values();
  }

  public Soortfilter getFilter() {
    return filter;
  }

  public void setFilter(Soortfilter filter) {
    this.filter = filter == null ? Soortfilter.MISLUKT : filter;
  }

  public String getNaam() {
    return naam;
  }

  public void setNaam(String naam) {
    this.naam = naam == null || naam.isBlank() ? null : naam.strip();
  }

  public Integer getPogingenPerAccount() {
    return pogingenPerAccount;
  }

  public void setPogingenPerAccount(Integer pogingenPerAccount) {
    this.pogingenPerAccount = pogingenPerAccount;
  }

  public Integer getPogingenPerAdres() {
    return pogingenPerAdres;
  }

  public void setPogingenPerAdres(Integer pogingenPerAdres) {
    this.pogingenPerAdres = pogingenPerAdres;
  }

  public Integer getVensterMinuten() {
    return vensterMinuten;
  }

  public void setVensterMinuten(Integer vensterMinuten) {
    this.vensterMinuten = vensterMinuten;
  }

  public Integer getBlokkadeMinuten() {
    return blokkadeMinuten;
  }

  public void setBlokkadeMinuten(Integer blokkadeMinuten) {
    this.blokkadeMinuten = blokkadeMinuten;
  }
}
