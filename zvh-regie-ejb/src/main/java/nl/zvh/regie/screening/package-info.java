/**
 * The procesregisseur's screening: the work queue with its deadlines, contact with the referrer,
 * aanvulling, uitvraag to partners (and their answers), the timeline of a case, and the weekly
 * triage with its agenda and decisions. Every call asks the privacy policy and logs.
 */
package nl.zvh.regie.screening;
