/** Passwords and the logged-in user as the services see them. */
package nl.zvh.regie.beveiliging;
