package nl.zvh.systemtest.portaal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * A real SMTP server (GreenMail) on loopback that the test portal sends its mail to. Tests look up
 * a message by a text in its subject, waiting a little: the portal sends after the commit, in the
 * background.
 */
public final class Postbus {

  private final GreenMail server;
  private final int poort;

  private Postbus(GreenMail server, int poort) {
    this.server = server;
    this.poort = poort;
  }

  static Postbus start(int poort) {
    GreenMail server =
        new GreenMail(new ServerSetup(poort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return new Postbus(server, poort);
  }

  int poort() {
    return poort;
  }

  void stop() {
    server.stop();
  }

  /** The first message whose subject contains the text, within ten seconds. */
  public Optional<Bericht> wachtOp(String inOnderwerp) {
    Instant uiterlijk = Instant.now().plus(Duration.ofSeconds(10));
    while (Instant.now().isBefore(uiterlijk)) {
      Optional<Bericht> gevonden =
          Arrays.stream(server.getReceivedMessages())
              .map(Postbus::bericht)
              .filter(b -> b.onderwerp().contains(inOnderwerp))
              .findFirst();
      if (gevonden.isPresent()) {
        return gevonden;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Bericht bericht(MimeMessage m) {
    try {
      String agenda = null;
      String tekst;
      if (m.getContent() instanceof Multipart delen) {
        tekst = "";
        for (int i = 0; i < delen.getCount(); i++) {
          BodyPart deel = delen.getBodyPart(i);
          String inhoud =
              new String(deel.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
          if (deel.isMimeType("text/calendar")) {
            agenda = inhoud;
          } else if (deel.isMimeType("text/plain")) {
            tekst = inhoud;
          }
        }
      } else {
        tekst = GreenMailUtil.getBody(m).strip();
      }
      return new Bericht(m.getAllRecipients()[0].toString(), m.getSubject(), tekst, agenda);
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A received mail: to whom, its subject, its plain-text body, and the iCalendar file it carries
   * (null when none).
   */
  public record Bericht(String aan, String onderwerp, String tekst, String agenda) {}
}
