package nl.zvh.web.gedeeld;

/** What the pages and the API accept as an id from the address bar. */
public final class Adres {

  private Adres() {}

  public static boolean isId(String waarde) {
    return waarde != null && waarde.matches("\\d{1,18}");
  }
}
