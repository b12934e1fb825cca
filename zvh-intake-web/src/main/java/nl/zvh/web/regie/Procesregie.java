package nl.zvh.web.regie;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.zvh.regie.procesregie.overzicht.Aandachtfilter;
import nl.zvh.regie.procesregie.overzicht.Komendoverleg;
import nl.zvh.regie.procesregie.overzicht.Openstaandenazorg;
import nl.zvh.regie.procesregie.overzicht.Procesregieoverzicht;
import nl.zvh.regie.procesregie.overzicht.Procesregieregel;
import nl.zvh.regie.procesregie.overzicht.Procesregievraag;
import nl.zvh.web.gedeeld.Databaselijst;

/**
 * "Lopende casussen": the procesregisseur's dashboard of running cases with what needs attention
 * per case, then the overleggen of the coming days and the follow-up checks that are due. Filter
 * and number are view parameters ({@code ?filter=&nummer=}), so the start page's count leads here
 * and the address keeps them; order and pages in the database.
 */
@Named
@ViewScoped
public class Procesregie implements Serializable {

  @Inject private Procesregieoverzicht overzicht;

  private Aandachtfilter filter;
  private String nummer;
  private Databaselijst<Procesregieregel, Procesregievraag.Sortering> lijst;
  private List<Komendoverleg> overleggen;
  private List<Openstaandenazorg> nazorg;
  private Integer contacttermijn;

  @PostConstruct
  void maak() {
    lijst =
        new Databaselijst<>(
            Procesregievraag.Sortering.class,
            (eerste, aantal, sortering, oplopend) ->
                overzicht.pagina(
                    new Procesregievraag(filter, nummer, sortering, oplopend, eerste, aantal)),
            () -> overzicht.tel(Procesregievraag.telling(filter, nummer)),
            Procesregieregel::casusId);
  }

  public Databaselijst<Procesregieregel, Procesregievraag.Sortering> getLijst() {
    return lijst;
  }

  public List<Komendoverleg> getOverleggen() {
    if (overleggen == null) {
      overleggen = overzicht.komendeOverleggen();
    }
    return overleggen;
  }

  public List<Openstaandenazorg> getNazorg() {
    if (nazorg == null) {
      nazorg = overzicht.openNazorg();
    }
    return nazorg;
  }

  /** After how many days without contact a case needs attention (the beheerder's setting). */
  public int getContacttermijn() {
    if (contacttermijn == null) {
      contacttermijn = overzicht.contacttermijnDagen();
    }
    return contacttermijn;
  }

  public Aandachtfilter[] getFilters() {
    return Aandachtfilter.values();
  }

  public Aandachtfilter getFilter() {
    return filter;
  }

  public void setFilter(Aandachtfilter filter) {
    this.filter = filter;
  }

  public String getNummer() {
    return nummer;
  }

  public void setNummer(String nummer) {
    this.nummer = nummer == null || nummer.length() > 20 ? null : nummer;
  }
}
