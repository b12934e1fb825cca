package nl.zvh.domain.model.organisatie;

/** The kind of partner; it tells which chain (zorg, veiligheid, gemeente) an organisation is in. */
public enum OrganisatieType {
  ZVH(Keten.ZVH),
  POLITIE(Keten.STRAFRECHT),
  OPENBAAR_MINISTERIE(Keten.STRAFRECHT),
  RECLASSERING(Keten.STRAFRECHT),
  GEMEENTE(Keten.GEMEENTE),
  GGZ(Keten.ZORG),
  ZORGAANBIEDER(Keten.ZORG),
  VEILIG_THUIS(Keten.ZORG),
  WONINGCORPORATIE(Keten.OVERIG),
  OVERIG(Keten.OVERIG);

  /** The chain an organisation type belongs to. */
  public enum Keten {
    ZVH,
    STRAFRECHT,
    ZORG,
    GEMEENTE,
    OVERIG
  }

  private final Keten keten;

  OrganisatieType(Keten keten) {
    this.keten = keten;
  }

  public Keten keten() {
    return keten;
  }
}
