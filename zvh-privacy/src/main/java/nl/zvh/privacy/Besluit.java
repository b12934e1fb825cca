package nl.zvh.privacy;

/** The outcome of an access decision, with the reason in Dutch (shown on refusal, and logged). */
public record Besluit(boolean toegestaan, String reden) {

  public static Besluit toegestaan(String reden) {
    return new Besluit(true, reden);
  }

  public static Besluit geweigerd(String reden) {
    return new Besluit(false, reden);
  }

  /** Continues only when allowed; otherwise refuses with the reason. */
  public void vereis() {
    if (!toegestaan) {
      throw new GeenToegang(reden);
    }
  }
}
