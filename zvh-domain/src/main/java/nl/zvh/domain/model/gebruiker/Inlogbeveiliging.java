package nl.zvh.domain.model.gebruiker;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;

/**
 * The lockout that a beheerder sets: after so many failed attempts within the window, a user name
 * (whether it exists or not) or an address is refused for the blocking time. Defaults 5 per account
 * and 50 per address (an organisation's offices may share one address) within 15 minutes, blocked
 * for 15 minutes. One row.
 */
@Entity
public class Inlogbeveiliging {

  /** The id of the one row. */
  public static final int ENIGE = 1;

  public static final int MAX_POGINGEN = 1000;
  public static final int MAX_MINUTEN = 24 * 60;

  @Id private int id;

  @Version private long versie;

  @Column(name = "pogingen_per_account", nullable = false)
  private int pogingenPerAccount;

  @Column(name = "pogingen_per_adres", nullable = false)
  private int pogingenPerAdres;

  @Column(name = "venster_minuten", nullable = false)
  private int vensterMinuten;

  @Column(name = "blokkade_minuten", nullable = false)
  private int blokkadeMinuten;

  protected Inlogbeveiliging() {}

  public void wijzig(
      Integer pogingenPerAccount,
      Integer pogingenPerAdres,
      Integer vensterMinuten,
      Integer blokkadeMinuten) {
    binnen(pogingenPerAccount, 3, MAX_POGINGEN, "pogingenPerAccount", "pogingen");
    binnen(pogingenPerAdres, 3, MAX_POGINGEN, "pogingenPerAdres", "pogingen");
    binnen(vensterMinuten, 1, MAX_MINUTEN, "vensterMinuten", "minuten");
    binnen(blokkadeMinuten, 1, MAX_MINUTEN, "blokkadeMinuten", "minuten");
    this.pogingenPerAccount = pogingenPerAccount;
    this.pogingenPerAdres = pogingenPerAdres;
    this.vensterMinuten = vensterMinuten;
    this.blokkadeMinuten = blokkadeMinuten;
  }

  private static void binnen(Integer waarde, int min, int max, String veld, String eenheid) {
    vereis(waarde != null, veld, "Vul het aantal " + eenheid + " in.");
    vereis(
        waarde >= min && waarde <= max,
        veld,
        "Kies " + min + " tot en met " + max + " " + eenheid + ".");
  }

  public long getVersie() {
    return versie;
  }

  public int getPogingenPerAccount() {
    return pogingenPerAccount;
  }

  public int getPogingenPerAdres() {
    return pogingenPerAdres;
  }

  public Duration getVenster() {
    return Duration.ofMinutes(vensterMinuten);
  }

  public Duration getBlokkade() {
    return Duration.ofMinutes(blokkadeMinuten);
  }

  public int getVensterMinuten() {
    return vensterMinuten;
  }

  public int getBlokkadeMinuten() {
    return blokkadeMinuten;
  }
}
