/**
 * Retention: a case's personal data is destroyed a set period after the case closed, unless the
 * privacy officer extended that case's period with a motivation.
 */
package nl.zvh.privacy.bewaartermijn;
