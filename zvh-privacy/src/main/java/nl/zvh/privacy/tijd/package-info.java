/**
 * The portal's clock: the one {@link java.time.Clock}, in Dutch time, that every service, job and
 * page bean injects to know "now" and "today". It lives in the lowest module with CDI (the domain
 * has no container, and its rules take the moment from their caller), so that privacy, regie and
 * web share it, and a test can replace it with a clock of its own (a CDI alternative) to put the
 * whole portal at a chosen moment.
 */
package nl.zvh.privacy.tijd;
