package nl.zvh.regie.beheer;

/**
 * An account was deactivated, in the transaction that does it: whoever depends on the person (the
 * casusregie of their cases) reacts without this package knowing them.
 */
public record GebruikerGedeactiveerd(long gebruikerId) {}
