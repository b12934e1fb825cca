/**
 * Procesregie after triage (domain steps 8 and 9): the procesregisseur escalates to a manager, who
 * decides or takes it to bestuur; the procesregisseur closes a case with its result (with the
 * casusregisseur), reopens it within its retention period, and records the follow-up check.
 */
package nl.zvh.regie.procesregie;
