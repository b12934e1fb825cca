-- Screening and the weekly triage: events on the timeline of a case, the uitvraag to partners and
-- their answers (information items, optionally with a file), the triage agenda and the decision.

create sequence casus_gebeurtenis_seq start with 50 increment by 50;
create sequence uitvraag_seq start with 50 increment by 50;
create sequence uitvraag_adres_seq start with 50 increment by 50;
create sequence triageoverleg_seq start with 50 increment by 50;
create sequence triage_agendapunt_seq start with 50 increment by 50;

create table casus_gebeurtenis (
    id             bigint        not null primary key,
    casus_id       bigint        not null references casus (id),
    soort          varchar(30)   not null,
    tijdstip       timestamp with time zone not null,
    door_gebruiker varchar(60)   not null,
    omschrijving   varchar(2000)
);
create index casus_gebeurtenis_casus_ix on casus_gebeurtenis (casus_id, tijdstip);

alter table aanmelding add column contact_opgenomen_op timestamp with time zone;

alter table casus add column besluit_uitkomst varchar(20);
alter table casus add column besluit_route varchar(30);
alter table casus add column besluit_overlegtafel varchar(200);
alter table casus add column besluit_motivering varchar(4000);
alter table casus add column besluit_triagedatum date;

create table uitvraag (
    id                bigint        not null primary key,
    versie            bigint        not null,
    casus_id          bigint        not null references casus (id),
    vraag             varchar(2000) not null,
    doel              varchar(2000) not null,
    beantwoorden_voor date          not null,
    gevraagd_door     varchar(60)   not null,
    gevraagd_op       timestamp with time zone not null
);
create index uitvraag_casus_ix on uitvraag (casus_id);

create table uitvraag_adres (
    id              bigint        not null primary key,
    versie          bigint        not null,
    uitvraag_id     bigint        not null references uitvraag (id),
    organisatie_id  bigint        not null references organisatie (id),
    antwoord        varchar(20)   not null,
    toelichting     varchar(2000),
    beantwoord_door varchar(60),
    beantwoord_op   timestamp with time zone,
    constraint uitvraag_adres_uk unique (uitvraag_id, organisatie_id)
);
create index uitvraag_adres_organisatie_ix on uitvraag_adres (organisatie_id, antwoord);

alter table informatie_item add column uitvraag_adres_id bigint references uitvraag_adres (id);
alter table informatie_item add column bijlage_naam varchar(200);
alter table informatie_item add column bijlage_type varchar(100);
alter table informatie_item add column bijlage_inhoud bytea;

create table triageoverleg (
    id     bigint not null primary key,
    versie bigint not null,
    datum  date   not null,
    constraint triageoverleg_datum_uk unique (datum)
);

create table triage_deelnemer (
    triageoverleg_id bigint       not null references triageoverleg (id),
    volgorde         integer      not null,
    naam             varchar(200) not null,
    primary key (triageoverleg_id, volgorde)
);

create table triage_agendapunt (
    id               bigint  not null primary key,
    triageoverleg_id bigint  not null references triageoverleg (id),
    casus_id         bigint  not null references casus (id),
    volgorde         integer,
    constraint triage_agendapunt_uk unique (triageoverleg_id, casus_id)
);
create index triage_agendapunt_casus_ix on triage_agendapunt (casus_id);
