/**
 * Koppelingen (issue 14, item 5): the BEHEERDER issues and revokes the API keys of partner systems.
 * The check of a key on every request is {@link nl.zvh.regie.beveiliging.Sleutelcontrole}.
 */
package nl.zvh.regie.koppeling;
