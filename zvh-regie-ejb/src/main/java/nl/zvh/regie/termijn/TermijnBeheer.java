package nl.zvh.regie.termijn;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/** The beheerder keeps the triage settings and the days declared equal to public holidays. */
@Stateless
@RolesAllowed("BEHEERDER")
public class TermijnBeheer {

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Termijndienst dienst;

  public TermijnGegevens lees() {
    return dienst.lees();
  }

  public TermijnGegevens bewaar(TermijnGegevens gegevens) {
    return dienst.bewaar(gegevens);
  }

  public List<Feestdag> feestdagen() {
    return dienst.feestdagen();
  }

  public void voegFeestdagToe(LocalDate datum, String omschrijving) {
    dienst.voegFeestdagToe(datum, omschrijving);
  }

  public void verwijderFeestdag(LocalDate datum) {
    dienst.verwijderFeestdag(datum);
  }

  /** A day declared equal to a public holiday, as the beheer screen lists it. */
  public record Feestdag(LocalDate datum, String omschrijving) {}
}
