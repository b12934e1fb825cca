package nl.zvh.regie.uitvoering;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.zvh.domain.model.plan.Actiepuntstatus;
import nl.zvh.domain.model.plan.Terugkoppeling;
import nl.zvh.domain.model.uitvoering.Escalatie;
import nl.zvh.domain.model.uitvoering.Signaal;

/**
 * Where the carrying out of the plan stands, as the reader may see it: the established actiepunten
 * with their last report, counts per status, the last report per organisation, and the signals and
 * escalations the reader may see. Empty before the first plan is established.
 */
public record UitvoeringWeergave(
    long casusId,
    boolean vastgesteld,
    String casusregisseur,
    Rechten rechten,
    List<Actiepuntstand> actiepunten,
    List<Telling> perStatus,
    List<Contact> laatsteTerugkoppeling,
    List<SignaalRegel> signalen,
    List<EscalatieRegel> escalaties)
    implements Serializable {

  /** What the reader may do here. */
  public record Rechten(boolean sturen, boolean signaleren, boolean opschalen)
      implements Serializable {}

  /** An established actiepunt as it stands now, with its owner's last report. */
  public record Actiepuntstand(
      long id,
      int nummer,
      String omschrijving,
      String eigenaar,
      String persoon,
      LocalDate deadline,
      Actiepuntstatus status,
      boolean verlopen,
      boolean eigen,
      Rapport laatste)
      implements Serializable {}

  /** A report on an actiepunt: what, in whose words, by whom and when. */
  public record Rapport(
      Terugkoppeling.Soort soort, String tekst, String door, String organisatie, OffsetDateTime op)
      implements Serializable {}

  /** How many actiepunten have this status. */
  public record Telling(Actiepuntstatus status, long aantal) implements Serializable {}

  /** When an organisation last reported back, and what; null when it never did. */
  public record Contact(String organisatie, Rapport laatste) implements Serializable {}

  /** A signal to the casusregisseur. */
  public record SignaalRegel(
      long id,
      long versie,
      Signaal.Soort soort,
      Signaal.Status status,
      String tekst,
      String door,
      String organisatie,
      OffsetDateTime op,
      Integer actiepuntNummer,
      String afhandeling,
      String afgehandeldDoor,
      OffsetDateTime afgehandeldOp,
      boolean magAfhandelen)
      implements Serializable {

    public boolean isOpen() {
      return status == Signaal.Status.OPEN;
    }
  }

  /** An escalation to the procesregisseur. */
  public record EscalatieRegel(
      long id,
      long versie,
      Escalatie.Status status,
      String reden,
      String gevraagd,
      String door,
      OffsetDateTime op,
      String uitkomst,
      String afgehandeldDoor,
      OffsetDateTime afgehandeldOp,
      boolean magAfhandelen)
      implements Serializable {

    public boolean isOpen() {
      return status == Escalatie.Status.OPEN;
    }
  }

  static UitvoeringWeergave leeg(long casusId) {
    return new UitvoeringWeergave(
        casusId,
        false,
        null,
        new Rechten(false, false, false),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  public long aantalVerlopen() {
    return actiepunten.stream().filter(Actiepuntstand::verlopen).count();
  }

  public long aantalOpenSignalen() {
    return signalen.stream().filter(SignaalRegel::isOpen).count();
  }

  public List<SignaalRegel> openSignalen() {
    return signalen.stream().filter(SignaalRegel::isOpen).toList();
  }
}
