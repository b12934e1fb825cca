package nl.zvh.architectuur;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.util.List;
import java.util.Set;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.casus.Criteriumuitkomst;
import nl.zvh.domain.model.casus.Informatiecategorie;
import nl.zvh.domain.model.casus.Leefgebied;
import nl.zvh.domain.model.casus.RedenNietGeinformeerd;
import nl.zvh.domain.model.casus.Triagebesluit;
import nl.zvh.domain.model.casus.UitvraagAdres;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.gedeeld.Adres;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.gedeeld.Invoerregels;
import nl.zvh.domain.model.gedeeld.Tijdzone;
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
import nl.zvh.privacy.Besluit;
import nl.zvh.privacy.Toegangsbeleid;

/**
 * The module boundaries as rules on the compiled classes of all four modules (they are all on this
 * module's test classpath; test classes are left out). The OSGi manifests draw the same boundaries
 * per package (ModulebundelsTest in zvh-systemtest resolves the bundles); these rules go down to
 * the class and the call.
 *
 * <p>The rules read bytecode, so they do not see a compile-time constant of another class: javac
 * copies {@code InformatieItem.MAX_INHOUD} in a {@code @Size} into the class that uses it.
 */
@AnalyzeClasses(packages = "nl.zvh", importOptions = ImportOption.DoNotIncludeTests.class)
class ModulegrenzenTest {

  private static final String DOMEIN = "nl.zvh.domain..";
  private static final String PRIVACY = "nl.zvh.privacy..";
  private static final String REGIE = "nl.zvh.regie..";
  private static final String WEB = "nl.zvh.web..";

  /**
   * The domain types that the web module may use itself: enums and small value types that a page
   * shows or a form fills, and the domain's rule exception. No JPA entity: the web module gets what
   * it shows from the services (zvh-regie), which decide through zvh-privacy what a user may see.
   */
  static final List<Class<?>> DOMAIN_TYPES_WEB_MAY_USE =
      List.of(
          // enums
          CasusStatus.class,
          Criteriumuitkomst.class,
          Informatiecategorie.class,
          Leefgebied.class,
          RedenNietGeinformeerd.class,
          Triagebesluit.Route.class,
          Triagebesluit.Uitkomst.class,
          UitvraagAdres.Antwoord.class,
          Overleg.Status.class,
          Genodigde.Reactie.class,
          Veiligheidscheck.Uitkomst.class,
          Actiepuntstatus.class,
          Terugkoppeling.Soort.class,
          Signaal.Soort.class,
          Signaal.Status.class,
          Escalatie.Status.class,
          Resultaat.class,
          Opschaling.Status.class,
          Nazorgcheck.Status.class,
          // procesregie (issue 13): how the contact with the casusregisseur took place
          Contactmoment.Vorm.class,
          Rol.class,
          OrganisatieType.class,
          // value types
          Adres.class,
          // the one time zone of the portal
          Tijdzone.class,
          // the domain's answer to invalid input, shown next to the field
          DomeinRegelGeschonden.class,
          // the rules every input keeps, in the API and the forms alike (issue 14, item 6)
          Invoerregels.class);

  /**
   * The classes outside zvh-privacy that ask {@link Toegangsbeleid} themselves: none. Every service
   * goes through the Verwerkingspoort (in zvh-privacy), which asks the policy for it; a class added
   * here must say why it cannot (see {@link #everyListedCallerStillAsksTheToegangsbeleid}).
   */
  static final List<Class<?>> TOEGANGSBELEID_CALLERS = List.of();

  @ArchTest
  static final ArchRule dependenciesPointOneWay =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("web")
          .definedBy(WEB)
          .layer("regie")
          .definedBy(REGIE)
          .layer("privacy")
          .definedBy(PRIVACY)
          .layer("domain")
          .definedBy(DOMEIN)
          .whereLayer("web")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("regie")
          .mayOnlyBeAccessedByLayers("web")
          .whereLayer("privacy")
          .mayOnlyBeAccessedByLayers("regie", "web")
          .whereLayer("domain")
          .mayOnlyBeAccessedByLayers("privacy", "regie", "web")
          .because(
              "dependencies point one way, web → regie → privacy → domain: a lower module knows"
                  + " nothing of the modules that build on it");

  @ArchTest
  static final ArchRule webUsesOnlyListedDomainTypes =
      noClasses()
          .that()
          .resideInAPackage(WEB)
          .should()
          .dependOnClassesThat(domainTypesNotListed())
          .because(
              "the web module shows what the services return and takes from the domain only"
                  + " enums and small value types: an entity in a page bean would bypass the"
                  + " services and the privacy rules they apply");

  @ArchTest
  static final ArchRule theListOfDomainTypesHoldsNoEntity =
      classes()
          .that(belongToAnyOf(DOMAIN_TYPES_WEB_MAY_USE.toArray(Class<?>[]::new)))
          .should()
          .notBeAnnotatedWith(Entity.class)
          .andShould()
          .notBeAnnotatedWith(MappedSuperclass.class)
          .because("a JPA entity is never one of the domain types that the web module may use");

  @ArchTest
  static final ArchRule onlyPrivacyDecidesAccess =
      noClasses()
          .that()
          .resideOutsideOfPackage(PRIVACY)
          .should()
          .accessTargetWhere(makesABesluit())
          .because(
              "only zvh-privacy decides who may see what: elsewhere a Besluit is only read,"
                  + " never made");

  @ArchTest
  static final ArchRule onlyListedCallersAskTheToegangsbeleid =
      noClasses()
          .that()
          .resideOutsideOfPackage(PRIVACY)
          .and(not(belongToAnyOf(TOEGANGSBELEID_CALLERS.toArray(Class<?>[]::new))))
          .should()
          .accessTargetWhere(asksTheToegangsbeleid())
          .because(
              "a service asks the access policy through a known, short list of classes"
                  + " (TOEGANGSBELEID_CALLERS), so that no path to personal data skips it"
                  + " unnoticed");

  @ArchTest
  static void everyListedCallerStillAsksTheToegangsbeleid(JavaClasses alle) {
    for (Class<?> aanroeper : TOEGANGSBELEID_CALLERS) {
      boolean vraagt =
          alle.stream()
              .filter(belongToAnyOf(aanroeper))
              .flatMap(klasse -> klasse.getAccessesFromSelf().stream())
              .anyMatch(asksTheToegangsbeleid());
      assertTrue(
          vraagt,
          () ->
              aanroeper.getName()
                  + " no longer asks the Toegangsbeleid: remove it from TOEGANGSBELEID_CALLERS");
    }
  }

  private static DescribedPredicate<JavaClass> domainTypesNotListed() {
    DescribedPredicate<JavaClass> gelijst =
        belongToAnyOf(DOMAIN_TYPES_WEB_MAY_USE.toArray(Class<?>[]::new));
    return describe(
        "are domain types outside DOMAIN_TYPES_WEB_MAY_USE",
        klasse -> {
          // An array of a listed type (Rol[] for a choice list) counts as that type.
          JavaClass type = klasse.getBaseComponentType();
          return resideInAPackage(DOMEIN).test(type) && !gelijst.test(type);
        });
  }

  /** Besluit.toegestaan(String), Besluit.geweigerd(String) and new Besluit(..): a decision. */
  private static DescribedPredicate<JavaAccess<?>> makesABesluit() {
    return describe(
        "Besluit.toegestaan(String), Besluit.geweigerd(String) or new Besluit(..)",
        toegang ->
            toegang.getTarget() instanceof CodeUnitAccessTarget doel
                && doel.getOwner().isEquivalentTo(Besluit.class)
                && (doel.getName().equals(JavaConstructor.CONSTRUCTOR_NAME)
                    || Set.of("toegestaan", "geweigerd").contains(doel.getName())
                        && doel.getRawParameterTypes().size() == 1));
  }

  private static DescribedPredicate<JavaAccess<?>> asksTheToegangsbeleid() {
    return describe(
        "a method of Toegangsbeleid",
        toegang -> toegang.getTargetOwner().isAssignableTo(Toegangsbeleid.class));
  }
}
