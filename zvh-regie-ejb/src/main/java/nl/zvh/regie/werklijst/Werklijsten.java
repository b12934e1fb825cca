package nl.zvh.regie.werklijst;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.zvh.regie.aanmelding.Pagina;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/** A partner's work lists (the role is checked here). */
@Stateless
@RolesAllowed("KETENPARTNER")
public class Werklijsten {

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Werklijstdienst dienst;

  /** A page of the actiepunten of the user's organisation or assigned to the user. */
  public Pagina<ActiepuntRegel> actiepunten(Actiepuntvraag vraag) {
    return dienst.actiepunten(huidigeGebruiker.vereist(), vraag);
  }

  /** How many actiepunten the question finds on all pages. */
  public long tel(Actiepuntvraag vraag) {
    return dienst.tel(huidigeGebruiker.vereist(), vraag);
  }
}
