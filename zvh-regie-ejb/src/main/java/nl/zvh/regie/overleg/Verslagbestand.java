package nl.zvh.regie.overleg;

/**
 * The verslag of an overleg with its plan van aanpak as a file to download: a PDF/A-2b whose name
 * holds no personal data ({@code verslag-<casusnummer>-ico-<overleg>-v<versie>.pdf}).
 */
public record Verslagbestand(String naam, String mediatype, byte[] inhoud) {

  public static final String PDF = "application/pdf";
}
