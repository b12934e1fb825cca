package nl.zvh.web.gedeeld;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Serves a file as the answer to the current Faces request (a plain, non-ajax postback), for every
 * download and export of the portal. The response is not reset: that would also remove the security
 * headers that {@code BeveiligingsHeaders} put on every response. The file always goes to disk
 * ({@code attachment}), is never cached and never sniffed; its name is made safe for the header and
 * for the user's file system. Logging the export in the processing log is the service's work, when
 * it hands out the content.
 */
@RequestScoped
public class Bestandsdownload {

  /** Long enough for any name the portal gives; a file system takes 255 bytes at most. */
  static final int MAX_NAAM = 120;

  /** A name for a file whose own name is empty once made safe. */
  static final String STANDAARDNAAM = "bestand";

  @Inject private FacesContext facesContext;

  /**
   * Sends the file and completes the response, so the page is not rendered after it.
   *
   * @param bestandsnaam the name the user sees; made safe here, so it may come from a user
   * @param mediatype the content type without charset, e.g. {@code text/csv}; a text type is sent
   *     as UTF-8
   */
  public void lever(String bestandsnaam, String mediatype, byte[] inhoud) throws IOException {
    ExternalContext extern = facesContext.getExternalContext();
    if (extern.isResponseCommitted()) {
      throw new IllegalStateException(
          "Het antwoord is al verstuurd; het bestand past er niet meer in");
    }
    extern.setResponseContentType(inhoudstype(mediatype));
    extern.setResponseContentLength(inhoud.length);
    extern.setResponseHeader("Content-Disposition", dispositie(bestandsnaam));
    // Set here as well, so a file keeps them even if the filter's rules change.
    extern.setResponseHeader("Cache-Control", "no-store");
    extern.setResponseHeader("X-Content-Type-Options", "nosniff");
    extern.getResponseOutputStream().write(inhoud);
    facesContext.responseComplete();
  }

  /** The content type with UTF-8 for text, which is how the portal writes its text files. */
  static String inhoudstype(String mediatype) {
    if (mediatype == null || mediatype.isBlank()) {
      return "application/octet-stream";
    }
    String type = mediatype.strip();
    boolean tekst = type.toLowerCase(Locale.ROOT).startsWith("text/");
    return tekst && !type.toLowerCase(Locale.ROOT).contains("charset=")
        ? type + "; charset=UTF-8"
        : type;
  }

  /**
   * {@code attachment} with the name twice (RFC 6266): {@code filename} in plain ASCII for old
   * clients, and {@code filename*} in UTF-8 (RFC 8187) that current browsers prefer.
   */
  static String dispositie(String bestandsnaam) {
    String naam = veiligeNaam(bestandsnaam);
    return "attachment; filename=\""
        + asciiNaam(naam)
        + "\"; filename*=UTF-8''"
        + procentGecodeerd(naam);
  }

  /**
   * The name without what could break the header or reach outside the download folder: no control
   * or invisible formatting characters (CR/LF, a right-to-left override), no path separators or
   * quotes, no characters Windows refuses, no leading dots or trailing dots and spaces, and not
   * longer than {@link #MAX_NAAM} characters, keeping the extension.
   */
  static String veiligeNaam(String bestandsnaam) {
    String naam =
        Normalizer.normalize(bestandsnaam == null ? "" : bestandsnaam, Normalizer.Form.NFC)
            .replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "")
            .replaceAll("[/\\\\\"<>:|?*]", "_")
            .replaceAll("\\s+", " ")
            .replaceAll("^[\\s.]+|[\\s.]+$", "");
    naam = ingekort(naam);
    return naam.isEmpty() ? STANDAARDNAAM : naam;
  }

  /** At most {@link #MAX_NAAM} characters (whole code points), the extension kept. */
  private static String ingekort(String naam) {
    if (naam.codePointCount(0, naam.length()) <= MAX_NAAM) {
      return naam;
    }
    int punt = naam.lastIndexOf('.');
    String extensie = punt > 0 && naam.length() - punt <= 10 ? naam.substring(punt) : "";
    String stam = naam.substring(0, naam.length() - extensie.length());
    int lengte = MAX_NAAM - extensie.length();
    return stam.substring(0, stam.offsetByCodePoints(0, lengte)).strip() + extensie;
  }

  /**
   * The safe name in printable ASCII: accents dropped (ë becomes e), anything else outside ASCII
   * and the percent sign (which some clients decode) become an underscore.
   */
  static String asciiNaam(String veiligeNaam) {
    return Normalizer.normalize(veiligeNaam, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replaceAll("[^\\x20-\\x7E]|%", "_");
  }

  /** RFC 8187 value characters: every UTF-8 byte outside attr-char is written as %XX. */
  static String procentGecodeerd(String naam) {
    StringBuilder gecodeerd = new StringBuilder();
    for (byte b : naam.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
        gecodeerd.append(c);
      } else {
        gecodeerd.append('%').append(String.format("%02X", (int) c));
      }
    }
    return gecodeerd.toString();
  }
}
