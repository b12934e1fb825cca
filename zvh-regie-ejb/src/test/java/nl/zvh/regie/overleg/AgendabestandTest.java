package nl.zvh.regie.overleg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.ZoneRulesBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.validate.ValidationResult;
import nl.zvh.regie.overleg.Agendabestand.Afspraak;
import nl.zvh.regie.overleg.Agendabestand.Afspraak.Deelnemer;
import org.junit.jupiter.api.Test;

class AgendabestandTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  /** 6 July 2027, 14:00–15:30 summer time (UTC+2). */
  private static final ZonedDateTime ZOMER = ZonedDateTime.of(2027, 7, 6, 14, 0, 0, 0, AMSTERDAM);

  /** 12 January 2027, 09:30–11:00 winter time (UTC+1), given in UTC. */
  private static final ZonedDateTime WINTER =
      ZonedDateTime.of(2027, 1, 12, 8, 30, 0, 0, ZoneId.of("UTC"));

  private static final Instant NU = Instant.parse("2026-12-03T10:15:30Z");

  private static Afspraak afspraak(ZonedDateTime begin, int volgnummer) {
    return new Afspraak(
        "overleg-42@zvh.example",
        volgnummer,
        begin,
        begin.plusMinutes(90),
        "ICO casus 2027-0042",
        "Zorg- en Veiligheidshuis, zaal Één",
        "Casus 2027-0042. Agenda en stukken: https://zvh.example/overleg/42",
        "Anouk de Regisseur",
        "regisseur@zvh.example",
        List.of(
            new Deelnemer("Noël van Dijk", "noel.vandijk@ggz.example"),
            new Deelnemer("Ilse; Politie, \"wijk\"", "wijkagent@politie.example")));
  }

  @Test
  void anInvitationIsAValidRequestWithOneConfirmedEvent() throws Exception {
    Calendar agenda = gelezen(Agendabestand.bestand(afspraak(ZOMER, 0), methodeVerzoek(), NU));

    assertGeldig(agenda);
    assertEquals("REQUEST", waarde(agenda, Property.METHOD));
    assertEquals("2.0", waarde(agenda, Property.VERSION));
    VEvent afspraak = deAfspraak(agenda);
    assertEquals("overleg-42@zvh.example", waarde(afspraak, Property.UID));
    assertEquals("0", waarde(afspraak, Property.SEQUENCE));
    assertEquals("CONFIRMED", waarde(afspraak, Property.STATUS));
    assertEquals("20261203T101530Z", waarde(afspraak, Property.DTSTAMP));
    assertEquals("ICO casus 2027-0042", waarde(afspraak, Property.SUMMARY));
    assertEquals("Zorg- en Veiligheidshuis, zaal Één", waarde(afspraak, Property.LOCATION));
    assertEquals(
        "Casus 2027-0042. Agenda en stukken: https://zvh.example/overleg/42",
        waarde(afspraak, Property.DESCRIPTION));
    Property organisator = afspraak.getRequiredProperty(Property.ORGANIZER);
    assertEquals("mailto:regisseur@zvh.example", organisator.getValue());
    assertEquals("Anouk de Regisseur", parameter(organisator, Parameter.CN));
  }

  @Test
  void startAndEndAreTheGivenInstantsInDutchSummerTime() throws Exception {
    VEvent afspraak =
        deAfspraak(gelezen(Agendabestand.bestand(afspraak(ZOMER, 0), methodeVerzoek(), NU)));

    assertTijdstip(afspraak, Property.DTSTART, ZOMER, "20270706T140000");
    assertTijdstip(afspraak, Property.DTEND, ZOMER.plusMinutes(90), "20270706T153000");
  }

  @Test
  void startAndEndAreTheGivenInstantsInDutchWinterTime() throws Exception {
    VEvent afspraak =
        deAfspraak(gelezen(Agendabestand.bestand(afspraak(WINTER, 0), methodeVerzoek(), NU)));

    assertTijdstip(afspraak, Property.DTSTART, WINTER, "20270112T093000");
    assertTijdstip(afspraak, Property.DTEND, WINTER.plusMinutes(90), "20270112T110000");
  }

  @Test
  void everyParticipantIsARequiredAttendeeAskedToReply() throws Exception {
    VEvent afspraak =
        deAfspraak(gelezen(Agendabestand.bestand(afspraak(ZOMER, 0), methodeVerzoek(), NU)));

    List<Attendee> deelnemers = afspraak.getProperties(Property.ATTENDEE);
    assertEquals(
        List.of("mailto:noel.vandijk@ggz.example", "mailto:wijkagent@politie.example"),
        deelnemers.stream().map(Property::getValue).toList());
    assertEquals(
        List.of("Noël van Dijk", "Ilse; Politie, 'wijk'"),
        deelnemers.stream().map(d -> parameter(d, Parameter.CN)).toList());
    for (Attendee deelnemer : deelnemers) {
      assertEquals("REQ-PARTICIPANT", parameter(deelnemer, Parameter.ROLE));
      assertEquals("NEEDS-ACTION", parameter(deelnemer, Parameter.PARTSTAT));
      assertEquals("TRUE", parameter(deelnemer, Parameter.RSVP));
    }
  }

  @Test
  void aCancellationIsTheSameMeetingWithTheRaisedSequenceAndCancelled() throws Exception {
    Calendar agenda =
        gelezen(Agendabestand.bestand(afspraak(ZOMER, 3), Agendabestand.Methode.CANCEL, NU));

    assertGeldig(agenda);
    assertEquals("CANCEL", waarde(agenda, Property.METHOD));
    VEvent afspraak = deAfspraak(agenda);
    assertEquals("overleg-42@zvh.example", waarde(afspraak, Property.UID));
    assertEquals("3", waarde(afspraak, Property.SEQUENCE));
    assertEquals("CANCELLED", waarde(afspraak, Property.STATUS));
    assertTijdstip(afspraak, Property.DTSTART, ZOMER, "20270706T140000");
    assertEquals(2, afspraak.getProperties(Property.ATTENDEE).size());
  }

  @Test
  void thePublicMethodsWriteTheSameFileWithTheCurrentStamp() throws Exception {
    Calendar uitnodiging = gelezen(Agendabestand.uitnodiging(afspraak(WINTER, 1)));
    Calendar annulering = gelezen(Agendabestand.annulering(afspraak(WINTER, 2)));

    assertGeldig(uitnodiging);
    assertGeldig(annulering);
    assertEquals("REQUEST", waarde(uitnodiging, Property.METHOD));
    assertEquals("CANCEL", waarde(annulering, Property.METHOD));
    Instant gestempeld =
        Instant.from(
            deAfspraak(uitnodiging)
                .<DateProperty<Temporal>>getRequiredProperty(Property.DTSTAMP)
                .getDate());
    assertTrue(
        Math.abs(ChronoUnit.SECONDS.between(gestempeld, Instant.now())) < 60, "" + gestempeld);
  }

  /** Only what the caller gave, plus the structure RFC 5545 requires: no X- properties, no host. */
  @Test
  void theFileHoldsNothingButWhatWasGiven() throws Exception {
    Calendar agenda = gelezen(Agendabestand.bestand(afspraak(ZOMER, 0), methodeVerzoek(), NU));

    assertEquals(Set.of("PRODID", "VERSION", "CALSCALE", "METHOD"), namen(agenda.getProperties()));
    assertEquals(
        List.of("VTIMEZONE", "VEVENT"),
        agenda.getComponents().stream().map(Component::getName).toList());
    assertEquals(
        new TreeSet<>(
            Set.of(
                "UID",
                "SEQUENCE",
                "DTSTAMP",
                "DTSTART",
                "DTEND",
                "SUMMARY",
                "LOCATION",
                "DESCRIPTION",
                "ORGANIZER",
                "ATTENDEE",
                "STATUS")),
        namen(deAfspraak(agenda).getProperties()));
    assertTrue(deAfspraak(agenda).getComponents().isEmpty(), "no alarm or other component");
    List<VTimeZone> zones = agenda.getComponents(Component.VTIMEZONE);
    VTimeZone zone = zones.get(0);
    assertEquals(Set.of("TZID"), namen(zone.getProperties()), "no TZURL or LAST-MODIFIED");

    String tekst = tekst(Agendabestand.bestand(afspraak(ZOMER, 0), methodeVerzoek(), NU));
    assertFalse(tekst.contains("X-"), tekst);
  }

  @Test
  void withoutLocationOrDescriptionTheseAreLeftOut() throws Exception {
    Afspraak zonder =
        new Afspraak(
            "overleg-7@zvh.example",
            0,
            ZOMER,
            ZOMER.plusHours(1),
            "ICO casus 2027-0007",
            null,
            " ",
            "ZVH",
            "zvh@zvh.example",
            List.of(new Deelnemer("Noël van Dijk", "noel.vandijk@ggz.example")));
    Calendar agenda = gelezen(Agendabestand.bestand(zonder, methodeVerzoek(), NU));

    assertGeldig(agenda);
    Set<String> namen = namen(deAfspraak(agenda).getProperties());
    assertFalse(namen.contains("LOCATION"), namen.toString());
    assertFalse(namen.contains("DESCRIPTION"), namen.toString());
  }

  @Test
  void theFileIsUtf8WithCrlfLineEndsFoldedAt75Octets() {
    byte[] bestand = Agendabestand.bestand(afspraak(ZOMER, 0), methodeVerzoek(), NU);
    String tekst = tekst(bestand);

    assertTrue(tekst.startsWith("BEGIN:VCALENDAR\r\n"), tekst);
    assertTrue(tekst.endsWith("END:VCALENDAR\r\n"), tekst);
    assertFalse(tekst.replace("\r\n", "").contains("\n"), "a bare LF");
    assertFalse(tekst.replace("\r\n", "").contains("\r"), "a bare CR");
    for (String regel : tekst.split("\r\n")) {
      assertTrue(regel.getBytes(StandardCharsets.UTF_8).length <= 75, regel);
    }
    assertTrue(tekst.contains("DTSTART;TZID=Europe/Amsterdam:20270706T140000\r\n"), tekst);
    assertTrue(tekst.contains("TZID:Europe/Amsterdam\r\n"), tekst);
    assertTrue(tekst.replace("\r\n ", "").contains("zaal Één"), "UTF-8: " + tekst);
  }

  @Test
  void aLongLineOfDiacriticsIsFoldedByOctetsNeverInsideACharacter() throws Exception {
    String lang = "Casus 2027-0042: één, twee, drie — ë".repeat(12) + " 😀 einde";
    Afspraak afspraak = afspraak(ZOMER, 0);
    Afspraak metLangeOmschrijving =
        new Afspraak(
            afspraak.uid(),
            0,
            afspraak.begin(),
            afspraak.eind(),
            afspraak.onderwerp(),
            afspraak.locatie(),
            lang,
            afspraak.organisatorNaam(),
            afspraak.organisatorEmail(),
            afspraak.deelnemers());
    byte[] bestand = Agendabestand.bestand(metLangeOmschrijving, methodeVerzoek(), NU);

    for (String regel : tekst(bestand).split("\r\n")) {
      assertTrue(regel.getBytes(StandardCharsets.UTF_8).length <= 75, regel);
      assertFalse(regel.contains("\uFFFD"), regel);
    }
    assertEquals(
        lang.replace(",", "\\,"),
        tekst(bestand)
            .replace("\r\n ", "")
            .lines()
            .filter(r -> r.startsWith("DESCRIPTION:"))
            .findFirst()
            .orElseThrow()
            .substring("DESCRIPTION:".length()));
    assertEquals(lang, waarde(deAfspraak(gelezen(bestand)), Property.DESCRIPTION));
  }

  @Test
  void theTimeZoneOfTheFileIsDutchTimeForEveryHourOfTheComingYears() throws Exception {
    ZoneRules vanHetBestand =
        new ZoneRulesBuilder().vTimeZone(Agendabestand.nederlandseTijd()).build();
    ZoneRules vanDeJdk = AMSTERDAM.getRules();

    Instant tot = Instant.parse("2061-01-01T00:00:00Z");
    for (Instant t = Instant.parse("1997-01-01T00:00:00Z");
        t.isBefore(tot);
        t = t.plus(1, ChronoUnit.HOURS)) {
      assertEquals(vanDeJdk.getOffset(t), vanHetBestand.getOffset(t), t.toString());
    }
  }

  @Test
  void aMeetingEndsAfterItStarts() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Afspraak(
                "x@zvh.example",
                0,
                ZOMER,
                ZOMER,
                "ICO",
                null,
                null,
                "ZVH",
                "z@zvh.example",
                List.of()));
  }

  @Test
  void aMeetingHasAParticipant() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Afspraak(
                "x@zvh.example",
                0,
                ZOMER,
                ZOMER.plusHours(1),
                "ICO",
                null,
                null,
                "ZVH",
                "z@zvh.example",
                List.of()));
  }

  private static Agendabestand.Methode methodeVerzoek() {
    return Agendabestand.Methode.REQUEST;
  }

  private static Calendar gelezen(byte[] bestand) throws IOException, ParserException {
    return new CalendarBuilder()
        .build(new InputStreamReader(new ByteArrayInputStream(bestand), StandardCharsets.UTF_8));
  }

  private static String tekst(byte[] bestand) {
    return new String(bestand, StandardCharsets.UTF_8);
  }

  private static void assertGeldig(Calendar agenda) throws Exception {
    ValidationResult uitslag = agenda.validate();
    assertFalse(uitslag.hasErrors(), uitslag.toString());
  }

  private static VEvent deAfspraak(Calendar agenda) {
    List<VEvent> afspraken = agenda.getComponents(Component.VEVENT);
    assertEquals(1, afspraken.size());
    return afspraken.get(0);
  }

  private static String waarde(Calendar agenda, String naam) {
    return agenda.getRequiredProperty(naam).getValue();
  }

  private static String waarde(Component component, String naam) {
    return component.getRequiredProperty(naam).getValue();
  }

  private static String parameter(Property property, String naam) {
    return property.getRequiredParameter(naam).getValue();
  }

  private static Set<String> namen(List<? extends Property> properties) {
    return properties.stream()
        .map(Property::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static void assertTijdstip(
      VEvent afspraak, String naam, ZonedDateTime verwacht, String lokaal) {
    DateProperty<Temporal> tijdstip = afspraak.getRequiredProperty(naam);
    assertEquals("Europe/Amsterdam", parameter(tijdstip, Parameter.TZID));
    assertEquals(lokaal, tijdstip.getValue());
    assertEquals(verwacht.toInstant(), Instant.from(tijdstip.getDate()));
    assertEquals(
        LocalDateTime.ofInstant(verwacht.toInstant(), AMSTERDAM),
        LocalDateTime.from(tijdstip.getDate()));
  }
}
