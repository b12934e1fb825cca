package nl.zvh.web.aanmelding;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.regie.aanmelding.AanmeldingRegel;
import nl.zvh.regie.aanmelding.Aanmeldingen;
import nl.zvh.regie.aanmelding.Lijstvraag;
import nl.zvh.regie.aanmelding.Pagina;
import nl.zvh.regie.aanmelding.Statusregel;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * "Mijn aanmeldingen": the referrals of the user's organisation, a page at a time; sorting and
 * filtering happen in the database. The status history of a row opens on request.
 */
@Named
@ViewScoped
public class MijnAanmeldingen implements Serializable {

  @Inject private Aanmeldingen aanmeldingen;

  private CasusStatus status;
  private String zoektekst;
  private String nummer;
  private Lijst lijst;

  @PostConstruct
  void maak() {
    lijst = new Lijst();
  }

  /** A number in the address bar (the link in the receipt e-mail) starts as the search. */
  public void laad() {
    if (nummer != null && nummer.matches("ZVH-\\d{4}-\\d{6}")) {
      zoektekst = nummer;
    }
  }

  public List<Statusregel> geschiedenis(long casusId) {
    return aanmeldingen.geschiedenis(casusId);
  }

  public CasusStatus[] getStatussen() {
    return CasusStatus.values();
  }

  public Lijst getLijst() {
    return lijst;
  }

  public CasusStatus getStatus() {
    return status;
  }

  public void setStatus(CasusStatus status) {
    this.status = status;
  }

  public String getZoektekst() {
    return zoektekst;
  }

  public void setZoektekst(String zoektekst) {
    this.zoektekst = zoektekst;
  }

  public String getNummer() {
    return nummer;
  }

  public void setNummer(String nummer) {
    this.nummer = nummer;
  }

  /** The lazy model PrimeFaces pages through: each page is one query. */
  public class Lijst extends LazyDataModel<AanmeldingRegel> {

    @Override
    public int count(Map<String, FilterMeta> filters) {
      return (int) aanmeldingen.telMijnAanmeldingen(vraag(0, 1, Map.of()));
    }

    @Override
    public List<AanmeldingRegel> load(
        int eerste, int aantal, Map<String, SortMeta> sortering, Map<String, FilterMeta> filters) {
      Pagina<AanmeldingRegel> pagina = pagina(eerste, aantal, sortering);
      setRowCount((int) pagina.totaal());
      return pagina.rijen();
    }

    @Override
    public String getRowKey(AanmeldingRegel regel) {
      return String.valueOf(regel.casusId());
    }

    @Override
    public AanmeldingRegel getRowData(String sleutel) {
      return getWrappedData() == null
          ? null
          : ((List<AanmeldingRegel>) getWrappedData())
              .stream().filter(r -> getRowKey(r).equals(sleutel)).findFirst().orElse(null);
    }

    private Pagina<AanmeldingRegel> pagina(
        int eerste, int aantal, Map<String, SortMeta> sortering) {
      return aanmeldingen.mijnAanmeldingen(vraag(eerste, aantal, sortering));
    }

    private Lijstvraag vraag(int eerste, int aantal, Map<String, SortMeta> sortering) {
      SortMeta sorteer = sortering.values().stream().findFirst().orElse(null);
      Lijstvraag.Sortering veld = null;
      boolean oplopend = false;
      if (sorteer != null && sorteer.getOrder() != SortOrder.UNSORTED) {
        veld = Lijstvraag.Sortering.valueOf(sorteer.getField());
        oplopend = sorteer.getOrder() == SortOrder.ASCENDING;
      }
      return new Lijstvraag(eerste, aantal, veld, oplopend, status, zoektekst);
    }
  }
}
