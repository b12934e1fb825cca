package nl.zvh.web.beheer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.zvh.regie.beheer.NietGevonden;
import nl.zvh.regie.beheer.OrganisatieBeheer;
import nl.zvh.regie.beheer.OrganisatieGegevens;
import nl.zvh.regie.koppeling.KoppelingBeheer;
import nl.zvh.regie.koppeling.KoppelingGegevens;
import nl.zvh.regie.koppeling.UitgegevenSleutel;
import nl.zvh.web.gedeeld.Berichten;
import nl.zvh.web.gedeeld.Databaselijst;

/**
 * The koppelingen (API keys of partner systems): the list, paged in the database, with when each
 * key was last used; issuing a key for an organisation, shown once on this page right after; and
 * revoking one (asked first). A reload or another action and the key is gone from the page: it is
 * stored nowhere.
 */
@Named
@ViewScoped
public class KoppelingenBeheren implements Serializable {

  /** The list has one order: active keys first, by organisation and name. */
  public enum Volgorde {
    STANDAARD
  }

  @Inject private KoppelingBeheer beheer;
  @Inject private OrganisatieBeheer organisatieBeheer;
  @Inject private Berichten berichten;

  private final Databaselijst<KoppelingGegevens, Volgorde> lijst =
      new Databaselijst<>(
          Volgorde.class,
          (eerste, aantal, volgorde, oplopend) -> beheer.pagina(eerste, aantal),
          () -> beheer.aantal(),
          KoppelingGegevens::id);

  private List<OrganisatieGegevens> organisaties;
  private String naam;
  private Long organisatieId;
  private UitgegevenSleutel uitgegeven;

  /** Once per view (viewAction). */
  public void laad() {
    organisaties = organisatieBeheer.alle();
  }

  public void geefUit() {
    uitgegeven = null;
    UitgegevenSleutel[] resultaat = new UitgegevenSleutel[1];
    if (berichten.voerUit(
        () -> resultaat[0] = beheer.geefUit(naam, organisatieId), null, "uitgeven")) {
      uitgegeven = resultaat[0];
      berichten.info("koppeling.uitgegeven", uitgegeven.koppeling().naam());
      naam = null;
      organisatieId = null;
    }
  }

  /** Done with the key: it leaves the page for good. */
  public void sluitSleutel() {
    uitgegeven = null;
  }

  public void trekIn(KoppelingGegevens koppeling) {
    uitgegeven = null;
    try {
      if (berichten.voerUit(() -> beheer.trekIn(koppeling.id(), koppeling.versie()), null)) {
        berichten.info("koppeling.ingetrokken", koppeling.naam());
      }
    } catch (NietGevonden e) {
      berichten.weigering(e);
    }
  }

  /** What revoking means, naming the koppeling: asked before it is revoked. */
  public String intrekvraag(KoppelingGegevens koppeling) {
    return berichten.tekst(
        "koppeling.intrekken.vraag", koppeling.naam(), koppeling.organisatieNaam());
  }

  public Databaselijst<KoppelingGegevens, Volgorde> getLijst() {
    return lijst;
  }

  public List<OrganisatieGegevens> getOrganisaties() {
    return organisaties;
  }

  public String getNaam() {
    return naam;
  }

  public void setNaam(String naam) {
    this.naam = naam;
  }

  public Long getOrganisatieId() {
    return organisatieId;
  }

  public void setOrganisatieId(Long organisatieId) {
    this.organisatieId = organisatieId;
  }

  public UitgegevenSleutel getUitgegeven() {
    return uitgegeven;
  }
}
