package nl.zvh.web.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.ResourceBundle;
import nl.zvh.privacy.logboek.Actie;
import nl.zvh.privacy.logboek.Toegangspunt;
import nl.zvh.web.gedeeld.Berichten;

/**
 * The privacy pages in words: a handeling of the log ({@code casus.inzien}) as a Dutch description
 * ("Casus inzien"), the action and the access point in Dutch, and a list of names as Dutch writes
 * it ("Politie, GGZ en Veilig Thuis"). The descriptions are in the bundle under {@code handeling.}
 * plus the handeling's name; {@code VerwerkingsnamenTest} holds every handeling of the catalogue to
 * one.
 */
@Named
@RequestScoped
public class Verwerkingsnamen {

  static final String HANDELING = "handeling.";
  static final String ACTIE = "actie.";
  static final String TOEGANGSPUNT = "toegangspunt.";

  @Inject private FacesContext facesContext;

  /** The Dutch description of a handeling; its own name if the bundle has none (an old record). */
  public String handeling(String operatie) {
    return tekstOf(HANDELING + operatie, operatie);
  }

  public String actie(Actie actie) {
    return actie == null ? "" : tekstOf(ACTIE + actie.name(), actie.name());
  }

  public String toegangspunt(Toegangspunt punt) {
    return punt == null ? "" : tekstOf(TOEGANGSPUNT + punt.name(), punt.name());
  }

  /** Names as Dutch lists them: "A", "A en B", "A, B en C"; empty for none. */
  public String opsomming(List<String> namen) {
    return opsomming(namen, "en");
  }

  static String opsomming(List<String> namen, String en) {
    if (namen == null || namen.isEmpty()) {
      return "";
    }
    if (namen.size() == 1) {
      return namen.get(0);
    }
    return String.join(", ", namen.subList(0, namen.size() - 1))
        + " "
        + en
        + " "
        + namen.get(namen.size() - 1);
  }

  private String tekstOf(String sleutel, String anders) {
    ResourceBundle bundel =
        ResourceBundle.getBundle(Berichten.BUNDEL, facesContext.getViewRoot().getLocale());
    return bundel.containsKey(sleutel) ? bundel.getString(sleutel) : anders;
  }
}
