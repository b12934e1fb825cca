/**
 * Carrying out the plan van aanpak (domain steps 7 and 8): the owners report back on their
 * actiepunten, partners signal to the casusregisseur, and the casusregisseur steers, reminds and
 * escalates to the procesregisseur.
 */
package nl.zvh.regie.uitvoering;
