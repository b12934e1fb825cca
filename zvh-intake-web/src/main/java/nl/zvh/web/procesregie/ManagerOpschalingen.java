package nl.zvh.web.procesregie;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.zvh.domain.model.procesregie.Opschaling;
import nl.zvh.regie.procesregie.OpschalingRegel;
import nl.zvh.regie.procesregie.Opschalingen;

/** The manager's inbox of escalations, on their start page and its own page. */
@Named
@RequestScoped
public class ManagerOpschalingen {

  @Inject private Opschalingen opschalingen;

  private List<OpschalingRegel> inbox;

  public List<OpschalingRegel> getInbox() {
    if (inbox == null) {
      inbox = opschalingen.inbox();
    }
    return inbox;
  }

  public long getAantalOpen() {
    return getInbox().stream().filter(r -> r.status() != Opschaling.Status.BESLOTEN).count();
  }
}
