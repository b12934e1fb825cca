package nl.zvh.systemtest.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The module jars and the WAR are OSGi bundles (bnd writes their manifests; see the poms). Resolved
 * together in Apache Felix, every package that one module imports from another must be one that the
 * other exports: a module that uses a neighbour's internal package does not resolve, and the test
 * names the missing requirement. Everything else the bundles import (Jakarta EE, java.*, the
 * libraries) is what Payara and WEB-INF/lib supply; here the framework exports it, but never a
 * package of nl.zvh.
 */
class ModulebundelsTest {

  private static final String EIGEN_PAKKETTEN = "nl.zvh.";

  /** In the order of the graph: web → regie → privacy → domain, listed from the bottom up. */
  private static final List<Bundel> BUNDELS =
      Arrays.stream(
              Objects.requireNonNull(
                      System.getProperty("zvh.bundels"), "zvh.bundels is set in the pom (surefire)")
                  .split(","))
          .map(pad -> Bundel.lees(Path.of(pad.trim())))
          .toList();

  @Test
  void theFourModulesAreBundles() {
    assertEquals(
        List.of("zvh-domain", "zvh-privacy", "zvh-regie-ejb", "zvh-intake-web"),
        BUNDELS.stream().map(Bundel::naam).toList());
  }

  @Test
  void theFourBundlesResolveOnWhatTheirNeighboursExport() throws Exception {
    Framework felix = startFelix();
    try {
      List<Bundle> bundles = new ArrayList<>();
      for (Bundel bundel : BUNDELS) {
        bundles.add(felix.getBundleContext().installBundle(bundel.bestand().toUri().toString()));
      }
      felix.adapt(FrameworkWiring.class).resolveBundles(bundles);

      List<String> onopgelost = new ArrayList<>();
      for (Bundle bundle : bundles) {
        if (bundle.getState() != Bundle.RESOLVED) {
          onopgelost.add(waaromNietOpgelost(bundle));
        }
      }
      assertTrue(
          onopgelost.isEmpty(),
          () ->
              "A module imports a package that no other module exports (add it to the"
                  + " exporter's -exportcontents in its pom only if other modules may use it):\n"
                  + String.join("\n", onopgelost));
    } finally {
      felix.stop();
      felix.waitForStop(30_000);
    }
  }

  @Test
  void everyExportedPackageIsUsedByAnotherModule() {
    List<String> ongebruikt = new ArrayList<>();
    for (Bundel bundel : BUNDELS) {
      for (String pakket : bundel.exports().keySet()) {
        boolean gebruikt =
            BUNDELS.stream()
                .filter(ander -> ander != bundel)
                .anyMatch(ander -> ander.imports().containsKey(pakket));
        if (!gebruikt) {
          ongebruikt.add(bundel.naam() + " exports " + pakket);
        }
      }
    }
    assertTrue(
        ongebruikt.isEmpty(),
        () ->
            "Exported but used by no other module (drop it from -exportcontents, so it stays"
                + " internal):\n"
                + String.join("\n", ongebruikt));
  }

  private static Framework startFelix() throws BundleException {
    Map<String, String> configuratie = new HashMap<>();
    configuratie.put(Constants.FRAMEWORK_STORAGE, System.getProperty("zvh.felix.opslag"));
    configuratie.put(
        Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
    configuratie.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, pakkettenVanDeOmgeving());
    Framework felix =
        ServiceLoader.load(FrameworkFactory.class)
            .findFirst()
            .orElseThrow()
            .newFramework(configuratie);
    felix.start();
    return felix;
  }

  /**
   * What the container and the libraries supply: every package a bundle imports outside nl.zvh, at
   * the lowest version that every importer accepts (java.* the framework exports itself). A package
   * of nl.zvh comes only from a module.
   */
  private static String pakkettenVanDeOmgeving() {
    Map<String, Version> pakketten = new TreeMap<>();
    for (Bundel bundel : BUNDELS) {
      bundel
          .imports()
          .forEach(
              (pakket, attributen) -> {
                if (!pakket.startsWith(EIGEN_PAKKETTEN) && !pakket.startsWith("java.")) {
                  String bereik = attributen.get("version");
                  Version laagste =
                      bereik == null ? Version.emptyVersion : new VersionRange(bereik).getLeft();
                  pakketten.merge(pakket, laagste, (a, b) -> a.compareTo(b) >= 0 ? a : b);
                }
              });
    }
    return pakketten.entrySet().stream()
        .map(pakket -> pakket.getKey() + ";version=\"" + pakket.getValue() + "\"")
        .collect(Collectors.joining(","));
  }

  /**
   * Starting a bundle that did not resolve is how the framework tells which requirement is missing.
   */
  private static String waaromNietOpgelost(Bundle bundle) {
    try {
      bundle.start();
      return bundle.getSymbolicName() + " did not resolve, but starts";
    } catch (BundleException e) {
      return e.getMessage();
    }
  }

  /** A module bundle as its manifest describes it: name, exported and imported packages. */
  record Bundel(
      Path bestand,
      String naam,
      Map<String, Map<String, String>> exports,
      Map<String, Map<String, String>> imports) {

    static Bundel lees(Path bestand) {
      assertTrue(
          Files.isRegularFile(bestand),
          () -> bestand + " is no file: run this test after `package` (for example `verify`)");
      try (JarFile jar = new JarFile(bestand.toFile())) {
        Attributes manifest = jar.getManifest().getMainAttributes();
        assertEquals(
            "2",
            manifest.getValue(Constants.BUNDLE_MANIFESTVERSION),
            () -> bestand + " has no OSGi manifest: is bnd-maven-plugin configured for it?");
        return new Bundel(
            bestand,
            manifest.getValue(Constants.BUNDLE_SYMBOLICNAME),
            Kop.pakketten(manifest.getValue(Constants.EXPORT_PACKAGE)),
            Kop.pakketten(manifest.getValue(Constants.IMPORT_PACKAGE)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Reads Import-Package and Export-Package: clauses by comma, parts by semicolon, outside quotes.
   */
  static final class Kop {

    private Kop() {}

    static Map<String, Map<String, String>> pakketten(String kop) {
      Map<String, Map<String, String>> pakketten = new TreeMap<>();
      if (kop == null) {
        return pakketten;
      }
      for (String clausule : splits(kop, ',')) {
        List<String> namen = new ArrayList<>();
        Map<String, String> attributen = new HashMap<>();
        for (String deel : splits(clausule, ';')) {
          int is = deel.indexOf('=');
          if (is < 0) {
            namen.add(deel.trim());
          } else {
            // A directive (resolution:=optional) keeps its colon in the key.
            attributen.put(
                deel.substring(0, is).trim(), deel.substring(is + 1).trim().replace("\"", ""));
          }
        }
        namen.forEach(naam -> pakketten.put(naam, attributen));
      }
      return pakketten;
    }

    private static List<String> splits(String tekst, char scheiding) {
      List<String> delen = new ArrayList<>();
      StringBuilder deel = new StringBuilder();
      boolean tussenAanhalingstekens = false;
      for (char teken : tekst.toCharArray()) {
        if (teken == '"') {
          tussenAanhalingstekens = !tussenAanhalingstekens;
        }
        if (teken == scheiding && !tussenAanhalingstekens) {
          delen.add(deel.toString());
          deel.setLength(0);
        } else {
          deel.append(teken);
        }
      }
      delen.add(deel.toString());
      return delen;
    }
  }
}
