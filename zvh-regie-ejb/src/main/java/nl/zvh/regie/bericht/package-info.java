/**
 * The message thread of a case, which replaces the partners' e-mail "mailgroep": reading it (paged,
 * newest last; reading marks it read), sending a message (with an e-mail notification without
 * content after the commit), and the unread messages of the logged-in user over all cases they may
 * read, counted in one query for the menu. Boundary {@link nl.zvh.regie.bericht.Berichtenverkeer};
 * the work in {@link nl.zvh.regie.bericht.Berichtendienst}.
 */
package nl.zvh.regie.bericht;
