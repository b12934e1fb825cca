package nl.zvh.web.gedeeld;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.casus.Criterium;
import nl.zvh.domain.model.casus.Criteriumuitkomst;
import nl.zvh.domain.model.casus.Gebeurtenis;
import nl.zvh.domain.model.casus.Informatiecategorie;
import nl.zvh.domain.model.casus.Leefgebied;
import nl.zvh.domain.model.casus.RedenNietGeinformeerd;
import nl.zvh.domain.model.casus.Triagebesluit;
import nl.zvh.domain.model.casus.UitvraagAdres;
import nl.zvh.domain.model.gebruiker.Inloggebeurtenis;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import nl.zvh.domain.model.overleg.Genodigde;
import nl.zvh.domain.model.overleg.Overleg;
import nl.zvh.domain.model.overleg.Veiligheidscheck;
import nl.zvh.domain.model.plan.Actiepuntstatus;
import nl.zvh.domain.model.plan.Terugkoppeling;
import nl.zvh.domain.model.procesregie.Contactmoment;
import nl.zvh.domain.model.procesregie.Nazorgcheck;
import nl.zvh.domain.model.procesregie.Opschaling;
import nl.zvh.domain.model.procesregie.Resultaat;
import nl.zvh.domain.model.uitvoering.Escalatie;
import nl.zvh.domain.model.uitvoering.Signaal;
import nl.zvh.privacy.verstrekking.VerzoekStatus;
import nl.zvh.regie.beheer.Inlogoverzicht;
import nl.zvh.regie.casus.Deelnemersrol;
import nl.zvh.regie.cijfers.Managementcijfers;
import nl.zvh.regie.overdracht.Casusregiestand;
import nl.zvh.regie.overleg.Leefgebiednamen;
import nl.zvh.regie.procesregie.overzicht.Aandachtfilter;
import nl.zvh.regie.screening.Uitvraagfilter;
import nl.zvh.regie.screening.WerkvoorraadRegel;
import nl.zvh.regie.screening.Werkvoorraadfilter;
import nl.zvh.regie.werklijst.Actiepuntfilter;
import nl.zvh.regie.werklijst.Toewijzing;
import nl.zvh.web.aanmelding.Aanmelden;
import nl.zvh.web.casus.Dossier;
import org.junit.jupiter.api.Test;

/**
 * Every text that a page or a bean asks for is in the Dutch bundle. A missing key shows as
 * "???sleutel???" on a page, and from a bean it ends on the error page; both would reach users.
 */
class TekstenTest {

  private static final Properties TEKSTEN = teksten();
  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Path JAVA = Path.of("src/main/java");

  /** The texts of the values of the enums that pages show, by the prefix the pages use. */
  private static final Map<String, List<? extends Enum<?>>> WAARDEN =
      Map.ofEntries(
          Map.entry("status.", List.of(CasusStatus.values())),
          Map.entry("dossier.volgende.", List.of(CasusStatus.values())),
          Map.entry("dossier.tab.", List.of(Dossier.Tabblad.values())),
          Map.entry("overleg.status.", List.of(Overleg.Status.values())),
          Map.entry("overleg.reactie.", List.of(Genodigde.Reactie.values())),
          Map.entry("veiligheid.", List.of(Veiligheidscheck.Uitkomst.values())),
          Map.entry("actiepunt.status.", List.of(Actiepuntstatus.values())),
          Map.entry("uitvoering.aantal.", List.of(Actiepuntstatus.values())),
          Map.entry("terugkoppeling.soort.", List.of(Terugkoppeling.Soort.values())),
          Map.entry("terugkoppeling.keuze.", List.of(Terugkoppeling.Soort.values())),
          Map.entry("signaal.soort.", List.of(Signaal.Soort.values())),
          Map.entry("signaal.status.", List.of(Signaal.Status.values())),
          Map.entry("escalatie.status.", List.of(Escalatie.Status.values())),
          Map.entry("resultaat.", List.of(Resultaat.values())),
          Map.entry("opschaling.status.", List.of(Opschaling.Status.values())),
          Map.entry("nazorg.status.", List.of(Nazorgcheck.Status.values())),
          Map.entry("gebeurtenis.", List.of(Gebeurtenis.Soort.values())),
          Map.entry("antwoord.", List.of(UitvraagAdres.Antwoord.values())),
          Map.entry("categorie.", List.of(Informatiecategorie.values())),
          Map.entry("leefgebied.", List.of(Leefgebied.values())),
          Map.entry("criterium.", List.of(Criterium.values())),
          Map.entry("criterium.kort.", List.of(Criterium.values())),
          Map.entry("uitkomst.", List.of(Criteriumuitkomst.values())),
          Map.entry("nietgeinformeerd.", List.of(RedenNietGeinformeerd.values())),
          Map.entry("triage.uitkomst.", List.of(Triagebesluit.Uitkomst.values())),
          Map.entry("triage.route.", List.of(Triagebesluit.Route.values())),
          Map.entry("rol.", List.of(Rol.values())),
          Map.entry("overdracht.nodig.", List.of(Casusregiestand.values())),
          Map.entry("type.", List.of(OrganisatieType.values())),
          Map.entry("verzoekstatus.", List.of(VerzoekStatus.values())),
          Map.entry("termijn.", List.of(WerkvoorraadRegel.Termijnsignaal.values())),
          Map.entry("werkvoorraad.filter.", List.of(Werkvoorraadfilter.values())),
          Map.entry("uitvragen.filter.", List.of(Uitvraagfilter.values())),
          Map.entry("dag.", List.of(DayOfWeek.values())),
          Map.entry("aanmelden.stap.", List.of(Aanmelden.Stap.values())),
          // ---- werklijsten
          Map.entry("actiepunten.filter.", List.of(Actiepuntfilter.values())),
          Map.entry("actiepunten.wie.", List.of(Toewijzing.values())),
          Map.entry("mijncasussen.rol.", List.of(Deelnemersrol.values())),
          // ---- managementcijfers
          Map.entry("cijfers.doorloop.", List.of(Managementcijfers.Doorloop.values())),
          Map.entry("cijfers.escalatie.", List.of(Managementcijfers.Escalatiestand.values())),
          Map.entry("cijfers.opschaling.", List.of(Managementcijfers.Opschalingsstand.values())),
          Map.entry("cijfers.resultaat.", List.of(Resultaat.values())),
          // ---- procesregie dashboard and contact moments (issue 13)
          Map.entry("procesregie.filter.", List.of(Aandachtfilter.values())),
          Map.entry("procesregie.contact.vorm.", List.of(Contactmoment.Vorm.values())),
          // ---- login security (issue 14)
          Map.entry("inlogbeveiliging.filter.", List.of(Inlogoverzicht.Soortfilter.values())),
          Map.entry("inlogbeveiliging.soort.", List.of(Inloggebeurtenis.Soort.values())));

  @Test
  void everyValueThatAPageShowsHasItsText() {
    Set<String> ontbreekt = new TreeSet<>();
    WAARDEN.forEach(
        (voorvoegsel, waarden) ->
            waarden.stream()
                .map(w -> voorvoegsel + w.name())
                .filter(sleutel -> !TEKSTEN.containsKey(sleutel))
                .forEach(ontbreekt::add));
    assertEquals(Set.of(), ontbreekt);
  }

  @Test
  void everyPrefixThatAPageCombinesWithAValueIsCheckedAbove() {
    Set<String> voorvoegsels =
        vindIn(WEBAPP, ".xhtml", Pattern.compile("tekst\\['([a-z.]+\\.)'\\.concat\\("));
    assertEquals(Set.of(), difference(voorvoegsels, WAARDEN.keySet(), "uitvragen.antwoord."));
  }

  @Test
  void everyKeyThatAPageNamesExists() {
    Set<String> sleutels = vindIn(WEBAPP, ".xhtml", Pattern.compile("tekst\\['([^']+)'\\]"));
    assertEquals(Set.of(), difference(sleutels, TEKSTEN.stringPropertyNames()));
  }

  @Test
  void everyKeyThatABeanNamesExists() {
    Set<String> eersteDelen =
        TEKSTEN.stringPropertyNames().stream()
            .map(s -> s.substring(0, s.indexOf('.') + 1))
            .collect(Collectors.toSet());
    Set<String> sleutels =
        vindIn(JAVA, ".java", Pattern.compile("\"([a-z]+\\.[a-zA-Z0-9.-]+)\"")).stream()
            .filter(s -> eersteDelen.contains(s.substring(0, s.indexOf('.') + 1)))
            .filter(s -> !s.endsWith(".xhtml"))
            .filter(s -> !WAARDEN.containsKey(s)) // a prefix with a value, checked above
            .collect(Collectors.toSet());
    assertEquals(Set.of(), difference(sleutels, TEKSTEN.stringPropertyNames()));
  }

  /** The verslag as PDF names the leefgebieden in regie, as the pages do from this bundle. */
  @Test
  void theDocumentsNameTheLeefgebiedenAsThePagesDo() {
    for (Leefgebied leefgebied : Leefgebied.values()) {
      assertEquals(
          TEKSTEN.getProperty("leefgebied." + leefgebied.name()),
          Leefgebiednamen.naam(leefgebied),
          leefgebied.name());
    }
  }

  private static Set<String> difference(Set<String> a, Set<String> b, String... ook) {
    Set<String> verschil = new TreeSet<>(a);
    verschil.removeAll(b);
    Arrays.asList(ook).forEach(verschil::remove);
    return verschil;
  }

  private static Set<String> vindIn(Path map, String extensie, Pattern patroon) {
    try (Stream<Path> bestanden = Files.walk(map)) {
      Set<String> gevonden = new TreeSet<>();
      bestanden
          .filter(p -> p.toString().endsWith(extensie))
          .forEach(
              p -> {
                Matcher m = patroon.matcher(lees(p));
                while (m.find()) {
                  gevonden.add(m.group(1));
                }
              });
      return gevonden;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String lees(Path bestand) {
    try {
      return Files.readString(bestand, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties teksten() {
    Properties teksten = new Properties();
    try (Reader in =
        new InputStreamReader(
            TekstenTest.class.getResourceAsStream("/nl/zvh/web/teksten.properties"),
            StandardCharsets.UTF_8)) {
      teksten.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return teksten;
  }
}
