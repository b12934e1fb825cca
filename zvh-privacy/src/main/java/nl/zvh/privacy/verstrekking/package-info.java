/**
 * Formal requests to use another organisation's information outside the overleg (verzoek tot
 * verstrekking): purpose, legal ground, proportionality and subsidiarity, reviewed and decided by
 * the privacy officer, the decision and its grounds kept.
 */
package nl.zvh.privacy.verstrekking;
