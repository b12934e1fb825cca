/**
 * The ZVH domain: entities, value objects and the rules that need no container. Packages follow the
 * aggregates ({@code model.organisatie}, {@code model.gebruiker}, {@code model.casus}); the
 * database schema that maps them lives in {@code db/migration/domain} (Flyway) next to this code.
 */
package nl.zvh.domain;
