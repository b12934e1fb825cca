package nl.zvh.regie.procesregie;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.zvh.domain.model.casus.Leefgebied;
import nl.zvh.domain.model.procesregie.Nazorgcheck;
import nl.zvh.domain.model.procesregie.Resultaat;

/**
 * The procesregie of one case for the procesregisseur: its escalations to the manager, its closings
 * (with final scores and reopenings), its follow-up checks, and what the procesregisseur may do.
 */
public record ProcesregieWeergave(
    long casusId,
    String casusnummer,
    boolean magOpschalen,
    boolean magAfsluiten,
    List<Escalatiekeuze> openEscalaties,
    List<OpschalingWeergave> opschalingen,
    List<AfsluitingRegel> afsluitingen,
    List<NazorgRegel> nazorg)
    implements Serializable {

  /** An open escalation of the casusregisseur that an escalation to the manager may take up. */
  public record Escalatiekeuze(long id, String label) implements Serializable {}

  /** One closing, and its reopening if there was one. */
  public record AfsluitingRegel(
      long id,
      Resultaat resultaat,
      String toelichting,
      String casusregisseur,
      String afgeslotenDoor,
      OffsetDateTime afgeslotenOp,
      List<Eindscoreregel> eindscores,
      String heropendReden,
      String heropendDoor,
      OffsetDateTime heropendOp,
      LocalDate bewarenTotEnMet,
      boolean magHeropenen)
      implements Serializable {}

  /** A final score, with the betrokkene's name. */
  public record Eindscoreregel(String betrokkene, Leefgebied leefgebied, int score)
      implements Serializable {}

  /** A follow-up check after closing. */
  public record NazorgRegel(
      long id,
      long versie,
      LocalDate gepland,
      Nazorgcheck.Status status,
      String uitkomst,
      String gedaanDoor,
      OffsetDateTime gedaanOp,
      boolean magVastleggen)
      implements Serializable {}
}
