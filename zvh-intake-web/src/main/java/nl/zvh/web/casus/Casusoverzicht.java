package nl.zvh.web.casus;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.regie.aanmelding.Pagina;
import nl.zvh.regie.casus.CasusInzage;
import nl.zvh.regie.casus.CasusSamenvatting;
import nl.zvh.regie.casus.Casuszoekvraag;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The cases the user may open, a page at a time; search, filter and order happen in the database.
 * The filters are view parameters ({@code ?zoek=&status=}), so a start page can link to a filtered
 * list and the address keeps the filter.
 */
@Named
@ViewScoped
public class Casusoverzicht implements Serializable {

  @Inject private CasusInzage inzage;

  private String zoek;
  private CasusStatus status;
  private Lijst lijst;

  @PostConstruct
  void maak() {
    lijst = new Lijst();
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

  public Lijst getLijst() {
    return lijst;
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

  /** The lazy model PrimeFaces pages through: each page is one query and one count. */
  public class Lijst extends LazyDataModel<CasusSamenvatting> {

    @Override
    public int count(Map<String, FilterMeta> filters) {
      return (int) inzage.tel(vraag(0, 1, Map.of()));
    }

    @Override
    public List<CasusSamenvatting> load(
        int eerste, int aantal, Map<String, SortMeta> sortering, Map<String, FilterMeta> filters) {
      Pagina<CasusSamenvatting> pagina = inzage.casussen(vraag(eerste, aantal, sortering));
      setRowCount((int) pagina.totaal());
      return pagina.rijen();
    }

    @Override
    public String getRowKey(CasusSamenvatting casus) {
      return String.valueOf(casus.id());
    }

    private Casuszoekvraag vraag(int eerste, int aantal, Map<String, SortMeta> sortering) {
      SortMeta sorteer = sortering.values().stream().findFirst().orElse(null);
      if (sorteer == null || sorteer.getOrder() == SortOrder.UNSORTED) {
        return new Casuszoekvraag(zoek, status, null, false, eerste, aantal);
      }
      return new Casuszoekvraag(
          zoek,
          status,
          Casuszoekvraag.Sortering.valueOf(sorteer.getField()),
          sorteer.getOrder() == SortOrder.ASCENDING,
          eerste,
          aantal);
    }
  }
}
