package nl.zvh.regie.beveiliging;

import static nl.zvh.domain.model.gebruiker.Inloggebeurtenis.Soort.CODE_ONJUIST;
import static nl.zvh.domain.model.gebruiker.Inloggebeurtenis.Soort.PASSKEY_TOEGEVOEGD;
import static nl.zvh.domain.model.gebruiker.Inloggebeurtenis.Soort.PASSKEY_VERWIJDERD;
import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Passkey;
import nl.zvh.domain.model.gebruiker.Tweedefactor;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.regie.beveiliging.Inlogdienst.Codecontrole;
import nl.zvh.regie.beveiliging.Inlogdienst.Geblokkeerd;
import nl.zvh.regie.beveiliging.Inlogdienst.Onjuist;
import nl.zvh.regie.beveiliging.Passkeyverificatie.Aanmelding;
import nl.zvh.regie.beveiliging.Passkeyverificatie.NieuwePasskey;
import nl.zvh.regie.beveiliging.Passkeyverificatie.Ongeldig;

/**
 * Passkeys as the second step of a login, next to the authenticator app: adding one (with a code of
 * the app, as for every change to one's own login), removing one, and logging in with one. The
 * challenge of each ceremony is made and kept (once) by the web layer; here the answer is checked
 * against it. A refused passkey at login counts towards the lockout like a wrong code.
 */
@ApplicationScoped
public class Passkeydienst {

  /** One passkey as its owner sees it, and as the login page asks the browser for it. */
  public record Passkeygegevens(
      long id,
      String naam,
      Instant toegevoegdOp,
      Instant laatstGebruiktOp,
      String credentialId,
      List<String> transporten) {}

  /**
   * Who a new passkey is for: the user handle (the account's internal number, no personal data, as
   * WebAuthn asks), the name and the name to show, and the passkeys the device must not make twice.
   */
  public record Houder(
      byte[] handle, String gebruikersnaam, String weergavenaam, List<Passkeygegevens> passkeys) {}

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Inlogdienst inlogdienst;
  @Inject private Inlogbewaking bewaking;
  @Inject private Clock klok;

  /** The passkeys of an account, oldest first. */
  @Transactional
  public List<Passkeygegevens> van(String gebruikersnaam) {
    return passkeys(gebruikersnaam).stream().map(Passkeydienst::gegevens).toList();
  }

  @Transactional
  public Houder houder(String gebruikersnaam) {
    Gebruiker gebruiker = gebruiker(gebruikersnaam);
    return new Houder(
        ByteBuffer.allocate(Long.BYTES).putLong(gebruiker.getId()).array(),
        gebruiker.getGebruikersnaam(),
        gebruiker.getNaam(),
        van(gebruikersnaam));
  }

  /**
   * Adds the passkey the browser made for {@code uitdaging}. The name is checked first and the code
   * last, so a code is only used up by an addition that otherwise succeeds.
   */
  @Transactional
  public void voegToe(
      String gebruikersnaam,
      String naam,
      String code,
      String antwoord,
      byte[] uitdaging,
      Relyingparty rp,
      String adres) {
    String geldigeNaam = Passkey.geldigeNaam(naam);
    Gebruiker gebruiker = gebruiker(gebruikersnaam);
    List<Passkey> bestaande = passkeys(gebruikersnaam);
    vereis(
        bestaande.size() < Passkey.MAX_PER_GEBRUIKER,
        "U heeft al " + Passkey.MAX_PER_GEBRUIKER + " passkeys; verwijder er eerst een.");
    vereis(
        bestaande.stream().noneMatch(p -> p.getNaam().equalsIgnoreCase(geldigeNaam)),
        "naam",
        "U heeft al een passkey met deze naam.");
    vereis(
        antwoord != null && !antwoord.isBlank(),
        "antwoord",
        "Uw browser gaf geen passkey. Gebruik een browser die passkeys kent, met JavaScript aan.");
    vereis(
        uitdaging != null,
        "antwoord",
        "De vraag aan uw apparaat is verlopen. Probeer het opnieuw.");
    NieuwePasskey nieuw;
    try {
      nieuw = Passkeyverificatie.registratie(antwoord, uitdaging, rp);
    } catch (Ongeldig e) {
      throw new DomeinRegelGeschonden(
          "antwoord",
          "Uw apparaat gaf geen geldige passkey voor dit portaal. Probeer het opnieuw.");
    }
    vereis(
        metCredentialId(nieuw.credentialId()).isEmpty(),
        "antwoord",
        "Deze passkey is al toegevoegd.");
    Instant nu = klok.instant();
    inlogdienst.vereisCode(gebruikersnaam, code, adres, nu);
    em.persist(
        new Passkey(
            gebruiker,
            nieuw.credentialId(),
            geldigeNaam,
            nieuw.sleutel(),
            nieuw.teller(),
            nieuw.transporten(),
            nu));
    bewaking.legVast(gebruikersnaam, adres, PASSKEY_TOEGEVOEGD, null, nu);
  }

  /** Removes one of one's own passkeys; it no longer logs in. */
  @Transactional
  public void verwijder(String gebruikersnaam, long id, String adres) {
    Gebruiker gebruiker = gebruiker(gebruikersnaam);
    Passkey passkey = em.find(Passkey.class, id);
    vereis(
        passkey != null && passkey.getGebruikerId().equals(gebruiker.getId()),
        "Deze passkey bestaat niet (meer).");
    em.remove(passkey);
    bewaking.legVast(gebruikersnaam, adres, PASSKEY_VERWIJDERD, null, klok.instant());
  }

  /**
   * The second step of a login with a passkey: the answer must be signed by a passkey of this
   * account, for this challenge, with a counter that moved on.
   */
  @Transactional
  public Codecontrole meldAan(
      String gebruikersnaam, String antwoord, byte[] uitdaging, Relyingparty rp, String adres) {
    Instant nu = klok.instant();
    Optional<Geblokkeerd> geblokkeerd = inlogdienst.geblokkeerd(gebruikersnaam, adres, nu);
    if (geblokkeerd.isPresent()) {
      return geblokkeerd.get();
    }
    Optional<Passkey> passkey =
        inlogdienst.kanInloggen(gebruikersnaam).isPresent() && uitdaging != null && antwoord != null
            ? geverifieerd(gebruikersnaam, antwoord, uitdaging, rp, nu)
            : Optional.empty();
    if (passkey.isEmpty()) {
      bewaking.legVast(gebruikersnaam, adres, CODE_ONJUIST, null, nu);
      return new Onjuist();
    }
    int herstelcodesOver =
        inlogdienst
            .tweedeFactor(gebruikersnaam)
            .map(Tweedefactor::getResterendeHerstelcodes)
            .orElse(0);
    return inlogdienst.gelukt(gebruikersnaam, adres, nu, List.of(), false, herstelcodesOver);
  }

  /**
   * The passkey of this account that signed the answer, its use recorded (the counter moved on);
   * empty when no passkey of this account did.
   */
  private Optional<Passkey> geverifieerd(
      String gebruikersnaam, String antwoord, byte[] uitdaging, Relyingparty rp, Instant nu) {
    try {
      // Only a passkey of this account: the query asks for the pair, not the id alone.
      Optional<Passkey> passkey =
          vanGebruiker(gebruikersnaam, Passkeyverificatie.credentialId(antwoord));
      if (passkey.isPresent()) {
        Aanmelding aanmelding =
            Passkeyverificatie.aanmelding(
                antwoord, uitdaging, rp, passkey.get().getSleutel(), passkey.get().getTeller());
        passkey.get().gebruik(aanmelding.teller(), nu);
      }
      return passkey;
    } catch (Ongeldig e) {
      return Optional.empty();
    }
  }

  private List<Passkey> passkeys(String gebruikersnaam) {
    return em.createNamedQuery("Passkey.vanGebruikersnaam", Passkey.class)
        .setParameter("gebruikersnaam", gebruikersnaam)
        .getResultList();
  }

  /** Any account's passkey with this id: ids are unique over all accounts. */
  private Optional<Passkey> metCredentialId(String credentialId) {
    return em.createNamedQuery("Passkey.metCredentialId", Passkey.class)
        .setParameter("credentialId", credentialId)
        .getResultStream()
        .findFirst();
  }

  private Optional<Passkey> vanGebruiker(String gebruikersnaam, String credentialId) {
    return em.createNamedQuery("Passkey.vanGebruikersnaamMetCredentialId", Passkey.class)
        .setParameter("gebruikersnaam", gebruikersnaam)
        .setParameter("credentialId", credentialId)
        // Two logins with the same answer at once: one waits, then finds the counter moved on.
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  private Gebruiker gebruiker(String gebruikersnaam) {
    return inlogdienst
        .kanInloggen(gebruikersnaam)
        .orElseThrow(() -> new DomeinRegelGeschonden("Geen account."));
  }

  private static Passkeygegevens gegevens(Passkey p) {
    return new Passkeygegevens(
        p.getId(),
        p.getNaam(),
        p.getToegevoegdOp(),
        p.getLaatstGebruiktOp().orElse(null),
        p.getCredentialId(),
        p.getTransporten().map(t -> Arrays.asList(t.split(","))).orElse(List.of()));
  }
}
