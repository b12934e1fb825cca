package nl.zvh.systemtest.portaal;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The real portal, started once for all browser tests of a run: Payara Micro with the WAR that
 * zvh-micro assembled, demo mode, a fresh H2 file database, a free port on loopback. It stops when
 * the run ends. Tests get its base URL as a {@link PortaalAdres} parameter.
 */
public class Portaal implements ParameterResolver {

  private static final Logger LOG = Logger.getLogger(Portaal.class.getName());
  // Usually under a minute; on 2 shared cores under load it took 3.5 minutes.
  private static final Duration OPSTARTTIJD = Duration.ofMinutes(6);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == PortaalAdres.class || type == Postbus.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Draaiend draaiend =
        context
            .getRoot()
            .getStore(ExtensionContext.Namespace.GLOBAL)
            .getOrComputeIfAbsent(Draaiend.class, k -> Draaiend.start(), Draaiend.class);
    return parameter.getParameter().getType() == Postbus.class ? draaiend.postbus : draaiend.adres;
  }

  /** The running process and its mail server; closed by JUnit when the whole run is over. */
  static final class Draaiend implements AutoCloseable {

    private final Process proces;
    private final PortaalAdres adres;
    private final Postbus postbus;

    private Draaiend(Process proces, PortaalAdres adres, Postbus postbus) {
      this.proces = proces;
      this.adres = adres;
      this.postbus = postbus;
    }

    static Draaiend start() {
      try {
        Path map = Path.of(System.getProperty("zvh.portaal.map", "../zvh-micro/target/portaal"));
        Path data =
            Path.of(System.getProperty("zvh.testdata.map", "target/testdata"))
                .resolve("portaal-" + System.currentTimeMillis());
        Files.createDirectories(data);
        int poort = vrijePoort();
        Postbus postbus = Postbus.start(vrijePoort());
        ProcessBuilder builder =
            new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dhazelcast.socket.bind.any=false",
                    "-jar",
                    map.resolve("payara-micro.jar").toString(),
                    "--deploy",
                    map.resolve("zvh-portaal.war").toString(),
                    "--contextroot",
                    "/",
                    "--port",
                    String.valueOf(poort),
                    "--nocluster",
                    "--prebootcommandfile",
                    map.resolve("preboot.asadmin").toString(),
                    "--rootdir",
                    data.resolve("payara").toString()));
        builder.environment().put("ZVH_DEMO", "true");
        builder
            .environment()
            .put("ZVH_PRIVACY_PSEUDONIEMSLEUTEL", "sleutel-van-de-browsertests-niet-geheim");
        builder
            .environment()
            .put("ZVH_DB_URL", "jdbc:h2:file:" + data.toAbsolutePath().resolve("zvh"));
        builder.environment().put("ZVH_SMTP_HOST", "127.0.0.1");
        builder.environment().put("ZVH_SMTP_PORT", String.valueOf(postbus.poort()));
        builder.environment().put("ZVH_PORTAAL_URL", "http://127.0.0.1:" + poort);
        builder.redirectErrorStream(true).redirectOutput(data.resolve("payara.log").toFile());
        Instant begin = Instant.now();
        Process proces = builder.start();
        PortaalAdres adres = new PortaalAdres(URI.create("http://127.0.0.1:" + poort + "/"));
        wachtTotKlaar(proces, adres, data.resolve("payara.log"));
        LOG.info(
            () ->
                "Portaal klaar op "
                    + adres.basis()
                    + " in "
                    + Duration.between(begin, Instant.now()).toMillis()
                    + " ms");
        return new Draaiend(proces, adres, postbus);
      } catch (IOException e) {
        throw new IllegalStateException("Het portaal kon niet starten", e);
      }
    }

    private static void wachtTotKlaar(Process proces, PortaalAdres adres, Path log) {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      Instant uiterlijk = Instant.now().plus(OPSTARTTIJD);
      while (Instant.now().isBefore(uiterlijk)) {
        if (!proces.isAlive()) {
          throw new IllegalStateException(
              "Payara Micro is gestopt tijdens het starten; zie " + log);
        }
        try {
          HttpResponse<Void> antwoord =
              http.send(
                  HttpRequest.newBuilder(adres.pagina("login.xhtml")).build(),
                  HttpResponse.BodyHandlers.discarding());
          if (antwoord.statusCode() == 200) {
            return;
          }
        } catch (IOException e) {
          // not listening yet
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
        pauzeer();
      }
      proces.destroyForcibly();
      throw new IllegalStateException(
          "Het portaal was na " + OPSTARTTIJD + " niet klaar; zie " + log);
    }

    private static void pauzeer() {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private static int vrijePoort() throws IOException {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      }
    }

    @Override
    public void close() throws InterruptedException {
      postbus.stop();
      proces.destroy();
      if (!proces.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        proces.destroyForcibly();
      }
    }
  }
}
