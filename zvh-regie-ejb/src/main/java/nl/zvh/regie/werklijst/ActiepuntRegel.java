package nl.zvh.regie.werklijst;

import java.io.Serializable;
import java.time.LocalDate;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.plan.Actiepunt;
import nl.zvh.domain.model.plan.Actiepuntstatus;

/**
 * An actiepunt in a partner's work list: its case, what it is (shortened), who owns it, when it is
 * due and where it stands.
 *
 * @param teLaat still expected and past its due date
 * @param aanMij assigned to the user who reads the list
 */
public record ActiepuntRegel(
    long id,
    long casusId,
    String casusnummer,
    String omschrijving,
    String eigenaar,
    String persoon,
    LocalDate deadline,
    Actiepuntstatus status,
    boolean teLaat,
    boolean aanMij)
    implements Serializable {

  /** How much of the description a row shows; the case's plan has the whole text. */
  public static final int KORT = 120;

  static ActiepuntRegel van(Actiepunt actiepunt, String gebruikersnaam, LocalDate vandaag) {
    return new ActiepuntRegel(
        actiepunt.getId(),
        actiepunt.getPlan().getCasus().getId(),
        actiepunt.getPlan().getCasus().getNummer(),
        kort(actiepunt.getOmschrijving()),
        actiepunt.getEigenaar().getNaam(),
        actiepunt.getPersoon().map(Gebruiker::getNaam).orElse(null),
        actiepunt.getDeadline(),
        actiepunt.getStatus(),
        actiepunt.isVerlopen(vandaag),
        actiepunt
            .getPersoon()
            .map(p -> p.getGebruikersnaam().equals(gebruikersnaam))
            .orElse(false));
  }

  /** The first {@link #KORT} characters, cut at a word where there is one, with an ellipsis. */
  static String kort(String tekst) {
    String enkel = tekst.strip().replaceAll("\\s+", " ");
    if (enkel.length() <= KORT) {
      return enkel;
    }
    int knip = enkel.lastIndexOf(' ', KORT - 1);
    return enkel.substring(0, knip > KORT / 2 ? knip : KORT - 1).stripTrailing() + "…";
  }
}
