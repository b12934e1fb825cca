package nl.zvh.web.gedeeld;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.zvh.regie.aanmelding.Pagina;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The model of a zvh:tabel with lazy="true" over a service that pages and sorts in the database:
 * one query for the page, one count. A sortable column's {@code field} is the name of a constant of
 * the service's sort enum; the page's own filters live in its bean and go into the question there.
 *
 * @param <T> the row
 * @param <S> the service's enum of sortable columns
 */
public final class Databaselijst<T, S extends Enum<S>> extends LazyDataModel<T> {

  /** The service's page: from the first row, so many rows, in this order (null: its default). */
  @FunctionalInterface
  public interface Paginabron<T, S> extends Serializable {
    Pagina<T> pagina(int eerste, int aantal, S sortering, boolean oplopend);
  }

  /** How many rows the page's filters find on all pages. */
  @FunctionalInterface
  public interface Teller extends Serializable {
    long tel();
  }

  /** The key of a row, for PrimeFaces' row state (expansion). */
  @FunctionalInterface
  public interface Sleutel<T> extends Serializable {
    Object van(T rij);
  }

  private final Class<S> sorteringen;
  private final Paginabron<T, S> bron;
  private final Teller teller;
  private final Sleutel<T> sleutel;

  public Databaselijst(
      Class<S> sorteringen, Paginabron<T, S> bron, Teller teller, Sleutel<T> sleutel) {
    this.sorteringen = sorteringen;
    this.bron = bron;
    this.teller = teller;
    this.sleutel = sleutel;
  }

  @Override
  public int count(Map<String, FilterMeta> filters) {
    return (int) teller.tel();
  }

  @Override
  public List<T> load(
      int eerste, int aantal, Map<String, SortMeta> sortering, Map<String, FilterMeta> filters) {
    SortMeta sorteer = sortering.values().stream().findFirst().orElse(null);
    boolean gesorteerd = sorteer != null && sorteer.getOrder() != SortOrder.UNSORTED;
    Pagina<T> pagina =
        bron.pagina(
            eerste,
            aantal,
            gesorteerd ? Enum.valueOf(sorteringen, sorteer.getField()) : null,
            gesorteerd && sorteer.getOrder() == SortOrder.ASCENDING);
    setRowCount((int) pagina.totaal());
    return pagina.rijen();
  }

  @Override
  public String getRowKey(T rij) {
    return String.valueOf(sleutel.van(rij));
  }

  @Override
  public T getRowData(String rijsleutel) {
    List<T> rijen = getWrappedData();
    return rijen == null
        ? null
        : rijen.stream().filter(r -> getRowKey(r).equals(rijsleutel)).findFirst().orElse(null);
  }
}
