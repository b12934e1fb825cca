package nl.zvh.web.beveiliging;

import java.util.Map;
import nl.zvh.domain.model.gebruiker.Rol;

/** Each role has its own area of the portal; this is where its users land after login. */
public final class Startpagina {

  public static final String INLOGGEN = "/login.xhtml";

  /** The second step of a login (public: the session holds only a login half-way, see Halfweg). */
  public static final String TWEEDE_FACTOR = "/tweedefactor.xhtml";

  /** The recovery codes, shown once after enrolment. */
  public static final String HERSTELCODES = "/account/herstelcodes.xhtml";

  private static final Map<Rol, String> PER_ROL =
      Map.of(
          Rol.KETENPARTNER, "/partner/index.xhtml",
          Rol.PROCESREGISSEUR, "/regie/index.xhtml",
          Rol.MANAGER, "/manager/index.xhtml",
          Rol.PRIVACY_OFFICER, "/privacy/index.xhtml",
          Rol.BEHEERDER, "/beheer/index.xhtml");

  private Startpagina() {}

  public static String van(Rol rol) {
    return PER_ROL.get(rol);
  }
}
