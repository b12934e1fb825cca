package nl.zvh.regie.overleg;

import java.io.Serializable;
import nl.zvh.domain.model.gebruiker.Gebruiker;

/**
 * A person who can be chosen (invitee, chair, casusregisseur, owner of an actiepunt); {@code
 * voorgesteld} marks the partners the referral asked to invite and the participating ones.
 */
public record Persoonkeuze(
    long id, String naam, long organisatieId, String organisatie, boolean voorgesteld)
    implements Serializable {

  /** The user as a choice, with the name of their organisation. */
  public static Persoonkeuze van(Gebruiker g, boolean voorgesteld) {
    return new Persoonkeuze(
        g.getId(),
        g.getNaam(),
        g.getOrganisatie().getId(),
        g.getOrganisatie().getNaam(),
        voorgesteld);
  }

  public String label() {
    return naam + " (" + organisatie + ")";
  }
}
