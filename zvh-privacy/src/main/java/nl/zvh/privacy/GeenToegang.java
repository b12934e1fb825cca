package nl.zvh.privacy;

import jakarta.ejb.ApplicationException;

/** The privacy policy refused an operation; nothing was read or changed. */
@ApplicationException(rollback = true)
public class GeenToegang extends RuntimeException {

  public GeenToegang(String reden) {
    super(reden);
  }
}
