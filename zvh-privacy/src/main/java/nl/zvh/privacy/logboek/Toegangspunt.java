package nl.zvh.privacy.logboek;

/** Where the processing came in (NEN 7513 "access point"). */
public enum Toegangspunt {
  PORTAAL,
  API,
  TAAK
}
