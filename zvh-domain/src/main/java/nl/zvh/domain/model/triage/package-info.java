/**
 * The weekly triage: its agenda of referrals, in the order the procesregisseur sets, and who took
 * part. The decisions themselves belong to each case ({@link
 * nl.zvh.domain.model.casus.Triagebesluit}).
 */
package nl.zvh.domain.model.triage;
