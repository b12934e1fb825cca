-- The ICO and the plan van aanpak: aggregates of their own that refer to the case. An overleg has
-- invitees, established versions of its verslag and ZRM scores; the plan has doelen, actiepunten,
-- the casusregisseur (one at a time, with history) and established versions kept as lines.

create sequence overleg_seq start with 50 increment by 50;
create sequence overleg_genodigde_seq start with 50 increment by 50;
create sequence overleg_verslagversie_seq start with 50 increment by 50;
create sequence overleg_zrmscore_seq start with 50 increment by 50;
create sequence plan_van_aanpak_seq start with 50 increment by 50;
create sequence plan_doel_seq start with 50 increment by 50;
create sequence plan_actiepunt_seq start with 50 increment by 50;
create sequence plan_casusregisseur_seq start with 50 increment by 50;
create sequence plan_versie_seq start with 50 increment by 50;

create table overleg (
    id                         bigint        not null primary key,
    versie                     bigint        not null,
    casus_id                   bigint        not null references casus (id),
    nummer                     integer       not null,
    uid                        varchar(80)   not null unique,
    reeks                      integer       not null,
    status                     varchar(20)   not null,
    datum                      date          not null,
    begintijd                  time          not null,
    eindtijd                   time          not null,
    locatie                    varchar(200),
    vergaderlink               varchar(500),
    voorzitter_id              bigint        not null references gebruiker (id),
    agenda                     varchar(4000) not null,
    gepland_door               varchar(60)   not null,
    gepland_op                 timestamp with time zone not null,
    annuleringsreden           varchar(2000),
    betrokkene_uitgenodigd     boolean       not null,
    betrokkene_aanwezig        boolean,
    veiligheid_afgestemd_met   varchar(200),
    veiligheid_afgestemd_op    date,
    veiligheid_uitkomst        varchar(20),
    veiligheid_toelichting     varchar(2000),
    veiligheid_vastgelegd_door varchar(60),
    veiligheid_vastgelegd_op   timestamp with time zone,
    verslag_concept            varchar(20000),
    constraint overleg_nummer_uk unique (casus_id, nummer),
    constraint overleg_tijden check (eindtijd > begintijd),
    constraint overleg_plaats check (locatie is not null or vergaderlink is not null)
);
create index overleg_datum_ix on overleg (datum, status);

create table overleg_genodigde (
    id             bigint      not null primary key,
    overleg_id     bigint      not null references overleg (id),
    gebruiker_id   bigint      not null references gebruiker (id),
    organisatie_id bigint      not null references organisatie (id),
    reactie        varchar(20) not null,
    gereageerd_op  timestamp with time zone,
    voorbereid_op  timestamp with time zone,
    aanwezig       boolean,
    constraint overleg_genodigde_uk unique (overleg_id, gebruiker_id)
);
create index overleg_genodigde_gebruiker_ix on overleg_genodigde (gebruiker_id);

create table overleg_verslagversie (
    id               bigint         not null primary key,
    overleg_id       bigint         not null references overleg (id),
    nummer           integer        not null,
    tekst            varchar(20000) not null,
    vastgesteld_door varchar(60)    not null,
    vastgesteld_op   timestamp with time zone not null,
    constraint overleg_verslagversie_uk unique (overleg_id, nummer)
);

create table overleg_zrmscore (
    id            bigint      not null primary key,
    overleg_id    bigint      not null references overleg (id),
    betrokkene_id bigint      not null references betrokkene (id),
    leefgebied    varchar(40) not null,
    score         integer     not null,
    doelscore     integer,
    constraint overleg_zrmscore_uk unique (overleg_id, betrokkene_id, leefgebied),
    constraint overleg_zrmscore_bereik check (score between 1 and 5
        and (doelscore is null or doelscore between 1 and 5))
);
create index overleg_zrmscore_betrokkene_ix on overleg_zrmscore (betrokkene_id);

create table plan_van_aanpak (
    id             bigint  not null primary key,
    versie         bigint  not null,
    casus_id       bigint  not null unique references casus (id),
    laatste_nummer integer not null
);

create table plan_doel (
    id           bigint        not null primary key,
    plan_id      bigint        not null references plan_van_aanpak (id),
    nummer       integer       not null,
    omschrijving varchar(2000) not null
);
create index plan_doel_plan_ix on plan_doel (plan_id);

create table plan_actiepunt (
    id           bigint        not null primary key,
    versie       bigint        not null,
    plan_id      bigint        not null references plan_van_aanpak (id),
    nummer       integer       not null,
    omschrijving varchar(2000) not null,
    eigenaar_id  bigint        not null references organisatie (id),
    persoon_id   bigint        references gebruiker (id),
    deadline     date          not null,
    status       varchar(20)   not null,
    vastgesteld  boolean       not null
);
create index plan_actiepunt_plan_ix on plan_actiepunt (plan_id);
create index plan_actiepunt_eigenaar_ix on plan_actiepunt (eigenaar_id, status, deadline);

create table plan_casusregisseur (
    id              bigint      not null primary key,
    plan_id         bigint      not null references plan_van_aanpak (id),
    gebruiker_id    bigint      not null references gebruiker (id),
    organisatie_id  bigint      not null references organisatie (id),
    sinds           timestamp with time zone not null,
    tot             timestamp with time zone,
    aangesteld_door varchar(60) not null
);
create index plan_casusregisseur_plan_ix on plan_casusregisseur (plan_id);
create index plan_casusregisseur_gebruiker_ix on plan_casusregisseur (gebruiker_id);

create table plan_versie (
    id               bigint      not null primary key,
    plan_id          bigint      not null references plan_van_aanpak (id),
    nummer           integer     not null,
    overleg_nummer   integer,
    vastgesteld_door varchar(60) not null,
    vastgesteld_op   timestamp with time zone not null,
    constraint plan_versie_uk unique (plan_id, nummer)
);

create table plan_versie_regel (
    versie_id    bigint        not null references plan_versie (id),
    volgorde     integer       not null,
    soort        varchar(20)   not null,
    sleutel      bigint        not null,
    omschrijving varchar(2000) not null,
    organisatie  varchar(200),
    persoon      varchar(200),
    deadline     date,
    status       varchar(20),
    primary key (versie_id, volgorde)
);

create table plan_versie_wijziging (
    versie_id bigint        not null references plan_versie (id),
    volgorde  integer       not null,
    tekst     varchar(2500) not null,
    primary key (versie_id, volgorde)
);
