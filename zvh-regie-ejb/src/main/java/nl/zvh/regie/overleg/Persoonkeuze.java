package nl.zvh.regie.overleg;

import java.io.Serializable;

/**
 * A person who can be chosen (invitee, chair, casusregisseur, owner of an actiepunt); {@code
 * voorgesteld} marks the partners the referral asked to invite and the participating ones.
 */
public record Persoonkeuze(
    long id, String naam, long organisatieId, String organisatie, boolean voorgesteld)
    implements Serializable {

  public String label() {
    return naam + " (" + organisatie + ")";
  }
}
