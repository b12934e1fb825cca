/**
 * The triage settings and the decree holidays that a beheerder keeps, and the dates computed from
 * them: the triage date and the contact deadline of a referral.
 */
package nl.zvh.regie.termijn;
