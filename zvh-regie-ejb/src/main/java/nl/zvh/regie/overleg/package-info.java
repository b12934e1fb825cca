/**
 * The ICO (overleg): the multidisciplinary meeting about a case. Here too the building blocks that
 * take plain records and know nothing of the entities: the invitation as a calendar file ({@link
 * nl.zvh.regie.overleg.Agendabestand}).
 */
package nl.zvh.regie.overleg;
