package nl.zvh.regie.screening;

/**
 * What needs the procesregisseur's attention in the work queue, as the start page counts it: the
 * filter of the list and the condition of the count are the same.
 */
public enum Werkvoorraadfilter {
  /** No contact with the referrer yet, and the deadline is today or has passed. */
  CONTACT,
  /** No contact with the referrer yet, and the deadline has passed. */
  CONTACT_VERLOPEN,
  /** An uitvraag of the referral that is past its date without an answer. */
  UITVRAAG_VERLOPEN;

  /** The condition in the query of the queue (c is the case, a its referral form). */
  String voorwaarde() {
    return switch (this) {
      case CONTACT -> " and a.contactOpgenomenOp is null and a.contactUiterlijk <= :vandaag";
      case CONTACT_VERLOPEN ->
          " and a.contactOpgenomenOp is null and a.contactUiterlijk < :vandaag";
      case UITVRAAG_VERLOPEN ->
          " and exists (select ad from UitvraagAdres ad where ad.uitvraag.casus = c"
              + " and ad.antwoord = :open"
              + " and ad.uitvraag.beantwoordenVoor < :vandaag)";
    };
  }
}
