/**
 * The manager's pages: the management figures (charts, tables, CSV) over a period; no personal
 * data, small counts shown as "&lt; 5".
 */
package nl.zvh.web.manager;
