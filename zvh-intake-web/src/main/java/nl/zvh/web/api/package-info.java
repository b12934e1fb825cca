/**
 * The REST API for partner systems ({@code /api/v1}): HTTP Basic per request, the same services,
 * privacy policy and processing log as the portal, errors as RFC 9457 problem details.
 */
package nl.zvh.web.api;
