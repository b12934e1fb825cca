package nl.zvh.domain.model.casus;

/** Why the betrokkene was not told of the referral (the seeds name safety as the main reason). */
public enum RedenNietGeinformeerd {
  VEILIGHEIDSRISICO,
  STRAFRECHTELIJK_ONDERZOEK,
  ANDERS
}
