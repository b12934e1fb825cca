-- "Already known" and the rights of betrokkenen look people up by date of birth and compare the
-- name without regard to case; the index on (achternaam, geboortedatum) cannot serve lower(achternaam).
create index betrokkene_geboortedatum_ix on betrokkene (geboortedatum);
