package nl.zvh.web.beveiliging;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code drawn as an inline SVG: made here, in the page, so the secret it holds never travels in
 * a URL (no image request, nothing in a server or proxy log).
 */
final class Qrcode {

  private static final int RAND = 4;

  private Qrcode() {}

  /** An SVG of the text with its accessible name; black modules on white, a quiet zone of four. */
  static String svg(String tekst, String naam) {
    QrCode qr = QrCode.encodeText(tekst, QrCode.Ecc.MEDIUM);
    int maat = qr.size + 2 * RAND;
    StringBuilder pad = new StringBuilder();
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          pad.append('M').append(x + RAND).append(',').append(y + RAND).append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qrcode\" role=\"img\" aria-label=\""
        + naam.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
        + "\" viewBox=\"0 0 "
        + maat
        + " "
        + maat
        + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\""
        + pad
        + "\"/></svg>";
  }
}
