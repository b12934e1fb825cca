package nl.zvh.regie.casus;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.casus.Informatiecategorie;
import nl.zvh.regie.aanmelding.AanmeldingWeergave;

/** What one user may see of one case, as the privacy policy decided it. */
public record CasusDossier(
    long id,
    long versie,
    String nummer,
    CasusStatus status,
    String aanmelder,
    List<Persoon> betrokkenen,
    List<Item> informatie,
    AanmeldingWeergave aanmelding,
    List<Bekendheid.Bekend> bekend,
    String casusregisseur,
    VolgendOverleg volgendOverleg)
    implements Serializable {

  /** The next planned overleg of the case, for the header of the workspace. */
  public record VolgendOverleg(long id, int nummer, LocalDate datum, LocalTime begin)
      implements Serializable {}

  /** A file attached to an item, to download. */
  public record Bestand(String naam, String mediatype, byte[] inhoud) {}

  /** A betrokkene of the case. */
  public record Persoon(long id, String naam, LocalDate geboortedatum, String adres, String bsn)
      implements Serializable {}

  /** An information item the user may see, with its source and whether it is marked special. */
  public record Item(
      long id,
      String bron,
      Informatiecategorie categorie,
      String over,
      String inhoud,
      OffsetDateTime vastgelegdOp,
      boolean gedeeld,
      boolean magDelenWijzigen,
      boolean magVerstrekkingVerzoeken,
      String bijlage)
      implements Serializable {

    public boolean bijzonder() {
      return categorie.isBijzonder();
    }
  }
}
