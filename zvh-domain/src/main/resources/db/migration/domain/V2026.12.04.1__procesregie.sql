-- Procesregie (issue 13): contact with the casusregisseur, re-agendering, escalation to the manager
-- and bestuur, closing with result and final scores, reopening, the follow-up check, and the
-- settings of procesregie.

create sequence procesregie_contactmoment_seq start with 50 increment by 50;
create sequence procesregie_heragendering_seq start with 50 increment by 50;
create sequence procesregie_opschaling_seq start with 50 increment by 50;
create sequence procesregie_afsluiting_seq start with 50 increment by 50;
create sequence procesregie_eindscore_seq start with 50 increment by 50;
create sequence procesregie_nazorgcheck_seq start with 50 increment by 50;

create table procesregie_contactmoment (
    id                bigint        not null primary key,
    casus_id          bigint        not null references casus (id),
    casusregisseur_id bigint        not null references gebruiker (id),
    datum             date          not null,
    vorm              varchar(20)   not null,
    notitie           varchar(2000),
    vastgelegd_door   varchar(60)   not null,
    vastgelegd_op     timestamp with time zone not null
);
create index procesregie_contactmoment_casus_ix on procesregie_contactmoment (casus_id, datum);

create table procesregie_heragendering (
    id             bigint        not null primary key,
    casus_id       bigint        not null references casus (id),
    overleg_id     bigint        not null unique references overleg (id),
    akkoord_van_id bigint        not null references gebruiker (id),
    reden          varchar(2000) not null,
    besloten_door  varchar(60)   not null,
    besloten_op    timestamp with time zone not null
);
create index procesregie_heragendering_casus_ix on procesregie_heragendering (casus_id);

create table procesregie_opschaling (
    id                  bigint        not null primary key,
    versie              bigint        not null,
    casus_id            bigint        not null references casus (id),
    escalatie_id        bigint        references uitvoering_escalatie (id),
    vraag               varchar(2000) not null,
    reden               varchar(2000) not null,
    geprobeerd          varchar(2000) not null,
    antwoord_uiterlijk  date          not null,
    manager_id          bigint        not null references gebruiker (id),
    ingediend_door_id   bigint        not null references gebruiker (id),
    ingediend_op        timestamp with time zone not null,
    status              varchar(20)   not null,
    besluit             varchar(2000),
    besloten_op         timestamp with time zone,
    bestuur_reden       varchar(2000),
    naar_bestuur_op     timestamp with time zone,
    bestuur_uitkomst    varchar(2000),
    bestuur_besloten_op date
);
create index procesregie_opschaling_casus_ix on procesregie_opschaling (casus_id);
create index procesregie_opschaling_manager_ix on procesregie_opschaling (manager_id, status);
create index procesregie_opschaling_status_ix on procesregie_opschaling (status, ingediend_op);

create table procesregie_afsluiting (
    id                bigint        not null primary key,
    versie            bigint        not null,
    casus_id          bigint        not null references casus (id),
    resultaat         varchar(30)   not null,
    toelichting       varchar(2000),
    casusregisseur_id bigint        references gebruiker (id),
    afgesloten_door   varchar(60)   not null,
    afgesloten_op     timestamp with time zone not null,
    heropend_reden    varchar(2000),
    heropend_door     varchar(60),
    heropend_op       timestamp with time zone
);
create index procesregie_afsluiting_casus_ix on procesregie_afsluiting (casus_id, afgesloten_op);
create index procesregie_afsluiting_op_ix on procesregie_afsluiting (afgesloten_op);

create table procesregie_eindscore (
    id            bigint      not null primary key,
    afsluiting_id bigint      not null references procesregie_afsluiting (id),
    betrokkene_id bigint      not null references betrokkene (id),
    leefgebied    varchar(40) not null,
    score         integer     not null,
    unique (afsluiting_id, betrokkene_id, leefgebied)
);

create table procesregie_nazorgcheck (
    id            bigint        not null primary key,
    versie        bigint        not null,
    afsluiting_id bigint        not null references procesregie_afsluiting (id),
    casus_id      bigint        not null references casus (id),
    gepland       date          not null,
    status        varchar(20)   not null,
    uitkomst      varchar(2000),
    gedaan_door   varchar(60),
    gedaan_op     timestamp with time zone,
    herinnerd_op  timestamp with time zone
);
create index procesregie_nazorgcheck_gepland_ix on procesregie_nazorgcheck (status, gepland);
create index procesregie_nazorgcheck_casus_ix on procesregie_nazorgcheck (casus_id);

-- One row; 28 days without contact is this ZVH's starting point, not a national rule. No
-- follow-up check until a beheerder sets its interval.
create table procesregie_instellingen (
    id                   integer not null primary key,
    versie               bigint  not null,
    contacttermijn_dagen integer not null,
    nazorg_na_dagen      integer
);
insert into procesregie_instellingen (id, versie, contacttermijn_dagen, nazorg_na_dagen)
values (1, 1, 28, null);
