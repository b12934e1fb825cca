/**
 * The REST API for partner systems ({@code /api/v1}): a koppeling's API key per request (no
 * session), the same services, privacy policy and processing log as the portal, errors as RFC 9457
 * problem details.
 */
package nl.zvh.web.api;
