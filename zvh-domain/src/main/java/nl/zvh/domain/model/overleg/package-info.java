/**
 * The case meeting (ICO, and every follow-up): planned with invitees of partner organisations,
 * held, recorded in a verslag that the procesregisseur establishes (vastgesteld) in versions, and
 * scored per leefgebied of the Zelfredzaamheid-Matrix. An aggregate of its own that refers to its
 * case; the plan van aanpak is another ({@code nl.zvh.domain.model.plan}).
 */
package nl.zvh.domain.model.overleg;
