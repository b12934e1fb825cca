/**
 * The plan van aanpak of a case: one integral plan with doelen and actiepunten (each owned by a
 * participating organisation, with a due date and a status), its casusregisseur, and the versions
 * the procesregisseur established. An aggregate of its own that refers to its case.
 */
package nl.zvh.domain.model.plan;
