/**
 * Security of every response and of every request that changes something (issue 14): the headers of
 * each kind of response, and requests forged from another site, sent as a GET, or with a tampered
 * view state; who reaches which page and endpoint (a declared matrix, every page of the WAR); and
 * hostile input (the Big List of Naughty Strings) into the API and the forms. Plain HTTP against
 * the running portal (Portaalsessie), plus the browser for the Content-Security-Policy.
 */
package nl.zvh.systemtest.beveiliging;
