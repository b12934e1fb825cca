package nl.zvh.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import nl.zvh.regie.beveiliging.EigenAccount;
import nl.zvh.regie.beveiliging.EigenAccount.Tweedefactorstatus;
import nl.zvh.web.gedeeld.Berichten;
import nl.zvh.web.gedeeld.NederlandseTijd;

/**
 * The page {@code account/index.xhtml}: the state of one's second factor, new recovery codes (shown
 * once, on this response only), and changing one's password. Nothing typed here is kept after the
 * response: request scope, and the password fields are never written back.
 */
@Named
@RequestScoped
public class MijnAccount {

  @Inject private EigenAccount eigenAccount;
  @Inject private Berichten berichten;
  @Inject private HttpServletRequest request;

  private Optional<Tweedefactorstatus> tweedeFactor;
  private List<String> nieuweHerstelcodes = List.of();

  private String herstelcodesCode;
  private String huidigWachtwoord;
  private String wachtwoord;
  private String herhaling;
  private String code;

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

  public String getCode() {
    return null;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
