/**
 * Security of every response and of every request that changes something (issue 14): the headers of
 * each kind of response, and requests forged from another site, sent as a GET, or with a tampered
 * view state. Plain HTTP against the running portal (Portaalsessie), plus the browser for the
 * Content-Security-Policy.
 */
package nl.zvh.systemtest.beveiliging;
