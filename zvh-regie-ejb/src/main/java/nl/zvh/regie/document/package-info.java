/**
 * Documents the portal hands out or archives, as PDF/A-2b: {@link
 * nl.zvh.regie.document.Archiefdocument} is the one way this module makes a PDF. Internal to the
 * module (not exported to the web module): services call it and return the bytes.
 */
package nl.zvh.regie.document;
