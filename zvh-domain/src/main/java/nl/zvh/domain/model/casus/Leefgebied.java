package nl.zvh.domain.model.casus;

/** The thirteen domains of the Zelfredzaamheid-Matrix, on which a referral names its problems. */
public enum Leefgebied {
  FINANCIEN,
  WERK_EN_OPLEIDING,
  TIJDSBESTEDING,
  HUISVESTING,
  HUISELIJKE_RELATIES,
  GEESTELIJKE_GEZONDHEID,
  LICHAMELIJKE_GEZONDHEID,
  MIDDELENGEBRUIK,
  BASALE_ADL,
  INSTRUMENTELE_ADL,
  SOCIAAL_NETWERK,
  MAATSCHAPPELIJKE_PARTICIPATIE,
  JUSTITIE
}
