package nl.zvh.architectuur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.privacy.Verwerkingspoort;
import org.junit.jupiter.api.Test;

/**
 * Every service of the regie module that touches case data goes through the {@link
 * Verwerkingspoort}: a public method of a bean that (itself, in its lambdas, or in the non-public
 * methods of its class that it calls) uses an entity of the case model must also call the gate. The
 * gate asks the policy and writes the log, so this holds every such method to both.
 */
class VerwerkingspoortTest {

  private static final Set<String> CASUSMODEL =
      Set.of(
          "nl.zvh.domain.model.casus",
          "nl.zvh.domain.model.triage",
          "nl.zvh.domain.model.overleg",
          "nl.zvh.domain.model.plan",
          "nl.zvh.domain.model.uitvoering",
          "nl.zvh.domain.model.procesregie");

  private static final Set<String> BEANS =
      Set.of(
          "jakarta.ejb.Stateless",
          "jakarta.ejb.Singleton",
          "jakarta.enterprise.context.ApplicationScoped",
          "jakarta.enterprise.context.RequestScoped");

  /**
   * Methods that touch case data outside a handeling, each for a reason that makes a policy check
   * and a log record meaningless. Keep this list short; every entry needs its reason.
   */
  private static final Map<String, String> UITZONDERINGEN =
      Map.of(
          "nl.zvh.regie.infrastructuur.DemoGegevens",
          "builds the invented demo cases at start-up, as the system, in demo mode only",
          "nl.zvh.regie.privacy.Vernietiging.vernietig",
          "the work of BEWAARTERMIJN_VERNIETIGEN, public only for its own transaction",
          "nl.zvh.regie.screening.Agendavulling.vul",
          "fills a triage agenda inside TRIAGE_* handelingen, public for its own transaction",
          "nl.zvh.regie.screening.Uitvraagherinneringen",
          "the daily reminder job: mails without personal data to an organisation, as the system",
          "nl.zvh.regie.procesregie.Nazorgherinneringen",
          "the daily follow-up reminder: mails a case number to its procesregisseurs, as the system",
          // ---- procesregie dashboard (issue 13)
          "nl.zvh.regie.procesregie.overzicht.Regieinstellingendienst",
          "the one row of procesregie settings (no case data; its entity lives in the procesregie"
              + " package), kept by the beheerder behind @RolesAllowed");

  private static final JavaClasses KLASSEN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("nl.zvh");

  @Test
  void everyServiceMethodThatTouchesCaseDataGoesThroughTheGate() {
    Set<String> overtredingen = new TreeSet<>();
    Set<String> doorDePoort = methodenDieDePoortAanroepen();
    for (JavaClass klasse : KLASSEN) {
      if (!klasse.getPackageName().startsWith("nl.zvh.regie") || !isBean(klasse)) {
        continue;
      }
      for (JavaMethod methode : klasse.getMethods()) {
        if (!methode.getModifiers().contains(JavaModifier.PUBLIC)
            || methode.getModifiers().contains(JavaModifier.STATIC)
            || uitgezonderd(klasse, methode)) {
          continue;
        }
        Set<JavaCodeUnit> bereik = bereikbaarBinnen(klasse, methode);
        if (raaktCasus(bereik) && !roeptPoortAan(bereik, doorDePoort)) {
          overtredingen.add(methode.getFullName());
        }
      }
    }
    assertEquals(
        Set.of(),
        overtredingen,
        "These service methods touch case data without the Verwerkingspoort");
  }

  /**
   * One shape for a service (package-info of {@code nl.zvh.regie}): a boundary EJB checks the role
   * and passes the call on; the work, with the database and the gate, is in its service. The jobs
   * and the destruction per case are EJBs for their timer or their own transactions.
   */
  @Test
  void aBoundaryOnlyChecksTheRoleAndPassesTheCallOn() {
    Set<String> werkzaam = new TreeSet<>();
    for (JavaClass klasse : KLASSEN) {
      if (klasse.getPackageName().startsWith("nl.zvh.regie")
          && klasse.isAnnotatedWith("jakarta.ejb.Stateless")
          && !klasse.getSimpleName().endsWith("Taak")
          && !klasse.getSimpleName().equals("Vernietiging")
          && klasse.getFields().stream()
              .anyMatch(
                  veld ->
                      veld.getRawType().isEquivalentTo(jakarta.persistence.EntityManager.class)
                          || veld.getRawType().isEquivalentTo(Verwerkingspoort.class))) {
        werkzaam.add(klasse.getName());
      }
    }
    assertEquals(Set.of(), werkzaam, "These boundaries do work that belongs in their service");
  }

  @Test
  void theRuleSeesAMethodThatBypassesTheGate() {
    JavaClasses voorbeeld = new ClassFileImporter().importClasses(Omweg.class, Casus.class);
    JavaClass klasse = voorbeeld.get(Omweg.class);
    JavaMethod omweg = klasse.getMethod("leesZonderPoort", Casus.class);
    Set<JavaCodeUnit> bereik = bereikbaarBinnen(klasse, omweg);
    assertTrue(raaktCasus(bereik) && !roeptPoortAan(bereik, Set.of()));
  }

  /** A method that reads case data by itself, as the rule must catch. */
  static class Omweg {
    public String leesZonderPoort(Casus casus) {
      return List.of(casus).stream().map(c -> c.getNummer()).findFirst().orElse(null);
    }
  }

  private static boolean isBean(JavaClass klasse) {
    return BEANS.stream().anyMatch(klasse::isAnnotatedWith);
  }

  private static boolean uitgezonderd(JavaClass klasse, JavaMethod methode) {
    return UITZONDERINGEN.containsKey(klasse.getName())
        || UITZONDERINGEN.containsKey(klasse.getName() + "." + methode.getName());
  }

  /**
   * The method with its lambdas and the methods of its own class that it calls, as far as they go:
   * what runs when the method runs, short of other beans (which answer for themselves).
   */
  private static Set<JavaCodeUnit> bereikbaarBinnen(JavaClass klasse, JavaMethod methode) {
    Set<JavaCodeUnit> bereik = new HashSet<>();
    Deque<JavaCodeUnit> open = new ArrayDeque<>(List.of(methode));
    while (!open.isEmpty()) {
      JavaCodeUnit unit = open.pop();
      if (!bereik.add(unit)) {
        continue;
      }
      // javac names a lambda after the method it stands in: lambda$name$0.
      String naam = unit.getName();
      klasse.getCodeUnits().stream()
          .filter(u -> u.getName().startsWith("lambda$" + naam + "$"))
          .forEach(open::push);
      Stream.concat(
              unit.getMethodCallsFromSelf().stream(), unit.getMethodReferencesFromSelf().stream())
          .map(JavaAccess::getTarget)
          .filter(doel -> doel.getOwner().equals(klasse))
          .flatMap(
              doel ->
                  klasse.getCodeUnits().stream().filter(u -> u.getName().equals(doel.getName())))
          .forEach(open::push);
    }
    return bereik;
  }

  private static boolean raaktCasus(Set<JavaCodeUnit> bereik) {
    return bereik.stream()
        .anyMatch(
            unit ->
                unit.getAccessesFromSelf().stream()
                        .anyMatch(toegang -> isCasusmodel(toegang.getTargetOwner()))
                    || unit.getReferencedClassObjects().stream()
                        .anyMatch(verwijzing -> isCasusmodel(verwijzing.getRawType())));
  }

  /**
   * Whether what runs calls the gate, directly or through a method of another regie class that does
   * (a shared step such as the screening's versioned change).
   */
  private static boolean roeptPoortAan(Set<JavaCodeUnit> bereik, Set<String> doorDePoort) {
    return bereik.stream()
        .flatMap(unit -> unit.getMethodCallsFromSelf().stream())
        .anyMatch(
            aanroep ->
                aanroep.getTargetOwner().isEquivalentTo(Verwerkingspoort.class)
                    || doorDePoort.contains(aanroep.getTarget().getFullName()));
  }

  /** The methods of the regie module that call the gate themselves. */
  private static Set<String> methodenDieDePoortAanroepen() {
    Set<String> namen = new HashSet<>();
    for (JavaClass klasse : KLASSEN) {
      if (klasse.getPackageName().startsWith("nl.zvh.regie")) {
        for (JavaMethod methode : klasse.getMethods()) {
          if (roeptPoortAan(bereikbaarBinnen(klasse, methode), Set.of())) {
            namen.add(methode.getFullName());
          }
        }
      }
    }
    return namen;
  }

  private static boolean isCasusmodel(JavaClass klasse) {
    return CASUSMODEL.contains(klasse.getPackageName()) && klasse.isAnnotatedWith(Entity.class);
  }
}
