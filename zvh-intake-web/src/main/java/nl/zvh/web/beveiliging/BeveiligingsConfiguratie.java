package nl.zvh.web.beveiliging;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import nl.zvh.regie.beveiliging.Wachtwoorden;
import nl.zvh.regie.infrastructuur.DatabaseMigratie;

/**
 * Jakarta Security for the portal: users from the database (the mechanism is {@link
 * PortaalAuthenticatie}). Only an active account of an organisation that is a convenant member
 * today can log in; the groups are the system roles ({@link nl.zvh.domain.model.gebruiker.Rol}).
 */
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = DatabaseMigratie.DATA_SOURCE,
    callerQuery =
        "select g.wachtwoord_hash from gebruiker g join organisatie o on o.id = g.organisatie_id"
            + " where g.gebruikersnaam = ? and g.actief = true"
            + " and o.convenant_lid_vanaf <= current_date"
            + " and (o.convenant_lid_tot is null or o.convenant_lid_tot >= current_date)",
    groupsQuery = "select rol from gebruiker where gebruikersnaam = ? and actief = true",
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      Wachtwoorden.ALGORITME,
      Wachtwoorden.ITERATIES,
      Wachtwoorden.ZOUT,
      Wachtwoorden.SLEUTEL
    })
@DeclareRoles({"KETENPARTNER", "PROCESREGISSEUR", "MANAGER", "PRIVACY_OFFICER", "BEHEERDER"})
@ApplicationScoped
public class BeveiligingsConfiguratie {}
