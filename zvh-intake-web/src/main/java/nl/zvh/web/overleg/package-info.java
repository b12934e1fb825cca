/**
 * The pages of the ICO: planning an overleg, the overleg itself (answers, preparation, safety
 * check, cancelling), and recording it (attendance, verslag, scores, plan van aanpak,
 * establishing).
 */
package nl.zvh.web.overleg;
