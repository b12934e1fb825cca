package nl.zvh.regie.bericht;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One page of a case's thread as the reader sees it, oldest first and newest last; page 0 holds the
 * newest messages, a higher page older ones.
 *
 * @param berichten the messages of the page, oldest first
 * @param pagina this page (0: the newest)
 * @param ouder whether there are older messages than this page holds
 * @param aantal all messages of the thread
 */
public record Draad(
    long casusId, String casusnummer, List<Regel> berichten, int pagina, boolean ouder, long aantal)
    implements java.io.Serializable {

  /** Messages per page. */
  public static final int PAGINA = 50;

  /**
   * One message.
   *
   * @param organisatie the sending organisation; null for the ZVH's procesregisseur
   * @param eigen whether the reader sent it
   * @param ongelezen whether it was unread for the reader before this reading
   * @param corrigeert the id of the message this one corrects, or null
   */
  public record Regel(
      long id,
      String afzender,
      String organisatie,
      OffsetDateTime verstuurdOp,
      String tekst,
      boolean eigen,
      boolean ongelezen,
      Long corrigeert)
      implements java.io.Serializable {}

  /** Whether there are newer messages than this page holds. */
  public boolean nieuwer() {
    return pagina > 0;
  }
}
