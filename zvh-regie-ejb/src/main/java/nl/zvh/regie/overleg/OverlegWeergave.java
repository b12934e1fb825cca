package nl.zvh.regie.overleg;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.zvh.domain.model.casus.Leefgebied;
import nl.zvh.domain.model.overleg.Genodigde;
import nl.zvh.domain.model.overleg.Overleg;
import nl.zvh.domain.model.overleg.Veiligheidscheck;

/**
 * One overleg as the reader may see it: the concept of the verslag and scores only for the
 * procesregisseur; participants read the established versions.
 */
public record OverlegWeergave(
    long id,
    long versie,
    long casusId,
    String casusnummer,
    int nummer,
    Overleg.Status status,
    LocalDate datum,
    LocalTime begin,
    LocalTime eind,
    String locatie,
    String vergaderlink,
    Long voorzitterId,
    String voorzitter,
    String agenda,
    String annuleringsreden,
    boolean betrokkeneUitgenodigd,
    Boolean betrokkeneAanwezig,
    Check veiligheidscheck,
    List<Uitgenodigde> genodigden,
    String verslagConcept,
    boolean verslagGewijzigd,
    List<Verslag> verslagen,
    List<Score> scores,
    Rechten rechten,
    Genodigde.Reactie eigenReactie,
    boolean eigenOrganisatieVoorbereid,
    List<Persoon> betrokkenen)
    implements Serializable {

  /** A person invited, with their answer, preparation and attendance. */
  public record Uitgenodigde(
      long gebruikerId,
      String naam,
      String organisatie,
      Genodigde.Reactie reactie,
      OffsetDateTime voorbereidOp,
      Boolean aanwezig)
      implements Serializable {}

  /** The safety check for the betrokkene's attendance. */
  public record Check(
      String afgestemdMet,
      LocalDate afgestemdOp,
      Veiligheidscheck.Uitkomst uitkomst,
      String toelichting,
      String vastgelegdDoor)
      implements Serializable {}

  /** An established version of the verslag. */
  public record Verslag(int nummer, String tekst, String vastgesteldDoor, OffsetDateTime op)
      implements Serializable {}

  /** A ZRM score of a betrokkene at this overleg. */
  public record Score(
      long betrokkeneId, String betrokkene, Leefgebied leefgebied, int score, Integer doelscore)
      implements Serializable {}

  /** A betrokkene of the case, to score. */
  public record Persoon(long id, String naam) implements Serializable {}

  /** What the reader may do with it now. */
  public record Rechten(
      boolean wijzigen, boolean vastleggen, boolean reageren, boolean voorbereiden, boolean pdf)
      implements Serializable {}

  public boolean isGepland() {
    return status == Overleg.Status.GEPLAND;
  }

  public Optional<Verslag> laatsteVerslag() {
    return verslagen.isEmpty()
        ? Optional.empty()
        : Optional.of(verslagen.get(verslagen.size() - 1));
  }
}
