package nl.zvh.privacy;

import java.time.LocalDate;

/**
 * A question to the policy about one object: the rule a {@link Handeling} is bound to. Written as a
 * reference to a method of {@link Toegangsbeleid}, so the decision itself stays there.
 *
 * @param <O> what the rule judges (a case, an item, an uitvraag address, a betrokkene …)
 */
@FunctionalInterface
public interface Regel<O> {

  Besluit beslis(Toegangsbeleid beleid, Actor actor, O object, LocalDate vandaag);
}
