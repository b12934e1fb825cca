package nl.zvh.regie.casus;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.gedeeld.Bsn;

/**
 * Finds, for a set of cases, the betrokkenen of other open or recent cases with the same BSN or the
 * same name and date of birth. Three queries for the whole set (per 500 values): by BSN, by date of
 * birth, and which of the closed other cases changed within the year. A work queue of hundreds of
 * referrals is compared at once instead of a few queries per betrokkene (see BekendheidBenchmark).
 * It reads; logging what it read is the caller's part ({@link Bekendheid}).
 */
public final class Bekendheidsvergelijking {

  /** A case that ended longer ago than this no longer counts as "recent". */
  private static final int RECENT_MAANDEN = 12;

  private static final int PER_QUERY = 500;
  private static final Set<CasusStatus> OPEN =
      EnumSet.of(
          CasusStatus.AANGEMELD,
          CasusStatus.IN_SCREENING,
          CasusStatus.AANVULLING_GEVRAAGD,
          CasusStatus.GEAGENDEERD_VOOR_TRIAGE,
          CasusStatus.OPGEPAKT,
          CasusStatus.IN_UITVOERING);

  private final EntityManager em;

  public Bekendheidsvergelijking(EntityManager em) {
    this.em = em;
  }

  /** A betrokkene of one of the cases, and the same person in another open or recent case. */
  public record Treffer(Betrokkene eigen, Betrokkene ander) {

    public boolean opBsn() {
      return eigen.getBsn().isPresent() && eigen.getBsn().equals(ander.getBsn());
    }
  }

  /** The matches per case id; every case given has an entry, empty when nothing matched. */
  public Map<Long, List<Treffer>> vergelijk(Collection<Casus> casussen, OffsetDateTime nu) {
    List<Betrokkene> eigen = casussen.stream().flatMap(c -> c.getBetrokkenen().stream()).toList();
    Map<String, List<Betrokkene>> opBsn =
        zoek(
                "Betrokkene.metBsnIn",
                "bsns",
                eigen.stream().flatMap(b -> b.getBsn().stream()).map(Bsn::getNummer))
            .collect(Collectors.groupingBy(b -> b.getBsn().orElseThrow().getNummer()));
    Map<LocalDate, List<Betrokkene>> opGeboortedatum =
        zoek("Betrokkene.geborenOpEenVan", "data", eigen.stream().map(Betrokkene::getGeboortedatum))
            .collect(Collectors.groupingBy(Betrokkene::getGeboortedatum));

    Map<Betrokkene, List<Betrokkene>> kandidaten = new LinkedHashMap<>();
    for (Betrokkene betrokkene : eigen) {
      Stream<Betrokkene> zelfdeBsn =
          betrokkene.getBsn().stream()
              .flatMap(bsn -> opBsn.getOrDefault(bsn.getNummer(), List.of()).stream());
      Stream<Betrokkene> zelfdeNaam =
          opGeboortedatum.getOrDefault(betrokkene.getGeboortedatum(), List.of()).stream()
              .filter(ander -> zelfdeNaam(betrokkene, ander));
      kandidaten.put(
          betrokkene,
          Stream.concat(zelfdeBsn, zelfdeNaam)
              .distinct()
              .filter(ander -> !ander.getCasus().getId().equals(betrokkene.getCasus().getId()))
              .filter(ander -> ander.getCasus().getNummer() != null)
              .toList());
    }
    Set<Long> recent =
        recentGewijzigd(
            kandidaten.values().stream()
                .flatMap(List::stream)
                .map(Betrokkene::getCasus)
                .filter(c -> !OPEN.contains(c.getStatus())),
            nu.minusMonths(RECENT_MAANDEN));

    Map<Long, List<Treffer>> treffers = new LinkedHashMap<>();
    casussen.forEach(c -> treffers.put(c.getId(), new ArrayList<>()));
    kandidaten.forEach(
        (betrokkene, anderen) ->
            anderen.stream()
                .filter(
                    ander ->
                        OPEN.contains(ander.getCasus().getStatus())
                            || recent.contains(ander.getCasus().getId()))
                .forEach(
                    ander ->
                        treffers
                            .get(betrokkene.getCasus().getId())
                            .add(new Treffer(betrokkene, ander))));
    return treffers;
  }

  /** Of these closed cases, those whose last change of status came after the moment. */
  private Set<Long> recentGewijzigd(Stream<Casus> gesloten, OffsetDateTime sinds) {
    Set<Long> recent = new HashSet<>();
    perQuery(
        gesloten.map(Casus::getId).distinct().toList(),
        ids ->
            recent.addAll(
                em.createNamedQuery("StatusOvergang.gewijzigdSinds", Long.class)
                    .setParameter("casusIds", ids)
                    .setParameter("sinds", sinds)
                    .getResultList()));
    return recent;
  }

  private <T> Stream<Betrokkene> zoek(String query, String parameter, Stream<T> waarden) {
    List<Betrokkene> gevonden = new ArrayList<>();
    perQuery(
        waarden.distinct().toList(),
        deel ->
            gevonden.addAll(
                em.createNamedQuery(query, Betrokkene.class)
                    .setParameter(parameter, deel)
                    .getResultList()));
    return gevonden.stream();
  }

  /** Runs the work per slice of values, so that no IN list grows beyond what a database takes. */
  private static <T> void perQuery(List<T> waarden, Consumer<List<T>> werk) {
    for (int van = 0; van < waarden.size(); van += PER_QUERY) {
      werk.accept(waarden.subList(van, Math.min(waarden.size(), van + PER_QUERY)));
    }
  }

  private static boolean zelfdeNaam(Betrokkene een, Betrokkene ander) {
    return een.getAchternaam().equalsIgnoreCase(ander.getAchternaam())
        && een.getVoornamen().equalsIgnoreCase(ander.getVoornamen());
  }
}
