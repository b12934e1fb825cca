/** The BEHEERDER's screens: organisations and users. */
package nl.zvh.web.beheer;
