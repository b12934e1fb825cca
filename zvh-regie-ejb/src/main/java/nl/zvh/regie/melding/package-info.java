/**
 * E-mail to users: receipts, notifications and invitations to an overleg (with a calendar file). A
 * mail never holds personal data of a betrokkene, only a number, dates and a link into the portal,
 * where the policy decides what the reader sees.
 */
package nl.zvh.regie.melding;
