package nl.zvh.web.beveiliging;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles of the portal: the system roles ({@link nl.zvh.domain.model.gebruiker.Rol}). Who a
 * caller is, is settled by {@link PortaalAuthenticatie}: people by password and second factor
 * ({@link nl.zvh.regie.beveiliging.Inlogdienst}: only an active account of an organisation that is
 * a convenant member today), systems by their koppeling's key ({@link ApiAuthenticatie}). There is
 * no identity store: neither check fits its one-credential question.
 */
@DeclareRoles({"KETENPARTNER", "PROCESREGISSEUR", "MANAGER", "PRIVACY_OFFICER", "BEHEERDER"})
@ApplicationScoped
public class BeveiligingsConfiguratie {}
