package nl.zvh.regie.overdracht;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.zvh.domain.model.plan.Actiepuntstatus;
import nl.zvh.regie.overleg.Persoonkeuze;

/**
 * What the user may hand over in a case, and to whom: the running established actiepunten of their
 * organisation with their colleagues, the casusregie with the candidates, and the involvements they
 * may end. Empty lists where the user may do nothing of the kind.
 */
public record Overdrachtweergave(
    long casusId,
    List<Actiepunt> actiepunten,
    List<Persoonkeuze> collegas,
    boolean eigenActiepunten,
    boolean casusregieOverdragen,
    Long casusregisseurId,
    String casusregisseur,
    List<Persoonkeuze> regisseurkandidaten,
    List<Deelnemer> beeindigbaar,
    List<Deelnemer> vertrekkend)
    implements Serializable {

  /** A running established actiepunt of the user's organisation, with the version seen. */
  public record Actiepunt(
      int nummer,
      long versie,
      String omschrijving,
      String persoon,
      LocalDate deadline,
      Actiepuntstatus status)
      implements Serializable {}

  /** An involvement of an organisation: the one that may be ended, or one whose end is known. */
  public record Deelnemer(long deelnameId, String organisatie, LocalDate eindigtOp, String reden)
      implements Serializable {}

  public boolean isLeeg() {
    return actiepunten.isEmpty()
        && !eigenActiepunten
        && !casusregieOverdragen
        && beeindigbaar.isEmpty()
        && vertrekkend.isEmpty();
  }
}
