/** Value objects and helpers shared by several aggregates. */
package nl.zvh.domain.model.gedeeld;
