package nl.zvh.regie.overleg;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;
import nl.zvh.domain.model.gedeeld.Tijdzone;

/**
 * The invitation to an overleg, and its cancellation, as an iCalendar file (RFC 5545) for e-mail
 * (iMIP, RFC 6047): one VEVENT in Dutch time, with a VTIMEZONE for {@value Tijdzone#ID}, UTF-8 and
 * CRLF line ends. The file holds exactly what the {@link Afspraak} gives, and nothing else.
 *
 * <p>A calendar file leaves the portal by mail and lands in agendas the portal does not control:
 * the {@link Afspraak#onderwerp() onderwerp} and {@link Afspraak#omschrijving() omschrijving} must
 * hold no personal data of betrokkenen, only the case number and a link into the portal (as every
 * mail of the portal). The caller guarantees that; this class writes what it is given.
 */
public final class Agendabestand {

  /** The name of the file in a mail. */
  public static final String BESTANDSNAAM = "uitnodiging.ics";

  private static final int MAX_OCTETTEN = 75;
  private static final String PRODUCT = "-//Zorg- en Veiligheidshuis//Casusportaal//NL";

  private Agendabestand() {}

  /**
   * One meeting for the calendar.
   *
   * @param uid the meeting's stable identifier: the same in the invitation, every change and the
   *     cancellation (for example {@code overleg-42@zvh.example}); no personal data
   * @param volgnummer the SEQUENCE: 0 for the first invitation, raised by one with every change and
   *     with the cancellation
   * @param begin the start, in any zone; the file gives it in Dutch time
   * @param eind the end, after the start
   * @param onderwerp the SUMMARY: only the case number (no names of betrokkenen)
   * @param locatie where the overleg takes place, or {@code null}
   * @param omschrijving the DESCRIPTION: only the case number and a link into the portal, or {@code
   *     null}
   * @param organisatorNaam the organiser's name (the casusregisseur or the ZVH)
   * @param organisatorEmail the organiser's e-mail address
   * @param deelnemers the invited participants, at least one (iTIP requires an ATTENDEE)
   */
  public record Afspraak(
      String uid,
      int volgnummer,
      ZonedDateTime begin,
      ZonedDateTime eind,
      String onderwerp,
      String locatie,
      String omschrijving,
      String organisatorNaam,
      String organisatorEmail,
      List<Deelnemer> deelnemers) {

    public Afspraak {
      Objects.requireNonNull(uid, "uid");
      Objects.requireNonNull(begin, "begin");
      Objects.requireNonNull(eind, "eind");
      Objects.requireNonNull(onderwerp, "onderwerp");
      Objects.requireNonNull(organisatorNaam, "organisatorNaam");
      Objects.requireNonNull(organisatorEmail, "organisatorEmail");
      if (uid.isBlank()) {
        throw new IllegalArgumentException("Een afspraak heeft een uid");
      }
      if (volgnummer < 0) {
        throw new IllegalArgumentException("Het volgnummer is 0 of hoger: " + volgnummer);
      }
      if (!eind.isAfter(begin)) {
        throw new IllegalArgumentException("Het einde ligt na het begin");
      }
      deelnemers = List.copyOf(deelnemers);
      if (deelnemers.isEmpty()) {
        throw new IllegalArgumentException("Een afspraak heeft ten minste één deelnemer");
      }
    }

    /** An invited participant: name and e-mail address. */
    public record Deelnemer(String naam, String email) {
      public Deelnemer {
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(email, "email");
      }
    }
  }

  /** What a calendar file asks of its receiver (the iTIP method, RFC 5546). */
  public enum Methode {
    /** Put the meeting in the agenda, or update it (a higher volgnummer). */
    REQUEST,
    /** Take the meeting out of the agenda. */
    CANCEL
  }

  /**
   * A calendar file to send with a mail: its method (the {@code method} parameter of the {@code
   * text/calendar} part must match the METHOD in the file) and its bytes.
   */
  public record Bijlage(Methode methode, byte[] inhoud) {

    public Bijlage {
      Objects.requireNonNull(methode, "methode");
      inhoud = inhoud.clone();
    }

    /** The invitation to the meeting as a mail attachment. */
    public static Bijlage uitnodigingVoor(Afspraak afspraak) {
      return new Bijlage(Methode.REQUEST, uitnodiging(afspraak));
    }

    /** The cancellation of the meeting as a mail attachment. */
    public static Bijlage annuleringVan(Afspraak afspraak) {
      return new Bijlage(Methode.CANCEL, annulering(afspraak));
    }

    @Override
    public byte[] inhoud() {
      return inhoud.clone();
    }

    /** The MIME type of the part, with the method and the charset (RFC 6047, section 2.4). */
    public String mimeType() {
      return "text/calendar; charset=UTF-8; method=" + methode.name();
    }
  }

  /** METHOD:REQUEST, STATUS:CONFIRMED: the invitation, or an update of it. */
  public static byte[] uitnodiging(Afspraak afspraak) {
    return bestand(afspraak, Methode.REQUEST, Instant.now());
  }

  /** METHOD:CANCEL, STATUS:CANCELLED: the same meeting (same uid) is off. */
  public static byte[] annulering(Afspraak afspraak) {
    return bestand(afspraak, Methode.CANCEL, Instant.now());
  }

  static byte[] bestand(Afspraak a, Methode methode, Instant nu) {
    boolean verzoek = methode == Methode.REQUEST;
    VEvent afspraak = new VEvent(false);
    afspraak.add(new Uid(a.uid()));
    afspraak.add(new Sequence(a.volgnummer()));
    afspraak.add(new DtStamp(nu.truncatedTo(ChronoUnit.SECONDS)));
    afspraak.add(new DtStart<>(nederlands(a.begin())));
    afspraak.add(new DtEnd<>(nederlands(a.eind())));
    afspraak.add(new Summary(a.onderwerp()));
    if (a.locatie() != null && !a.locatie().isBlank()) {
      afspraak.add(new Location(a.locatie()));
    }
    if (a.omschrijving() != null && !a.omschrijving().isBlank()) {
      afspraak.add(new Description(a.omschrijving()));
    }
    afspraak.add(
        new Organizer(
            new ParameterList(List.of(new Cn(parameterwaarde(a.organisatorNaam())))),
            mailto(a.organisatorEmail())));
    for (Afspraak.Deelnemer deelnemer : a.deelnemers()) {
      ParameterList parameters =
          verzoek
              ? new ParameterList(
                  List.of(
                      new Cn(parameterwaarde(deelnemer.naam())),
                      Role.REQ_PARTICIPANT,
                      PartStat.NEEDS_ACTION,
                      Rsvp.TRUE))
              : new ParameterList(
                  List.of(new Cn(parameterwaarde(deelnemer.naam())), Role.REQ_PARTICIPANT));
      afspraak.add(new Attendee(parameters, mailto(deelnemer.email())));
    }
    afspraak.add(verzoek ? ImmutableStatus.VEVENT_CONFIRMED : ImmutableStatus.VEVENT_CANCELLED);

    Calendar agenda = new Calendar();
    agenda.add(new ProdId(PRODUCT));
    agenda.add(ImmutableVersion.VERSION_2_0);
    agenda.add(ImmutableCalScale.GREGORIAN);
    agenda.add(verzoek ? ImmutableMethod.REQUEST : ImmutableMethod.CANCEL);
    agenda.add(nederlandseTijd());
    agenda.add(afspraak);
    return uitvoer(agenda);
  }

  private static ZonedDateTime nederlands(ZonedDateTime tijdstip) {
    return tijdstip.withZoneSameInstant(Tijdzone.NEDERLAND).truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * Dutch time as the EU has kept it since 1996: summer time from the last Sunday of March 02:00 to
   * the last Sunday of October 03:00. Written out here, not taken from ical4j's zone files: those
   * give Amsterdam as a link to Europe/Brussels (TZID:Europe/Brussels, history from 1880), which an
   * agenda would show under the wrong name. {@code AgendabestandTest} holds these rules against the
   * JDK's for every day of the years the portal will see.
   */
  static VTimeZone nederlandseTijd() {
    ZoneOffset winter = ZoneOffset.ofHours(1);
    ZoneOffset zomer = ZoneOffset.ofHours(2);
    Observance zomertijd =
        new Daylight(
            new PropertyList(
                List.of(
                    new TzOffsetFrom(winter),
                    new TzOffsetTo(zomer),
                    new TzName("CEST"),
                    new DtStart<>(LocalDateTime.of(1996, 3, 31, 2, 0)),
                    new RRule<>(new Recur<LocalDateTime>("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")))));
    Observance wintertijd =
        new Standard(
            new PropertyList(
                List.of(
                    new TzOffsetFrom(zomer),
                    new TzOffsetTo(winter),
                    new TzName("CET"),
                    new DtStart<>(LocalDateTime.of(1996, 10, 27, 3, 0)),
                    new RRule<>(new Recur<LocalDateTime>("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")))));
    VTimeZone zone = new VTimeZone();
    zone.add(new TzId(Tijdzone.ID));
    zone.add(zomertijd);
    zone.add(wintertijd);
    return zone;
  }

  private static URI mailto(String email) {
    return URI.create("mailto:" + email.strip());
  }

  /** A parameter value cannot hold a double quote or a control character (RFC 5545, 3.1). */
  private static String parameterwaarde(String tekst) {
    return tekst.replace('"', '\'').replaceAll("\\p{Cntrl}", " ").strip();
  }

  /**
   * Writes the file after ical4j's full validation, the iTIP rules of the method included (the
   * outputter's own check leaves those out).
   */
  private static byte[] uitvoer(Calendar agenda) {
    ValidationResult uitslag = agenda.validate();
    if (uitslag.hasErrors()) {
      throw new IllegalArgumentException("Ongeldig agendabestand: " + uitslag);
    }
    StringWriter uit = new StringWriter();
    try {
      new CalendarOutputter(true).output(agenda, uit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalArgumentException("Ongeldig agendabestand: " + e.getMessage(), e);
    }
    return gevouwen(uit.toString()).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Folds every line at 75 octets of UTF-8, as RFC 5545 (3.1) asks; ical4j folds at 75 characters,
   * which an é or ë makes longer. Never inside a character.
   */
  static String gevouwen(String bestand) {
    StringBuilder uit = new StringBuilder(bestand.length() + bestand.length() / 60);
    for (String regel : bestand.replace("\r\n ", "").split("\r\n")) {
      int octetten = 0;
      for (int i = 0; i < regel.length(); ) {
        int teken = regel.codePointAt(i);
        int lengte = new String(Character.toChars(teken)).getBytes(StandardCharsets.UTF_8).length;
        if (octetten + lengte > MAX_OCTETTEN) {
          uit.append("\r\n ");
          octetten = 1;
        }
        uit.appendCodePoint(teken);
        octetten += lengte;
        i += Character.charCount(teken);
      }
      uit.append("\r\n");
    }
    return uit.toString();
  }
}
