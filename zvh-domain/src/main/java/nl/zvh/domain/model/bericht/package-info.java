/**
 * The message thread of a case, which replaces the partners' e-mail "mailgroep": messages of the
 * participants and the procesregisseur ({@link nl.zvh.domain.model.bericht.Bericht}, never edited:
 * a correction is a new message), and how far each user has read each case's thread ({@link
 * nl.zvh.domain.model.bericht.Berichtlezing}). Aggregates of their own that refer to the case, not
 * fields of it; they go with the case when it is destroyed.
 */
package nl.zvh.domain.model.bericht;
