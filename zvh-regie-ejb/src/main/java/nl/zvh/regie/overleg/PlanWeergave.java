package nl.zvh.regie.overleg;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.zvh.domain.model.plan.Actiepuntstatus;

/**
 * The plan van aanpak as the reader may see it: the procesregisseur sees the concept and can change
 * it; a participant reads the last established version. Both see every version with what changed.
 */
public record PlanWeergave(
    long casusId,
    long versie,
    boolean concept,
    boolean heeftWijzigingen,
    List<Doel> doelen,
    List<Actiepunt> actiepunten,
    Regisseur casusregisseur,
    List<Versie> versies,
    List<Persoonkeuze> partners)
    implements Serializable {

  /** A doel, with its number in the plan. */
  public record Doel(int nummer, String omschrijving) implements Serializable {}

  /** An actiepunt as it reads now. */
  public record Actiepunt(
      int nummer,
      String omschrijving,
      Long eigenaarId,
      String eigenaar,
      Long persoonId,
      String persoon,
      LocalDate deadline,
      Actiepuntstatus status,
      boolean verlopen,
      boolean vastgesteld)
      implements Serializable {}

  /** The casusregisseur: who, of which organisation, since when, appointed by whom. */
  public record Regisseur(
      long gebruikerId,
      String naam,
      String organisatie,
      OffsetDateTime sinds,
      String aangesteldDoor)
      implements Serializable {}

  /** An established version, as it read then, with what changed. */
  public record Versie(
      int nummer,
      Integer overlegNummer,
      String vastgesteldDoor,
      OffsetDateTime vastgesteldOp,
      List<String> doelen,
      List<Actiepunt> actiepunten,
      String casusregisseur,
      List<String> wijzigingen)
      implements Serializable {}

  public boolean isLeeg() {
    return doelen.isEmpty() && actiepunten.isEmpty() && casusregisseur == null;
  }

  public Optional<Versie> laatsteVersie() {
    return versies.isEmpty() ? Optional.empty() : Optional.of(versies.get(versies.size() - 1));
  }

  /** The versions, the newest first, as a history reads. */
  public List<Versie> nieuwsteEerst() {
    List<Versie> omgekeerd = new ArrayList<>(versies);
    Collections.reverse(omgekeerd);
    return omgekeerd;
  }

  public long aantalVerlopen() {
    return actiepunten.stream().filter(Actiepunt::verlopen).count();
  }
}
