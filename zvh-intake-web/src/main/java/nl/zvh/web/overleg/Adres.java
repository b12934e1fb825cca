package nl.zvh.web.overleg;

/** What the pages of this package accept as an id from the address bar. */
final class Adres {

  private Adres() {}

  static boolean isId(String waarde) {
    return waarde != null && waarde.matches("\\d{1,18}");
  }
}
