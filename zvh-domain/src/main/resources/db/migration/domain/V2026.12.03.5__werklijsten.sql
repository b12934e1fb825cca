-- A partner's work lists: "aan mij toegewezen" looks actiepunten up by their person (by owner,
-- status and due date there is plan_actiepunt_eigenaar_ix already).
create index plan_actiepunt_persoon_ix on plan_actiepunt (persoon_id);
