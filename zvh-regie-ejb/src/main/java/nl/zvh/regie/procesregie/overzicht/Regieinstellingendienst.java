package nl.zvh.regie.procesregie.overzicht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nl.zvh.domain.model.procesregie.Regieinstellingen;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;

/**
 * The work behind {@link Regieinstellingenbeheer}: reads and changes the one row of settings (no
 * personal data), refusing a change made on a stale version.
 */
@ApplicationScoped
@Transactional
public class Regieinstellingendienst {

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  public Regieinstellingengegevens lees() {
    return Regieinstellingengegevens.van(em.find(Regieinstellingen.class, Regieinstellingen.ENIGE));
  }

  public Regieinstellingengegevens bewaar(Regieinstellingengegevens gegevens) {
    Regieinstellingen instellingen = em.find(Regieinstellingen.class, Regieinstellingen.ENIGE);
    GelijktijdigGewijzigd.controleer(
        gegevens.getVersie(), instellingen.getVersie(), "De instelling van de procesregie");
    instellingen.wijzig(gegevens.getContacttermijnDagen(), gegevens.getNazorgNaDagen());
    em.flush();
    return Regieinstellingengegevens.van(instellingen);
  }
}
