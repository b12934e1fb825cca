/**
 * Handing over and leaving (issue 12, item 5): a partner hands actiepunten to a colleague, the
 * casusregisseur (or the procesregisseur) hands the casusregie to another partner user, an
 * organisation ends its involvement in a case, and the procesregisseur is asked to appoint a new
 * casusregisseur when the current one is gone (derived, never a stored flag).
 */
package nl.zvh.regie.overdracht;
