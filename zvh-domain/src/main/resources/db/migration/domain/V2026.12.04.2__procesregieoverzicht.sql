-- The procesregisseur's dashboard of running cases (issue 13): one row per case in uitvoering, or
-- taken on for the ICO route and waiting for its first overleg, with what does not depend on the
-- day. The portal compares these columns with "today" (a parameter), so the view itself never reads
-- the clock. Read-only; no personal data of betrokkenen (numbers, counts, dates, the name of the
-- casusregisseur). Every summary is a scalar subquery on an index: H2 evaluates them per case, and
-- PostgreSQL flattens the view and evaluates only those a query needs, after its sort and limit.
create view procesregie_overzicht as
select m.casus_id, m.nummer, m.status, m.sinds, m.casusregisseur_id, m.casusregisseur,
       m.laatste_contact, coalesce(m.laatste_contact, m.sinds) as contact_peil,
       m.oudste_deadline, m.signalen, m.escalaties, m.opschalingen, m.opschaling_uiterlijk,
       m.laatste_gepland
from (
    select k.casus_id, k.nummer, k.status, k.sinds, k.casusregisseur_id,
           (select g.naam from gebruiker g where g.id = k.casusregisseur_id) as casusregisseur,
           (select max(cm.datum) from procesregie_contactmoment cm
             where cm.casus_id = k.casus_id and cm.casusregisseur_id = k.casusregisseur_id)
               as laatste_contact,
           (select min(a.deadline) from plan_actiepunt a
             where a.plan_id = k.plan_id and a.vastgesteld = true
               and a.status in ('OPEN', 'IN_UITVOERING')) as oudste_deadline,
           (select count(*) from uitvoering_signaal s
             where s.plan_id = k.plan_id and s.status = 'OPEN') as signalen,
           (select count(*) from uitvoering_escalatie e
             where e.plan_id = k.plan_id and e.status = 'OPEN') as escalaties,
           (select count(*) from procesregie_opschaling o
             where o.casus_id = k.casus_id and o.status <> 'BESLOTEN') as opschalingen,
           (select min(o.antwoord_uiterlijk) from procesregie_opschaling o
             where o.casus_id = k.casus_id and o.status <> 'BESLOTEN') as opschaling_uiterlijk,
           (select max(ov.datum) from overleg ov
             where ov.casus_id = k.casus_id and ov.status = 'GEPLAND') as laatste_gepland
    from (
        select c.id as casus_id, c.nummer, c.status, p.id as plan_id,
               (select cast(max(t.tijdstip) as date) from status_overgang t
                 where t.casus_id = c.id and t.naar_status = c.status) as sinds,
               (select max(r.sleutel) from plan_versie v
                  join plan_versie_regel r on r.versie_id = v.id
                 where v.plan_id = p.id and r.soort = 'CASUSREGISSEUR'
                   and v.nummer = (select max(w.nummer) from plan_versie w where w.plan_id = p.id))
                   as casusregisseur_id
        from casus c
        left join plan_van_aanpak p on p.casus_id = c.id
        where c.status = 'IN_UITVOERING'
           or (c.status = 'OPGEPAKT' and c.besluit_route = 'UITVRAAG_EN_BRIEFING')
    ) k
) m;

-- What the view and the dashboard's sections look up per case.
create index plan_actiepunt_lopend_ix on plan_actiepunt (plan_id, status, deadline);
create index uitvoering_escalatie_plan_status_ix on uitvoering_escalatie (plan_id, status);
create index overleg_casus_status_ix on overleg (casus_id, status, datum);
create index status_overgang_naar_ix on status_overgang (casus_id, naar_status, tijdstip);
create index casus_besluit_route_ix on casus (status, besluit_route);
