package nl.zvh.privacy.verstrekking;

/** Where a request stands. */
public enum VerzoekStatus {
  INGEDIEND,
  TOEGEKEND,
  AFGEWEZEN
}
