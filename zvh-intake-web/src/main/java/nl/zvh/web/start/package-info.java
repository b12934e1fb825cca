/** The start page of each role. */
package nl.zvh.web.start;
