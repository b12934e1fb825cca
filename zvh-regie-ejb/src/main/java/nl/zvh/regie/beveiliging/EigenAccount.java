package nl.zvh.regie.beveiliging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.zvh.domain.model.gebruiker.Tweedefactor;

/**
 * What every logged-in user may do with their own account: password, recovery codes and passkeys.
 */
@Stateless
@RolesAllowed({"KETENPARTNER", "PROCESREGISSEUR", "MANAGER", "PRIVACY_OFFICER", "BEHEERDER"})
public class EigenAccount {

  /** The state of one's own second factor. */
  public record Tweedefactorstatus(Instant ingesteldOp, int herstelcodesOver) {}

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Inlogdienst inlogdienst;
  @Inject private Passkeydienst passkeydienst;

  public Optional<Tweedefactorstatus> tweedeFactor() {
    return inlogdienst
        .tweedeFactor(naam())
        .map(
            (Tweedefactor f) ->
                new Tweedefactorstatus(f.getIngesteldOp(), f.getResterendeHerstelcodes()));
  }

  public void wijzigWachtwoord(
      @NotNull String huidig, @NotNull String code, @NotNull String nieuw, String adres) {
    inlogdienst.wijzigWachtwoord(naam(), huidig, code, nieuw, adres);
  }

  public List<String> vernieuwHerstelcodes(@NotNull String code, String adres) {
    return inlogdienst.vernieuwHerstelcodes(naam(), code, adres);
  }

  /** Who a new passkey is for, with the passkeys the account has. */
  public Passkeydienst.Houder passkeyhouder() {
    return passkeydienst.houder(naam());
  }

  public void voegPasskeyToe(
      String passkeynaam,
      String code,
      String antwoord,
      byte[] uitdaging,
      Relyingparty rp,
      String adres) {
    passkeydienst.voegToe(naam(), passkeynaam, code, antwoord, uitdaging, rp, adres);
  }

  public void verwijderPasskey(long id, String adres) {
    passkeydienst.verwijder(naam(), id, adres);
  }

  private String naam() {
    return huidigeGebruiker.vereist().gebruikersnaam();
  }
}
