/** The procesregisseur's pages: work queue, screening of a referral, and the weekly triage. */
package nl.zvh.web.regie;
