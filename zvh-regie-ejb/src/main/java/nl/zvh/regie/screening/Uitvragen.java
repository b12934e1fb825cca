package nl.zvh.regie.screening;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import nl.zvh.domain.model.casus.Informatiecategorie;
import nl.zvh.domain.model.casus.UitvraagAdres;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/** A partner answers the uitvragen of its organisation (the role is checked here). */
@Stateless
@RolesAllowed("KETENPARTNER")
public class Uitvragen {

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Uitvraagdienst dienst;

  public List<UitvraagRegel> vanMijnOrganisatie() {
    return dienst.vanMijnOrganisatie(huidigeGebruiker.vereist());
  }

  public List<UitvraagRegel> vanMijnOrganisatie(Uitvraagfilter filter) {
    return dienst.vanMijnOrganisatie(huidigeGebruiker.vereist(), filter);
  }

  public void deelInformatie(
      long adresId,
      long versie,
      Informatiecategorie categorie,
      String inhoud,
      String bestandsnaam,
      byte[] bestand,
      Boolean metDeelnemers) {
    dienst.deelInformatie(
        huidigeGebruiker.vereist(),
        adresId,
        versie,
        categorie,
        inhoud,
        bestandsnaam,
        bestand,
        metDeelnemers);
  }

  public void antwoordZonderInformatie(
      long adresId, long versie, UitvraagAdres.Antwoord soort, String reden) {
    dienst.antwoordZonderInformatie(huidigeGebruiker.vereist(), adresId, versie, soort, reden);
  }
}
