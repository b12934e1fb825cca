-- The base schema: organisations, users, cases, betrokkenen and status history.
-- Written in the SQL that H2 2.x and PostgreSQL 15 share; both run every migration in the tests.

-- EclipseLink treats each value as the top of a block of 50 (allocationSize): start at 50.
create sequence organisatie_seq start with 50 increment by 50;
create sequence gebruiker_seq start with 50 increment by 50;
create sequence casus_seq start with 50 increment by 50;
create sequence betrokkene_seq start with 50 increment by 50;
create sequence status_overgang_seq start with 50 increment by 50;

create table organisatie (
    id                  bigint       not null primary key,
    versie              bigint       not null,
    naam                varchar(200) not null,
    type                varchar(40)  not null,
    convenant_lid_vanaf date         not null,
    convenant_lid_tot   date,
    constraint organisatie_convenant_periode check (convenant_lid_tot is null or convenant_lid_tot >= convenant_lid_vanaf),
    constraint organisatie_naam_uk unique (naam)
);


create table gebruiker (
    id              bigint       not null primary key,
    versie          bigint       not null,
    gebruikersnaam  varchar(60)  not null,
    naam            varchar(200) not null,
    email           varchar(254) not null,
    rol             varchar(30)  not null,
    organisatie_id  bigint       not null references organisatie (id),
    actief          boolean      not null,
    wachtwoord_hash varchar(400) not null,
    constraint gebruiker_gebruikersnaam_uk unique (gebruikersnaam)
);
create index gebruiker_organisatie_ix on gebruiker (organisatie_id);

create table casus (
    id                         bigint      not null primary key,
    versie                     bigint      not null,
    nummer                     varchar(15),
    status                     varchar(30) not null,
    aanmeldende_organisatie_id bigint      not null references organisatie (id),
    aangemaakt_op              timestamp with time zone not null,
    constraint casus_nummer_uk unique (nummer)
);
create index casus_aanmeldende_organisatie_ix on casus (aanmeldende_organisatie_id, aangemaakt_op);
create index casus_status_ix on casus (status);

create table betrokkene (
    id            bigint       not null primary key,
    versie        bigint       not null,
    casus_id      bigint       not null references casus (id),
    voornamen     varchar(200) not null,
    achternaam    varchar(200) not null,
    geboortedatum date         not null,
    straat        varchar(200),
    huisnummer    varchar(20),
    postcode      varchar(6),
    woonplaats    varchar(100),
    bsn           varchar(9)
);
create index betrokkene_casus_ix on betrokkene (casus_id);
create index betrokkene_bsn_ix on betrokkene (bsn);
create index betrokkene_naam_geboortedatum_ix on betrokkene (achternaam, geboortedatum);

create table status_overgang (
    id             bigint      not null primary key,
    casus_id       bigint      not null references casus (id),
    van_status     varchar(30),
    naar_status    varchar(30) not null,
    tijdstip       timestamp with time zone not null,
    door_gebruiker varchar(60) not null,
    reden          varchar(2000)
);
create index status_overgang_casus_ix on status_overgang (casus_id, tijdstip);
