/**
 * The case (casus) aggregate: from a referral (aanmelding) to closing. A case has one or more
 * betrokkenen and a status that follows one life cycle ({@link
 * nl.zvh.domain.model.casus.CasusStatus}); every change of status is kept as a {@link
 * nl.zvh.domain.model.casus.StatusOvergang}.
 */
package nl.zvh.domain.model.casus;
