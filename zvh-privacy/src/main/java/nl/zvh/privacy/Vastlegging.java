package nl.zvh.privacy;

import java.util.ArrayList;
import java.util.List;
import nl.zvh.domain.model.casus.Betrokkene;

/**
 * What the work of a {@link Handeling} tells the log beyond what the gate knows by itself: that it
 * touched only some betrokkenen, or which objects it made. The gate writes the record; the work
 * only narrows or adds to it.
 */
public final class Vastlegging {

  private List<Long> betrokkenen;
  private final List<String> objecten = new ArrayList<>();
  private boolean geenVerwerking;

  Vastlegging() {}

  /** The work processed only these betrokkenen, not all of the object's. */
  public Vastlegging betreft(List<Betrokkene> alleenDeze) {
    return betreftIds(alleenDeze.stream().map(Betrokkene::getId).toList());
  }

  /** The same, by internal id (for work that reads ids, or destroys the betrokkenen it names). */
  public Vastlegging betreftIds(List<Long> alleenDeze) {
    betrokkenen = List.copyOf(alleenDeze);
    return this;
  }

  /** Names a further object the work touched or made, for example {@code item:40}. */
  public Vastlegging object(String object) {
    objecten.add(object);
    return this;
  }

  /** The work processed no personal data after all (a request refused, say): no record. */
  public Vastlegging geenVerwerking() {
    geenVerwerking = true;
    return this;
  }

  boolean isGeenVerwerking() {
    return geenVerwerking;
  }

  List<Long> betrokkenen(List<Long> standaard) {
    return betrokkenen == null ? standaard : betrokkenen;
  }

  String objecten(String standaard) {
    List<String> alle = new ArrayList<>();
    if (!standaard.isEmpty()) {
      alle.add(standaard);
    }
    alle.addAll(objecten);
    return String.join(" ", alle);
  }
}
