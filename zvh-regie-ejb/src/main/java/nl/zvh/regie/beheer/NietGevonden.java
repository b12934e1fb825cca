package nl.zvh.regie.beheer;

import jakarta.ejb.ApplicationException;

/** The record does not exist (any more). */
@ApplicationException(rollback = true)
public class NietGevonden extends RuntimeException {

  public NietGevonden(String wat) {
    super(wat + " bestaat niet (meer).");
  }
}
