package nl.zvh.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.zvh.regie.beveiliging.EigenAccount;
import nl.zvh.regie.beveiliging.EigenAccount.Tweedefactorstatus;
import nl.zvh.regie.beveiliging.Passkeydienst.Houder;
import nl.zvh.regie.beveiliging.Passkeydienst.Passkeygegevens;
import nl.zvh.web.beveiliging.Passkeyceremonie;
import nl.zvh.web.gedeeld.Berichten;
import nl.zvh.web.gedeeld.NederlandseTijd;

/**
 * The page {@code account/index.xhtml}: the state of one's second factor, new recovery codes (shown
 * once, on this response only), one's passkeys (add, remove), and changing one's password. Nothing
 * typed here is kept after the response: request scope, and the password fields are never written
 * back.
 */
@Named
@RequestScoped
public class MijnAccount {

  @Inject private EigenAccount eigenAccount;
  @Inject private Berichten berichten;
  @Inject private HttpServletRequest request;
  @Inject private Clock klok;

  private Optional<Tweedefactorstatus> tweedeFactor;
  private List<String> nieuweHerstelcodes = List.of();

  private String herstelcodesCode;
  private String huidigWachtwoord;
  private String wachtwoord;
  private String herhaling;
  private String code;

  private Houder passkeyhouder;
  private String passkeyopties;
  private String passkeynaam;
  private String passkeycode;
  private String passkeyAntwoord;

  public Tweedefactorstatus getTweedeFactor() {
    if (tweedeFactor == null) {
      tweedeFactor = eigenAccount.tweedeFactor();
    }
    return tweedeFactor.orElse(null);
  }

  /** When the second factor was set, in Dutch local time. */
  public String getIngesteldOp() {
    Tweedefactorstatus status = getTweedeFactor();
    return status == null ? "" : NederlandseTijd.tekst(status.ingesteldOp());
  }

  public void vernieuwHerstelcodes() {
    berichten.voerUit(
        () -> nieuweHerstelcodes = eigenAccount.vernieuwHerstelcodes(herstelcodesCode, adres()),
        "account.herstelcodes.vernieuwd",
        "herstelcodesformulier");
    tweedeFactor = null;
  }

  public void wijzigWachtwoord() {
    if (!wachtwoord.equals(herhaling)) {
      berichten.fout("wachtwoordformulier:herhaling", "account.wachtwoord.herhaling.anders");
      return;
    }
    if (berichten.voerUit(
        () -> eigenAccount.wijzigWachtwoord(huidigWachtwoord, code, wachtwoord, adres()),
        "account.wachtwoord.gewijzigd",
        "wachtwoordformulier")) {
      code = null;
    }
  }

  /** Who a new passkey is for, and the passkeys the account has (oldest first). */
  private Houder passkeyhouder() {
    if (passkeyhouder == null) {
      passkeyhouder = eigenAccount.passkeyhouder();
    }
    return passkeyhouder;
  }

  public List<Passkeygegevens> getPasskeys() {
    return passkeyhouder().passkeys();
  }

  /**
   * The options for the browser to make a passkey (JSON), with a new challenge kept in the session.
   */
  public String getPasskeyopties() {
    if (passkeyopties == null) {
      passkeyopties = Passkeyceremonie.registratieopties(request, passkeyhouder(), klok.instant());
    }
    return passkeyopties;
  }

  public void voegPasskeyToe() {
    byte[] uitdaging =
        Passkeyceremonie.neemUitdaging(request, Passkeyceremonie.Soort.REGISTRATIE, klok.instant());
    if (berichten.voerUit(
        () ->
            eigenAccount.voegPasskeyToe(
                passkeynaam,
                passkeycode,
                passkeyAntwoord,
                uitdaging,
                Passkeyceremonie.relyingparty(request),
                adres()),
        "account.passkey.toegevoegd",
        "passkeyformulier")) {
      passkeynaam = null;
    }
    passkeyhouder = null;
  }

  public void verwijderPasskey(Passkeygegevens passkey) {
    berichten.voerUit(
        () -> eigenAccount.verwijderPasskey(passkey.id(), adres()), "account.passkey.verwijderd");
    passkeyhouder = null;
  }

  public String verwijdervraag(Passkeygegevens passkey) {
    return berichten.tekst("account.passkey.verwijderen.vraag", passkey.naam());
  }

  private String adres() {
    return request.getRemoteAddr();
  }

  public List<String> getNieuweHerstelcodes() {
    return nieuweHerstelcodes;
  }

  public String getHerstelcodesCode() {
    return null; // a used code is worth nothing; the field starts empty
  }

  public void setHerstelcodesCode(String herstelcodesCode) {
    this.herstelcodesCode = herstelcodesCode;
  }

  public String getHuidigWachtwoord() {
    return null;
  }

  public void setHuidigWachtwoord(String huidigWachtwoord) {
    this.huidigWachtwoord = huidigWachtwoord;
  }

  public String getWachtwoord() {
    return null;
  }

  public void setWachtwoord(String wachtwoord) {
    this.wachtwoord = wachtwoord;
  }

  public String getHerhaling() {
    return null;
  }

  public void setHerhaling(String herhaling) {
    this.herhaling = herhaling;
  }

  public String getPasskeynaam() {
    return passkeynaam;
  }

  public void setPasskeynaam(String passkeynaam) {
    this.passkeynaam = passkeynaam;
  }

  public String getPasskeycode() {
    return null;
  }

  public void setPasskeycode(String passkeycode) {
    this.passkeycode = passkeycode;
  }

  public String getPasskeyAntwoord() {
    return null; // an answer counts once; the page never sends one back
  }

  public void setPasskeyAntwoord(String passkeyAntwoord) {
    this.passkeyAntwoord = passkeyAntwoord;
  }

  public String getCode() {
    return null;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
