/** Users of the portal, their system role and the organisation they work for. */
package nl.zvh.domain.model.gebruiker;
