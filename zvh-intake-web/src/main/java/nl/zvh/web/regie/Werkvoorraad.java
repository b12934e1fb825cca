package nl.zvh.web.regie;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.zvh.regie.screening.Screening;
import nl.zvh.regie.screening.WerkvoorraadRegel;
import nl.zvh.regie.screening.Werkvoorraadfilter;

/**
 * The procesregisseur's work queue of new and running referrals; the filter in the address (from a
 * count on the start page) shows only what needs attention: contacts due or overdue, overdue
 * uitvragen.
 */
@Named
@ViewScoped
public class Werkvoorraad implements Serializable {

  @Inject private Screening screening;

  private Werkvoorraadfilter filter;
  private List<WerkvoorraadRegel> regels;

  /** Reads the queue once the view parameter is set. */
  public void laad() {
    regels = screening.werkvoorraad(filter);
  }

  public List<WerkvoorraadRegel> getRegels() {
    return regels;
  }

  public Werkvoorraadfilter getFilter() {
    return filter;
  }

  public void setFilter(Werkvoorraadfilter filter) {
    this.filter = filter;
  }

  public Werkvoorraadfilter[] getFilters() {
    return Werkvoorraadfilter.values();
  }
}
