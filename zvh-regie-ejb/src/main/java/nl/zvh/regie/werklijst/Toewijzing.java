package nl.zvh.regie.werklijst;

/** Whose actiepunten: assigned to the user, or owned by the organisation. No choice: both. */
public enum Toewijzing {
  /** Assigned to the user (persoon). */
  MIJ,
  /** Owned by the user's organisation, whoever carries it out. */
  ORGANISATIE;

  /** The condition in the query of the list (a is the actiepunt, p its person). */
  String voorwaarde() {
    return switch (this) {
      case MIJ -> "p.gebruikersnaam = :gebruikersnaam";
      case ORGANISATIE -> "a.eigenaar.id = :organisatieId";
    };
  }
}
