/**
 * Procesregie after triage (domain steps 7 to 9): the procesregisseur's contact with the
 * casusregisseur, the decision on a follow-up overleg, escalation to the manager and on to bestuur,
 * closing (afschalen) with its result, reopening, and the follow-up check after closing. Each is an
 * aggregate that refers to its case; none is a field of it.
 */
package nl.zvh.domain.model.procesregie;
