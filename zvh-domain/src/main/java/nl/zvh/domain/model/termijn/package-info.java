/**
 * The dates of the process: Dutch public holidays (Algemene termijnenwet, art. 3), working days,
 * the contact deadline after a referral and the weekly triage date. Pure rules, no container.
 */
package nl.zvh.domain.model.termijn;
