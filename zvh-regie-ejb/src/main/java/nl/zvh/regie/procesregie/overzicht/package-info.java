/**
 * The procesregisseur's dashboard of running cases (issue 13, item 1): what needs attention per
 * case (overdue actiepunten, open signals, escalations and opschalingen, no follow-up overleg, no
 * recent contact with the casusregisseur), filtered, sorted and paged in the database over the
 * read-only view {@code procesregie_overzicht}; the contact moments with the casusregisseur; and
 * the settings of procesregie that the beheerder keeps.
 */
package nl.zvh.regie.procesregie.overzicht;
