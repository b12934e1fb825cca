package nl.zvh.regie.termijn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.termijn.BesluitFeestdag;
import nl.zvh.domain.model.termijn.Termijninstellingen;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;
import nl.zvh.regie.beheer.Invoercontrole;

/**
 * The work behind {@link TermijnBeheer}, for an explicit actor (see the package-info of {@code
 * nl.zvh.regie}).
 */
@ApplicationScoped
@Transactional
public class Termijndienst {

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Invoercontrole invoercontrole;

  public TermijnGegevens lees() {
    return TermijnGegevens.van(em.find(Termijninstellingen.class, Termijninstellingen.ENIGE));
  }

  public TermijnGegevens bewaar(TermijnGegevens gegevens) {
    invoercontrole.controleer(gegevens);
    Termijninstellingen instellingen =
        em.find(Termijninstellingen.class, Termijninstellingen.ENIGE);
    GelijktijdigGewijzigd.controleer(
        gegevens.getVersie(), instellingen.getVersie(), "De triage-instelling");
    instellingen.wijzig(
        gegevens.getDeadlinedag(), gegevens.getDeadlinetijd(), gegevens.getTriagedag());
    em.flush();
    return TermijnGegevens.van(instellingen);
  }

  public List<TermijnBeheer.Feestdag> feestdagen() {
    return em.createNamedQuery("BesluitFeestdag.alle", BesluitFeestdag.class)
        .getResultStream()
        .map(f -> new TermijnBeheer.Feestdag(f.getDatum(), f.getOmschrijving()))
        .toList();
  }

  public void voegFeestdagToe(LocalDate datum, String omschrijving) {
    DomeinRegelGeschonden.vereis(
        datum == null || em.find(BesluitFeestdag.class, datum) == null,
        "Deze dag staat al in de lijst.");
    em.persist(new BesluitFeestdag(datum, omschrijving));
  }

  public void verwijderFeestdag(LocalDate datum) {
    BesluitFeestdag feestdag = em.find(BesluitFeestdag.class, datum);
    if (feestdag != null) {
      em.remove(feestdag);
    }
  }
}
