-- The referral form (aanmelding) of each case, and gap-free registration numbers per year.

create table aanmelding (
    casus_id                      bigint        not null primary key references casus (id),
    aanmelder                     varchar(60)   not null,
    reden                         varchar(4000),
    doel_ico                      varchar(4000),
    betrokkene_geinformeerd       boolean,
    reden_niet_geinformeerd       varchar(30),
    toelichting_niet_geinformeerd varchar(2000),
    ingediend_op                  timestamp with time zone,
    triagedatum                   date,
    contact_uiterlijk             date,
    voldoet_aan_criteria          boolean
);
create index aanmelding_triagedatum_ix on aanmelding (triagedatum);

-- Cases from before the form existed get an (empty) aanmelding by their first status change.
insert into aanmelding (casus_id, aanmelder)
select c.id, (select min(s.door_gebruiker) from status_overgang s
              where s.casus_id = c.id and s.van_status is null)
from casus c;

create table aanmelding_probleem (
    casus_id     bigint        not null references aanmelding (casus_id),
    leefgebied   varchar(40)   not null,
    omschrijving varchar(2000) not null,
    primary key (casus_id, leefgebied)
);

create table aanmelding_criterium (
    casus_id    bigint      not null references aanmelding (casus_id),
    criterium   varchar(1)  not null,
    voldaan     boolean,
    toelichting varchar(2000),
    primary key (casus_id, criterium)
);

create table aanmelding_partner (
    casus_id       bigint       not null references aanmelding (casus_id),
    volgorde       integer      not null,
    organisatie_id bigint       references organisatie (id),
    contactpersoon varchar(200),
    email          varchar(254),
    telefoon       varchar(20),
    primary key (casus_id, volgorde)
);
create index aanmelding_partner_organisatie_ix on aanmelding_partner (organisatie_id);

create table nummerreeks (
    jaar    integer not null primary key,
    laatste integer not null
);

-- "Mijn aanmeldingen" pages through an organisation's referrals by number, status or date.
create index casus_organisatie_nummer_ix on casus (aanmeldende_organisatie_id, nummer);
create index casus_organisatie_status_ix on casus (aanmeldende_organisatie_id, status);

-- The triage settings a beheerder keeps (one row, the defaults of the seeds) and the days a
-- government decree declares equal to public holidays.
create table termijninstellingen (
    id           integer     not null primary key,
    versie       bigint      not null,
    deadlinedag  varchar(10) not null,
    deadlinetijd time        not null,
    triagedag    varchar(10) not null
);
insert into termijninstellingen (id, versie, deadlinedag, deadlinetijd, triagedag)
values (1, 1, 'MONDAY', '12:00:00', 'TUESDAY');

create table besluit_feestdag (
    datum        date         not null primary key,
    omschrijving varchar(200) not null
);
