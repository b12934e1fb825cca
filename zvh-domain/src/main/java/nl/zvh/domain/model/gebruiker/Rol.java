package nl.zvh.domain.model.gebruiker;

/**
 * The system roles. Their names are also the security roles and groups of the portal, so they must
 * not be renamed without a migration of {@code gebruiker.rol}.
 */
public enum Rol {
  KETENPARTNER,
  PROCESREGISSEUR,
  MANAGER,
  PRIVACY_OFFICER,
  BEHEERDER;

  /** ZVH staff roles; a ketenpartner works for a partner organisation instead. */
  public boolean isZvhRol() {
    return this != KETENPARTNER;
  }
}
