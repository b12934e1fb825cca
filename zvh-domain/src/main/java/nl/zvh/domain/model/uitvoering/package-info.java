/**
 * Carrying out the plan van aanpak (domain steps 7 and 8): signals of partners to the
 * casusregisseur, and the casusregisseur's escalation to the procesregisseur. Each refers to its
 * case; none is a field of it.
 */
package nl.zvh.domain.model.uitvoering;
