package nl.zvh.regie.melding;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.zvh.regie.overleg.Agendabestand;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text mail, optionally with a calendar file (an invitation to an overleg), over SMTP
 * ({@code ZVH_SMTP_HOST}, {@code ZVH_SMTP_PORT}, from {@code ZVH_MAIL_AFZENDER}) in the background,
 * so a slow mail server never holds up the user. Without a host nothing is sent and the log says
 * so. A failure is logged without the recipient's address.
 */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
  private static final String TIJDSLIMIET_MS = "10000";

  @Inject
  @ConfigProperty(name = "zvh.smtp.host")
  private Optional<String> host;

  @Inject
  @ConfigProperty(name = "zvh.smtp.port", defaultValue = "25")
  private int poort;

  @Inject
  @ConfigProperty(name = "zvh.mail.afzender", defaultValue = "noreply@zvh.example")
  private String afzender;

  @Inject
  @ConfigProperty(name = "zvh.portaal.url", defaultValue = "http://localhost:8080")
  private String portaalUrl;

  @Resource private ManagedExecutorService achtergrond;

  /** The portal's address for links in mail, without a trailing slash. */
  public String portaalUrl() {
    return portaalUrl.endsWith("/") ? portaalUrl.substring(0, portaalUrl.length() - 1) : portaalUrl;
  }

  /**
   * The body of every mail of the portal: greeting, the lines of this mail, a link to the page in
   * the portal, and the reminder that the mail holds no personal data of betrokkenen.
   */
  public String tekst(List<String> regels, String pagina) {
    List<String> tekst = new ArrayList<>(List.of("Geachte heer, mevrouw,", ""));
    tekst.addAll(regels);
    tekst.addAll(
        List.of(
            "",
            portaalUrl() + pagina,
            "",
            "Deze e-mail bevat bewust geen gegevens van betrokkenen.",
            "",
            "Zorg- en Veiligheidshuis"));
    return String.join("\n", tekst);
  }

  /** A plain-text mail. */
  public void verstuur(String aan, String onderwerp, String tekst) {
    verstuurOpDeAchtergrond(aan, onderwerp, tekst, Optional.empty());
  }

  /**
   * A mail that carries a calendar file as an iMIP message (RFC 6047): the text, and the file as a
   * {@code text/calendar} part whose {@code method} matches the file's METHOD, so an agenda offers
   * to add, update or cancel the meeting. The file holds no personal data of betrokkenen either
   * (see {@link Agendabestand}).
   */
  public void verstuur(String aan, String onderwerp, String tekst, Agendabestand.Bijlage agenda) {
    verstuurOpDeAchtergrond(aan, onderwerp, tekst, Optional.of(agenda));
  }

  private void verstuurOpDeAchtergrond(
      String aan, String onderwerp, String tekst, Optional<Agendabestand.Bijlage> agenda) {
    if (host.isEmpty() || host.get().isBlank()) {
      LOG.info(() -> "Geen SMTP-server ingesteld (ZVH_SMTP_HOST); niet verzonden: " + onderwerp);
      return;
    }
    achtergrond.execute(() -> verzend(aan, onderwerp, tekst, agenda));
  }

  private void verzend(
      String aan, String onderwerp, String tekst, Optional<Agendabestand.Bijlage> agenda) {
    Properties instellingen = new Properties();
    instellingen.put("mail.smtp.host", host.get());
    instellingen.put("mail.smtp.port", String.valueOf(poort));
    instellingen.put("mail.smtp.connectiontimeout", TIJDSLIMIET_MS);
    instellingen.put("mail.smtp.timeout", TIJDSLIMIET_MS);
    instellingen.put("mail.smtp.writetimeout", TIJDSLIMIET_MS);
    try {
      Transport.send(
          bericht(Session.getInstance(instellingen), afzender, aan, onderwerp, tekst, agenda));
      LOG.info(() -> "E-mail verzonden: " + onderwerp);
    } catch (MessagingException e) {
      LOG.log(Level.WARNING, "E-mail niet verzonden: " + onderwerp, e);
    }
  }

  /**
   * The message: plain text alone, or with a calendar file a multipart/mixed of the text and the
   * {@code text/calendar} part (inline, so mail programs treat it as an invitation rather than a
   * file to open; with the file name for those that save it).
   */
  static MimeMessage bericht(
      Session sessie,
      String afzender,
      String aan,
      String onderwerp,
      String tekst,
      Optional<Agendabestand.Bijlage> agenda)
      throws MessagingException {
    MimeMessage bericht = new MimeMessage(sessie);
    bericht.setFrom(new InternetAddress(afzender));
    bericht.setRecipient(Message.RecipientType.TO, new InternetAddress(aan, true));
    bericht.setSubject(onderwerp, StandardCharsets.UTF_8.name());
    if (agenda.isEmpty()) {
      bericht.setText(tekst, StandardCharsets.UTF_8.name());
      return bericht;
    }
    MimeBodyPart tekstdeel = new MimeBodyPart();
    tekstdeel.setText(tekst, StandardCharsets.UTF_8.name());
    MimeBodyPart agendadeel = new MimeBodyPart();
    agendadeel.setDataHandler(
        new DataHandler(new ByteArrayDataSource(agenda.get().inhoud(), agenda.get().mimeType())));
    agendadeel.setDisposition(Part.INLINE);
    agendadeel.setFileName(Agendabestand.BESTANDSNAAM);
    bericht.setContent(new MimeMultipart("mixed", tekstdeel, agendadeel));
    return bericht;
  }
}
