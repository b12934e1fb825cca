package nl.zvh.regie.melding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.zvh.regie.overleg.Agendabestand;
import nl.zvh.regie.overleg.Agendabestand.Afspraak;
import nl.zvh.regie.overleg.Agendabestand.Afspraak.Deelnemer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The messages the Mailer writes, sent through a real SMTP server (GreenMail) and read back. */
class MailerTest {

  private static final String TEKST =
      "Geachte heer, mevrouw,\n\nU bent uitgenodigd voor het overleg.";

  private GreenMail smtp;

  @BeforeEach
  void start() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    smtp.start();
  }

  @AfterEach
  void stop() {
    smtp.stop();
  }

  @Test
  void aPlainMailIsOneUtf8TextPart() throws Exception {
    MimeMessage ontvangen = verzondenEnOntvangen(Optional.empty());

    assertEquals("text/plain; charset=UTF-8", ontvangen.getContentType());
    assertEquals(TEKST, ((String) ontvangen.getContent()).replace("\r\n", "\n"));
    assertEquals("Uitnodiging ICO casus 2027-0042 – één", ontvangen.getSubject());
  }

  @Test
  void anInvitationIsAnImipMessageWithTheTextAndTheCalendarFile() throws Exception {
    MimeMessage ontvangen =
        verzondenEnOntvangen(Optional.of(Agendabestand.Bijlage.uitnodigingVoor(afspraak(0))));

    assertTrue(ontvangen.isMimeType("multipart/mixed"), ontvangen.getContentType());
    Multipart delen = (Multipart) ontvangen.getContent();
    assertEquals(2, delen.getCount());
    BodyPart tekst = delen.getBodyPart(0);
    assertTrue(tekst.isMimeType("text/plain"), tekst.getContentType());
    assertEquals(TEKST, ((String) tekst.getContent()).replace("\r\n", "\n"));

    BodyPart agenda = delen.getBodyPart(1);
    ContentType type = new ContentType(agenda.getContentType());
    assertEquals("text/calendar", type.getBaseType());
    assertEquals("REQUEST", type.getParameter("method"));
    assertEquals("UTF-8", type.getParameter("charset"));
    assertEquals(Agendabestand.BESTANDSNAAM, agenda.getFileName());
    assertEquals(Part.INLINE, agenda.getDisposition());

    Calendar gelezen = gelezen(agenda);
    assertEquals("REQUEST", gelezen.getRequiredProperty(Property.METHOD).getValue());
    VEvent afspraak = gelezen.<VEvent>getComponents(Component.VEVENT).get(0);
    assertEquals("overleg-42@zvh.example", afspraak.getRequiredProperty(Property.UID).getValue());
    assertEquals("Zaal Één", afspraak.getRequiredProperty(Property.LOCATION).getValue());
  }

  @Test
  void aCancellationCarriesMethodCancelInItsContentType() throws Exception {
    MimeMessage ontvangen =
        verzondenEnOntvangen(Optional.of(Agendabestand.Bijlage.annuleringVan(afspraak(1))));

    BodyPart agenda = ((Multipart) ontvangen.getContent()).getBodyPart(1);
    assertEquals("CANCEL", new ContentType(agenda.getContentType()).getParameter("method"));
    Calendar gelezen = gelezen(agenda);
    assertEquals("CANCEL", gelezen.getRequiredProperty(Property.METHOD).getValue());
    VEvent afspraak = gelezen.<VEvent>getComponents(Component.VEVENT).get(0);
    assertEquals("CANCELLED", afspraak.getRequiredProperty(Property.STATUS).getValue());
    assertEquals("1", afspraak.getRequiredProperty(Property.SEQUENCE).getValue());
  }

  private MimeMessage verzondenEnOntvangen(Optional<Agendabestand.Bijlage> agenda)
      throws Exception {
    Properties instellingen = new Properties();
    instellingen.put("mail.smtp.host", "127.0.0.1");
    instellingen.put("mail.smtp.port", String.valueOf(smtp.getSmtp().getPort()));
    Transport.send(
        Mailer.bericht(
            Session.getInstance(instellingen),
            "noreply@zvh.example",
            "noel.vandijk@ggz.example",
            "Uitnodiging ICO casus 2027-0042 – één",
            TEKST,
            agenda));
    assertTrue(smtp.waitForIncomingEmail(5_000, 1), "no mail arrived");
    return smtp.getReceivedMessages()[0];
  }

  private static Calendar gelezen(BodyPart agenda) throws Exception {
    return new CalendarBuilder()
        .build(new InputStreamReader(agenda.getInputStream(), StandardCharsets.UTF_8));
  }

  private static Afspraak afspraak(int volgnummer) {
    ZonedDateTime begin = ZonedDateTime.of(2027, 3, 2, 10, 0, 0, 0, ZoneId.of("Europe/Amsterdam"));
    return new Afspraak(
        "overleg-42@zvh.example",
        volgnummer,
        begin,
        begin.plusHours(1),
        "ICO casus 2027-0042",
        "Zaal Één",
        "Casus 2027-0042: https://zvh.example/overleg/42",
        "Anouk de Regisseur",
        "regisseur@zvh.example",
        List.of(new Deelnemer("Noël van Dijk", "noel.vandijk@ggz.example")));
  }
}
