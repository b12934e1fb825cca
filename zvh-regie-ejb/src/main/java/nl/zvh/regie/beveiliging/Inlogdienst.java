package nl.zvh.regie.beveiliging;

import static nl.zvh.domain.model.gebruiker.Inloggebeurtenis.Soort.CODE_ONJUIST;
import static nl.zvh.domain.model.gebruiker.Inloggebeurtenis.Soort.GEBLOKKEERD;
import static nl.zvh.domain.model.gebruiker.Inloggebeurtenis.Soort.GELUKT;
import static nl.zvh.domain.model.gebruiker.Inloggebeurtenis.Soort.HERSTELCODE_GEBRUIKT;
import static nl.zvh.domain.model.gebruiker.Inloggebeurtenis.Soort.TWEEDE_FACTOR_INGESTELD;
import static nl.zvh.domain.model.gebruiker.Inloggebeurtenis.Soort.WACHTWOORD_GEWIJZIGD;
import static nl.zvh.domain.model.gebruiker.Inloggebeurtenis.Soort.WACHTWOORD_ONJUIST;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Inloggebeurtenis;
import nl.zvh.domain.model.gebruiker.Inloggebeurtenis.Soort;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.gebruiker.Tweedefactor;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Logging in, in two steps: the password, then the second factor (a TOTP code or a recovery code),
 * or its enrolment when the account has none yet. Only an active account of an organisation that is
 * a convenant member today can log in. A wrong password costs as long for an unknown name as for a
 * known one (the hash is always checked), and every attempt is counted for the lockout.
 */
@ApplicationScoped
public class Inlogdienst {

  /** The outcome of the first step. */
  public sealed interface Wachtwoordcontrole {}

  /** The password is right; the login waits for the second factor. */
  public record Juist(String gebruikersnaam, Rol rol, boolean tweedeFactorIngesteld)
      implements Wachtwoordcontrole {}

  /** Wrong user name or password: the two are never told apart. */
  public record Onjuist() implements Wachtwoordcontrole, Codecontrole {}

  /** Too many failed attempts for this name or from this address. */
  public record Geblokkeerd(Instant tot) implements Wachtwoordcontrole, Codecontrole {}

  /** The outcome of the second step (checking a code, or enrolling with one). */
  public sealed interface Codecontrole {}

  /**
   * The login is complete. {@code herstelcodes} holds the new recovery codes after an enrolment (to
   * be shown once), and is empty otherwise.
   */
  public record Gelukt(
      Optional<VorigeAanmelding> vorige,
      List<String> herstelcodes,
      boolean herstelcodeGebruikt,
      int herstelcodesOver)
      implements Codecontrole {}

  private static final List<Soort> MISLUKT_OF_GEWEIGERD =
      List.of(WACHTWOORD_ONJUIST, CODE_ONJUIST, GEBLOKKEERD);

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject
  @ConfigProperty(name = "zvh.privacy.pseudoniemsleutel")
  String portaalgeheim;

  /** The TOTP secrets are stored encrypted (see {@link Geheimslot}). */
  private Geheimslot slot;

  @Inject private Wachtwoorden wachtwoorden;
  @Inject private Inlogbewaking bewaking;
  @Inject private Clock klok;

  /**
   * The hash a password is checked against when the name is unknown: the same cost as a real one.
   */
  private String schijnhash;

  @PostConstruct
  void start() {
    slot = new Geheimslot(portaalgeheim);
    byte[] willekeurig = new byte[24];
    new SecureRandom().nextBytes(willekeurig);
    schijnhash = wachtwoorden.hashZonderBeleid(Base64.getEncoder().encodeToString(willekeurig));
  }

  /** The user name as it is counted: the typed one, trimmed and in lower case. */
  public static String normaliseer(String getypt) {
    String naam = getypt == null ? "" : getypt.strip().toLowerCase(Locale.ROOT);
    return naam.length() <= Inloggebeurtenis.MAX_NAAM
        ? naam
        : naam.substring(0, Inloggebeurtenis.MAX_NAAM);
  }

  /** Step one: the password. */
  @Transactional
  public Wachtwoordcontrole controleerWachtwoord(String getypt, String wachtwoord, String adres) {
    String naam = normaliseer(getypt);
    Instant nu = klok.instant();
    Optional<Gebruiker> gebruiker = kanInloggen(naam);
    boolean klopt =
        wachtwoorden.klopt(
                wachtwoord == null ? "" : wachtwoord,
                gebruiker.map(Gebruiker::getWachtwoordHash).orElse(schijnhash))
            && gebruiker.isPresent();
    Optional<Geblokkeerd> geblokkeerd = geblokkeerd(naam, adres, nu);
    if (geblokkeerd.isPresent()) {
      return geblokkeerd.get();
    }
    if (!klopt) {
      bewaking.legVast(naam, adres, WACHTWOORD_ONJUIST, null, nu);
      return new Onjuist();
    }
    Gebruiker g = gebruiker.get();
    return new Juist(g.getGebruikersnaam(), g.getRol(), tweedeFactor(naam, false).isPresent());
  }

  /** Step two for an enrolled account: a TOTP code (each step once) or an unused recovery code. */
  @Transactional
  public Codecontrole controleerCode(String gebruikersnaam, String code, String adres) {
    Instant nu = klok.instant();
    Optional<Geblokkeerd> geblokkeerd = geblokkeerd(gebruikersnaam, adres, nu);
    if (geblokkeerd.isPresent()) {
      return geblokkeerd.get();
    }
    Optional<Tweedefactor> factor =
        kanInloggen(gebruikersnaam).flatMap(g -> tweedeFactor(gebruikersnaam, true));
    String getypt = code == null ? "" : code.strip();
    boolean herstelcode = Herstelcodes.lijktOpHerstelcode(getypt);
    boolean gelukt =
        factor.isPresent()
            && (herstelcode
                ? factor.get().gebruikHerstelcode(Herstelcodes.hash(getypt))
                : codeKlopt(factor.get(), getypt, nu));
    if (!gelukt) {
      bewaking.legVast(gebruikersnaam, adres, CODE_ONJUIST, null, nu);
      return new Onjuist();
    }
    if (herstelcode) {
      bewaking.legVast(gebruikersnaam, adres, HERSTELCODE_GEBRUIKT, null, nu);
    }
    return gelukt(
        gebruikersnaam,
        adres,
        nu,
        List.of(),
        herstelcode,
        factor.get().getResterendeHerstelcodes());
  }

  /**
   * Step two for an account without a second factor: the code from the app proves the secret was
   * stored; then the secret is kept and new recovery codes are made.
   */
  @Transactional
  public Codecontrole stelIn(String gebruikersnaam, String geheim, String code, String adres) {
    Instant nu = klok.instant();
    Optional<Geblokkeerd> geblokkeerd = geblokkeerd(gebruikersnaam, adres, nu);
    if (geblokkeerd.isPresent()) {
      return geblokkeerd.get();
    }
    Optional<Gebruiker> gebruiker = kanInloggen(gebruikersnaam);
    OptionalLong stap = stap(geheim, code == null ? "" : code.strip(), nu);
    if (gebruiker.isEmpty() || stap.isEmpty() || tweedeFactor(gebruikersnaam, false).isPresent()) {
      bewaking.legVast(gebruikersnaam, adres, CODE_ONJUIST, null, nu);
      return new Onjuist();
    }
    List<String> herstelcodes = Herstelcodes.nieuw();
    em.persist(
        new Tweedefactor(
            gebruiker.get(),
            slot.sluit(geheim, gebruiker.get().getId()),
            nu,
            stap.getAsLong(),
            herstelcodes.stream().map(Herstelcodes::hash).collect(Collectors.toSet())));
    bewaking.legVast(gebruikersnaam, adres, TWEEDE_FACTOR_INGESTELD, null, nu);
    return gelukt(gebruikersnaam, adres, nu, herstelcodes, false, herstelcodes.size());
  }

  /**
   * Changes one's own password: the current one and a code of the second factor prove it is the
   * user (a session left open is not enough). Failures count towards the lockout.
   */
  @Transactional
  public void wijzigWachtwoord(
      String gebruikersnaam, String huidig, String code, String nieuw, String adres) {
    Wachtwoorden.controleerBeleid(nieuw);
    DomeinRegelGeschonden.vereis(
        !nieuw.equals(huidig), "wachtwoord", "Kies een ander wachtwoord dan het huidige.");
    DomeinRegelGeschonden.vereis(
        !nieuw.strip().equalsIgnoreCase(gebruikersnaam),
        "wachtwoord",
        "Uw gebruikersnaam is geen wachtwoord.");
    Instant nu = klok.instant();
    vereisNietGeblokkeerd(gebruikersnaam, adres, nu);
    Gebruiker gebruiker =
        kanInloggen(gebruikersnaam).orElseThrow(() -> new DomeinRegelGeschonden("Geen account."));
    if (!wachtwoorden.klopt(huidig == null ? "" : huidig, gebruiker.getWachtwoordHash())) {
      bewaking.legVast(gebruikersnaam, adres, WACHTWOORD_ONJUIST, null, nu);
      throw new DomeinRegelGeschonden("huidigWachtwoord", "Het huidige wachtwoord klopt niet.");
    }
    vereisCode(gebruikersnaam, code, adres, nu);
    gebruiker.wijzigWachtwoordHash(wachtwoorden.hash(nieuw));
    bewaking.legVast(gebruikersnaam, adres, WACHTWOORD_GEWIJZIGD, null, nu);
  }

  /**
   * New recovery codes for the logged-in user, replacing the old ones; a code of the app proves it
   * is them. Returns the codes, to be shown once.
   */
  @Transactional
  public List<String> vernieuwHerstelcodes(String gebruikersnaam, String code, String adres) {
    Instant nu = klok.instant();
    Tweedefactor factor = vereisCode(gebruikersnaam, code, adres, nu);
    List<String> herstelcodes = Herstelcodes.nieuw();
    factor.vervangHerstelcodes(
        herstelcodes.stream().map(Herstelcodes::hash).collect(Collectors.toSet()));
    bewaking.legVast(gebruikersnaam, adres, Soort.HERSTELCODES_VERNIEUWD, null, nu);
    return herstelcodes;
  }

  /** The account's second factor, if it has one. */
  @Transactional
  public Optional<Tweedefactor> tweedeFactor(String gebruikersnaam) {
    return tweedeFactor(gebruikersnaam, false);
  }

  /** A complete login: recorded, with the previous one for the user to see. */
  Gelukt gelukt(
      String gebruikersnaam,
      String adres,
      Instant nu,
      List<String> herstelcodes,
      boolean herstelcodeGebruikt,
      int herstelcodesOver) {
    Optional<VorigeAanmelding> vorige = vorigeAanmelding(gebruikersnaam);
    bewaking.legVast(gebruikersnaam, adres, GELUKT, null, nu);
    return new Gelukt(vorige, herstelcodes, herstelcodeGebruikt, herstelcodesOver);
  }

  private Optional<VorigeAanmelding> vorigeAanmelding(String gebruikersnaam) {
    return em.createNamedQuery("Inloggebeurtenis.vanGebruikersnaam", Inloggebeurtenis.class)
        .setParameter("gebruikersnaam", gebruikersnaam)
        .setParameter("soorten", List.of(GELUKT))
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(
            laatste ->
                new VorigeAanmelding(
                    laatste.getTijdstip(),
                    laatste.getAdres(),
                    ((Number)
                            em.createNamedQuery(
                                    "Inloggebeurtenis.mislukteVanNaamSinds", Object[].class)
                                .setParameter("gebruikersnaam", gebruikersnaam)
                                .setParameter(
                                    "sinds", Inloggebeurtenis.moment(laatste.getTijdstip()))
                                .setParameter("soorten", MISLUKT_OF_GEWEIGERD)
                                .getSingleResult()[0])
                        .longValue()));
  }

  /**
   * For a change by a logged-in user that asks for proof it is them: a lockout holds as for a
   * login, and a code of the app (of a step not used before) must be given. A wrong code counts
   * towards the lockout.
   */
  Tweedefactor vereisCode(String gebruikersnaam, String code, String adres, Instant nu) {
    vereisNietGeblokkeerd(gebruikersnaam, adres, nu);
    Optional<Tweedefactor> factor = tweedeFactor(gebruikersnaam, true);
    if (factor.isEmpty() || !codeKlopt(factor.get(), code == null ? "" : code.strip(), nu)) {
      bewaking.legVast(gebruikersnaam, adres, CODE_ONJUIST, null, nu);
      throw new DomeinRegelGeschonden(
          "code", "Deze code klopt niet. Neem de code die uw app nu toont.");
    }
    return factor.get();
  }

  /** Whether this name or address is locked out now; a refused attempt is recorded as such. */
  Optional<Geblokkeerd> geblokkeerd(String gebruikersnaam, String adres, Instant nu) {
    Optional<Instant> blokkade = bewaking.geblokkeerdTot(gebruikersnaam, adres, nu);
    blokkade.ifPresent(b -> bewaking.legVast(gebruikersnaam, adres, GEBLOKKEERD, null, nu));
    return blokkade.map(Geblokkeerd::new);
  }

  /** For changes by a logged-in user: a lockout holds for them as for a login. */
  private void vereisNietGeblokkeerd(String gebruikersnaam, String adres, Instant nu) {
    Optional<Geblokkeerd> geblokkeerd = geblokkeerd(gebruikersnaam, adres, nu);
    if (geblokkeerd.isPresent()) {
      throw new DomeinRegelGeschonden(
          "Te veel mislukte pogingen. Probeer het na "
              + DateTimeFormatter.ofPattern("HH:mm")
                  .withZone(klok.getZone())
                  .format(geblokkeerd.get().tot())
              + " opnieuw.");
    }
  }

  private static OptionalLong stap(String geheim, String code, Instant nu) {
    return code.matches("\\d{6}") ? Totp.stapVan(geheim, code, nu) : OptionalLong.empty();
  }

  /**
   * A code of the app, of a step not used before. A secret stored before encryption is encrypted
   * now that it is used.
   */
  private boolean codeKlopt(Tweedefactor factor, String code, Instant nu) {
    String geheim = slot.open(factor.getGeheim(), factor.getGebruikerId());
    OptionalLong stap = stap(geheim, code, nu);
    if (stap.isEmpty() || !factor.gebruikTijdstap(stap.getAsLong())) {
      return false;
    }
    if (!Geheimslot.isGesloten(factor.getGeheim())) {
      factor.vervangGeheim(slot.sluit(geheim, factor.getGebruikerId()));
    }
    return true;
  }

  /**
   * Encrypts every TOTP secret still stored as it was before encryption (an upgrade, the demo's
   * accounts); returns how many. Run each night by {@code InlogregistratieTaak}.
   */
  @Transactional
  public int sluitOudeGeheimen() {
    List<Tweedefactor> oud =
        em.createNamedQuery("Tweedefactor.onversleuteld", Tweedefactor.class).getResultList();
    oud.forEach(f -> f.vervangGeheim(slot.sluit(f.getGeheim(), f.getGebruikerId())));
    return oud.size();
  }

  Optional<Gebruiker> kanInloggen(String gebruikersnaam) {
    LocalDate vandaag = LocalDate.now(klok);
    return em.createNamedQuery("Gebruiker.findByGebruikersnaam", Gebruiker.class)
        .setParameter("gebruikersnaam", gebruikersnaam)
        .getResultStream()
        .filter(Gebruiker::isActief)
        .filter(g -> g.getOrganisatie().isConvenantLidOp(vandaag))
        .findFirst();
  }

  private Optional<Tweedefactor> tweedeFactor(String gebruikersnaam, boolean vergrendeld) {
    var vraag =
        em.createNamedQuery("Tweedefactor.vanGebruikersnaam", Tweedefactor.class)
            .setParameter("gebruikersnaam", gebruikersnaam);
    if (vergrendeld) {
      // Two logins with the same code at the same moment: one waits, then sees the step used.
      vraag.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return vraag.getResultStream().findFirst();
  }
}
