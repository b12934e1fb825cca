package nl.zvh.regie.overleg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gedeeld.Tijdzone;
import nl.zvh.domain.model.overleg.Genodigde;
import nl.zvh.domain.model.overleg.Overleg;
import nl.zvh.domain.model.overleg.Overlegmoment;
import nl.zvh.regie.melding.Mailer;

/**
 * The calendar mail of an overleg, sent once its change is committed: an invitation (iCalendar
 * REQUEST) to new invitees, an update with the same UID and a higher SEQUENCE to those who stay,
 * and a cancellation (CANCEL) to those taken off or when the overleg is cancelled. Subject, body
 * and file name the case number, the time and the place only, and link to the portal: no personal
 * data.
 */
@ApplicationScoped
public class Overlegmeldingen {

  private static final DateTimeFormatter DAG =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
  private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter KORT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

  @Inject private Mailer mailer;

  /** What changed, for whom, as it was at the commit. */
  public record Melding(
      Afspraak afspraak,
      List<Ontvanger> uitnodigen,
      List<Ontvanger> bijwerken,
      List<Ontvanger> afmelden) {}

  /** The overleg as the mail tells it. */
  public record Afspraak(
      long overlegId,
      String uid,
      int reeks,
      String casusnummer,
      String soort,
      Overlegmoment moment,
      String voorzitter,
      String voorzitterEmail,
      boolean geannuleerd) {}

  /** A person who gets the mail. */
  public record Ontvanger(String naam, String email) {}

  static Melding uitnodiging(Overleg overleg, List<Gebruiker> nieuw) {
    return new Melding(afspraak(overleg), ontvangers(nieuw), List.of(), List.of());
  }

  static Melding wijziging(Overleg overleg, List<Gebruiker> nieuw, List<Gebruiker> afgemeld) {
    List<Gebruiker> blijven =
        overleg.getGenodigden().stream()
            .map(Genodigde::getGebruiker)
            .filter(g -> !nieuw.contains(g))
            .toList();
    return new Melding(
        afspraak(overleg), ontvangers(nieuw), ontvangers(blijven), ontvangers(afgemeld));
  }

  static Melding annulering(Overleg overleg) {
    return new Melding(
        afspraak(overleg),
        List.of(),
        List.of(),
        ontvangers(overleg.getGenodigden().stream().map(Genodigde::getGebruiker).toList()));
  }

  /** The overleg in a few words, for the case's timeline: kind, time and place. */
  static String omschrijving(Overleg overleg) {
    Overlegmoment m = overleg.getMoment();
    return soort(overleg)
        + " "
        + m.datum().atTime(m.begin()).format(KORT)
        + "–"
        + m.eind().format(TIJD)
        + ", "
        + plaats(overleg);
  }

  static String plaats(Overleg overleg) {
    Overlegmoment m = overleg.getMoment();
    if (m.locatie() != null && m.vergaderlink() != null) {
      return m.locatie() + " en online";
    }
    return m.locatie() != null ? m.locatie() : "online";
  }

  static String soort(Overleg overleg) {
    return overleg.getNummer() == 1 ? "ICO" : "Vervolg-ICO " + overleg.getNummer();
  }

  void verstuur(@Observes(during = TransactionPhase.AFTER_SUCCESS) Melding melding) {
    Afspraak a = melding.afspraak();
    Agendabestand.Afspraak uitnodiging = agenda(a, melding);
    for (Ontvanger o : melding.uitnodigen()) {
      mailer.verstuur(
          o.email(),
          "Uitnodiging " + a.soort() + " casus " + a.casusnummer(),
          tekst(
              a,
              "U bent uitgenodigd voor het " + a.soort() + " over casus " + a.casusnummer() + "."),
          Agendabestand.Bijlage.uitnodigingVoor(uitnodiging));
    }
    for (Ontvanger o : melding.bijwerken()) {
      mailer.verstuur(
          o.email(),
          "Gewijzigd: " + a.soort() + " casus " + a.casusnummer(),
          tekst(a, "Het " + a.soort() + " over casus " + a.casusnummer() + " is gewijzigd."),
          Agendabestand.Bijlage.uitnodigingVoor(uitnodiging));
    }
    for (Ontvanger o : melding.afmelden()) {
      mailer.verstuur(
          o.email(),
          "Geannuleerd: " + a.soort() + " casus " + a.casusnummer(),
          tekst(
              a,
              a.geannuleerd()
                  ? "Het " + a.soort() + " over casus " + a.casusnummer() + " gaat niet door."
                  : "U bent niet langer uitgenodigd voor het "
                      + a.soort()
                      + " over casus "
                      + a.casusnummer()
                      + "."),
          Agendabestand.Bijlage.annuleringVan(agenda(a, melding)));
    }
  }

  private String tekst(Afspraak a, String eerste) {
    Overlegmoment m = a.moment();
    List<String> regels = new ArrayList<>(List.of(eerste, ""));
    regels.add(
        "Wanneer: "
            + DAG.format(m.datum())
            + " van "
            + TIJD.format(m.begin())
            + " tot "
            + TIJD.format(m.eind()));
    if (m.locatie() != null) {
      regels.add("Waar: " + m.locatie());
    }
    if (m.vergaderlink() != null) {
      regels.add("Online: " + m.vergaderlink());
    }
    if (!a.geannuleerd()) {
      regels.add("");
      regels.add("Zeg in het portaal of u komt, en bereid het overleg daar voor.");
    }
    return mailer.tekst(regels, "/casus/overleg.xhtml?id=" + a.overlegId());
  }

  private Agendabestand.Afspraak agenda(Afspraak a, Melding melding) {
    Overlegmoment m = a.moment();
    List<Agendabestand.Afspraak.Deelnemer> deelnemers = new ArrayList<>();
    for (List<Ontvanger> lijst :
        List.of(melding.uitnodigen(), melding.bijwerken(), melding.afmelden())) {
      lijst.forEach(o -> deelnemers.add(new Agendabestand.Afspraak.Deelnemer(o.naam(), o.email())));
    }
    String link = mailer.portaalUrl() + "/casus/overleg.xhtml?id=" + a.overlegId();
    return new Agendabestand.Afspraak(
        a.uid(),
        a.reeks(),
        ZonedDateTime.of(m.datum(), m.begin(), Tijdzone.NEDERLAND),
        ZonedDateTime.of(m.datum(), m.eind(), Tijdzone.NEDERLAND),
        a.soort() + " casus " + a.casusnummer(),
        m.locatie() != null ? m.locatie() : m.vergaderlink(),
        a.soort()
            + " over casus "
            + a.casusnummer()
            + ". Zie het portaal: "
            + link
            + (m.vergaderlink() != null ? "\nOnline: " + m.vergaderlink() : ""),
        a.voorzitter(),
        a.voorzitterEmail(),
        deelnemers);
  }

  private static Afspraak afspraak(Overleg o) {
    return new Afspraak(
        o.getId(),
        o.getUid(),
        o.getReeks(),
        o.getCasus().getNummer(),
        soort(o),
        o.getMoment(),
        o.getVoorzitter().getNaam(),
        o.getVoorzitter().getEmail(),
        o.getStatus() == Overleg.Status.GEANNULEERD);
  }

  private static List<Ontvanger> ontvangers(List<Gebruiker> gebruikers) {
    return gebruikers.stream().map(g -> new Ontvanger(g.getNaam(), g.getEmail())).toList();
  }
}
