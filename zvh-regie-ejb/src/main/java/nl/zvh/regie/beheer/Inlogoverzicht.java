package nl.zvh.regie.beheer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import nl.zvh.domain.model.gebruiker.Inlogbeveiliging;
import nl.zvh.domain.model.gebruiker.Inloggebeurtenis.Soort;
import nl.zvh.regie.aanmelding.Pagina;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;
import nl.zvh.regie.beveiliging.Inlogbewaking;

/**
 * The beheerder's view of logins: failed and refused attempts, changes of second factors (app,
 * recovery codes, passkeys) and passwords, what is blocked now, and the settings of the lockout.
 */
@Stateless
@RolesAllowed("BEHEERDER")
public class Inlogoverzicht {

  /** Which events a list shows. */
  public enum Soortfilter {
    MISLUKT(List.of(Soort.WACHTWOORD_ONJUIST, Soort.CODE_ONJUIST, Soort.GEBLOKKEERD)),
    WIJZIGINGEN(
        List.of(
            Soort.TWEEDE_FACTOR_INGESTELD,
            Soort.TWEEDE_FACTOR_HERSTELD,
            Soort.HERSTELCODE_GEBRUIKT,
            Soort.HERSTELCODES_VERNIEUWD,
            Soort.WACHTWOORD_GEWIJZIGD,
            Soort.PASSKEY_TOEGEVOEGD,
            Soort.PASSKEY_VERWIJDERD)),
    ALLE(List.of(Soort.values()));

    final List<Soort> soorten;

    Soortfilter(List<Soort> soorten) {
      this.soorten = soorten;
    }
  }

  /** One row of the list. */
  public record Rij(
      long id,
      OffsetDateTime tijdstip,
      String gebruikersnaam,
      String adres,
      Soort soort,
      String door)
      implements Serializable {}

  /** A user name or an address that is refused now, until when, after how many failures. */
  public record Blokkade(String wie, boolean adres, long pogingen, Instant tot)
      implements Serializable {}

  /** The lockout settings as the page edits them. */
  public record Instellingen(
      long versie,
      int pogingenPerAccount,
      int pogingenPerAdres,
      int vensterMinuten,
      int blokkadeMinuten)
      implements Serializable {

    static Instellingen van(Inlogbeveiliging instellingen) {
      return new Instellingen(
          instellingen.getVersie(),
          instellingen.getPogingenPerAccount(),
          instellingen.getPogingenPerAdres(),
          instellingen.getVensterMinuten(),
          instellingen.getBlokkadeMinuten());
    }
  }

  @Inject private Inlogoverzichtdienst dienst;
  @Inject private Inlogbewaking bewaking;
  @Inject private HuidigeGebruiker huidigeGebruiker;

  public Pagina<Rij> gebeurtenissen(Soortfilter filter, String naam, int eerste, int aantal) {
    return dienst.gebeurtenissen(filter, naam, eerste, aantal);
  }

  public long aantal(Soortfilter filter, String naam) {
    return dienst.aantal(filter, naam);
  }

  public List<Blokkade> blokkades() {
    return dienst.blokkades();
  }

  public Instellingen instellingen() {
    return dienst.instellingen();
  }

  /** How many days the record of logins is kept (a setting of the deployment). */
  public int bewaardagen() {
    return bewaking.getBewaardagen();
  }

  public Instellingen wijzig(
      long versie,
      Integer pogingenPerAccount,
      Integer pogingenPerAdres,
      Integer vensterMinuten,
      Integer blokkadeMinuten) {
    return dienst.wijzig(
        huidigeGebruiker.vereist().gebruikersnaam(),
        versie,
        pogingenPerAccount,
        pogingenPerAdres,
        vensterMinuten,
        blokkadeMinuten);
  }
}
