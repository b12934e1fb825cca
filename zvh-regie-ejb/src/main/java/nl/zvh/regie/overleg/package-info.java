/**
 * The ICO and the plan van aanpak: planning an overleg with its invitations (iCalendar by e-mail),
 * the invitees' answers and preparation, recording attendance, verslag, ZRM scores and the plan,
 * and establishing them in versions; the archive document (PDF/A). Boundary {@link
 * nl.zvh.regie.overleg.Overleggen}; the work in {@link nl.zvh.regie.overleg.Overlegdienst}
 * (planning), {@link nl.zvh.regie.overleg.Verslagdienst} (recording and establishing) and {@link
 * nl.zvh.regie.overleg.Plandienst} (reading the plan and its progress).
 */
package nl.zvh.regie.overleg;
