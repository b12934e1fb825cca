package nl.zvh.privacy.logboek;

import jakarta.enterprise.context.RequestScoped;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Where the current request came from, for the processing log: its trace id (W3C trace context,
 * taken over from a {@code traceparent} header when a caller sends one), the access point and the
 * origin. The web layer fills it in; without it (a scheduled job) it names itself a task.
 */
@RequestScoped
public class Verzoekcontext {

  private static final SecureRandom TOEVAL = new SecureRandom();

  private String traceId = nieuweTraceId();
  private Toegangspunt toegangspunt = Toegangspunt.TAAK;
  private String herkomst = "intern";

  public void vul(String traceparent, Toegangspunt toegangspunt, String herkomst) {
    if (traceparent != null && traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}")) {
      this.traceId = traceparent.substring(3, 35);
    }
    this.toegangspunt = toegangspunt;
    this.herkomst = herkomst;
  }

  public String traceId() {
    return traceId;
  }

  public Toegangspunt toegangspunt() {
    return toegangspunt;
  }

  public String herkomst() {
    return herkomst;
  }

  private static String nieuweTraceId() {
    byte[] bytes = new byte[16];
    TOEVAL.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
