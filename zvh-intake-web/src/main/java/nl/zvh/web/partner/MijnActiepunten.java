package nl.zvh.web.partner;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.zvh.regie.werklijst.ActiepuntRegel;
import nl.zvh.regie.werklijst.Actiepuntfilter;
import nl.zvh.regie.werklijst.Actiepuntvraag;
import nl.zvh.regie.werklijst.Toewijzing;
import nl.zvh.regie.werklijst.Werklijsten;
import nl.zvh.web.gedeeld.Databaselijst;

/**
 * "Mijn actiepunten": the established actiepunten of the user's organisation or assigned to the
 * user, a page at a time; filter, order and pages in the database. The filters are view parameters
 * ({@code ?filter=&wie=}), so the start page links to a filtered list and the address keeps it.
 */
@Named
@ViewScoped
public class MijnActiepunten implements Serializable {

  @Inject private Werklijsten werklijsten;

  private Actiepuntfilter filter;
  private Toewijzing wie;
  private Databaselijst<ActiepuntRegel, Actiepuntvraag.Sortering> lijst;

  @PostConstruct
  void maak() {
    lijst =
        new Databaselijst<>(
            Actiepuntvraag.Sortering.class,
            (eerste, aantal, sortering, oplopend) ->
                werklijsten.actiepunten(
                    new Actiepuntvraag(filter, wie, sortering, oplopend, eerste, aantal)),
            () -> werklijsten.tel(Actiepuntvraag.telling(filter, wie)),
            ActiepuntRegel::id);
  }

  public Actiepuntfilter[] getFilters() {
    return Actiepuntfilter.values();
  }

  public Toewijzing[] getToewijzingen() {
    return Toewijzing.values();
  }

  public Databaselijst<ActiepuntRegel, Actiepuntvraag.Sortering> getLijst() {
    return lijst;
  }

  public Actiepuntfilter getFilter() {
    return filter;
  }

  public void setFilter(Actiepuntfilter filter) {
    this.filter = filter;
  }

  public Toewijzing getWie() {
    return wie;
  }

  public void setWie(Toewijzing wie) {
    this.wie = wie;
  }
}
