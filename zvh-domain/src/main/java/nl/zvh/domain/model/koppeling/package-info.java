/**
 * Koppelingen: API credentials that a BEHEERDER issues to an organisation's system. A key is shown
 * once; only a hash of its secret is stored (see {@link nl.zvh.domain.model.koppeling.Apisleutel}).
 */
package nl.zvh.domain.model.koppeling;
