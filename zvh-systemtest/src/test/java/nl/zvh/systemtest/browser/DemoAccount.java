package nl.zvh.systemtest.browser;

/** The demo accounts of demo mode (see the README), with the start page each role lands on. */
public enum DemoAccount {
  PARTNER_POLITIE("partner.politie", "/partner/index.xhtml", "Start ketenpartner"),
  PARTNER_GGZ("partner.ggz", "/partner/index.xhtml", "Start ketenpartner"),
  REGISSEUR("regisseur", "/regie/index.xhtml", "Start procesregisseur"),
  MANAGER("manager", "/manager/index.xhtml", "Start manager"),
  PRIVACY("privacy", "/privacy/index.xhtml", "Start privacy officer"),
  BEHEERDER("beheerder", "/beheer/index.xhtml", "Start beheer");

  public static final String WACHTWOORD = "ZvhDemo-2026!";

  public final String gebruikersnaam;
  public final String startpagina;
  public final String kop;

  DemoAccount(String gebruikersnaam, String startpagina, String kop) {
    this.gebruikersnaam = gebruikersnaam;
    this.startpagina = startpagina;
    this.kop = kop;
  }
}
