-- The register of processing activities and the hash-chained processing log (zvh-privacy).

create table verwerkingsactiviteit (
    id        varchar(40)   not null primary key,
    versie    integer       not null,
    naam      varchar(200)  not null,
    doel      varchar(1000) not null,
    grondslag varchar(500)  not null
);

insert into verwerkingsactiviteit (id, versie, naam, doel, grondslag) values
('ZVH-VA-01', 1, 'Aanmelding en screening', 'Beoordelen of een aangemelde casus voldoet aan de criteria voor het Zorg- en Veiligheidshuis en de benodigde informatie verzamelen.', 'WGS (Wet gegevensverwerking door samenwerkingsverbanden), convenant Zorg- en Veiligheidshuis'),
('ZVH-VA-02', 1, 'Triage', 'Besluiten of een casus door het Zorg- en Veiligheidshuis wordt opgepakt en via welke route.', 'WGS, convenant Zorg- en Veiligheidshuis'),
('ZVH-VA-03', 1, 'Casusoverleg en procesregie', 'Gezamenlijk een plan van aanpak opstellen en uitvoeren om criminaliteit, overlast of verdere achteruitgang te voorkomen.', 'WGS, convenant Zorg- en Veiligheidshuis'),
('ZVH-VA-04', 1, 'Verstrekking buiten het overleg', 'Beoordelen en uitvoeren van verzoeken tot verstrekking van informatie voor een ander doel dan het overleg.', 'WGS, toets op doel, grondslag, proportionaliteit en subsidiariteit'),
('ZVH-VA-05', 1, 'Rechten van betrokkenen', 'Behandelen van verzoeken om inzage, correctie en verwijdering.', 'AVG artikelen 15 tot en met 17'),
('ZVH-VA-06', 1, 'Bewaartermijn', 'Vernietigen van gegevens na afloop van de bewaartermijn.', 'AVG artikel 5 lid 1 onder e, convenant Zorg- en Veiligheidshuis');

create table verwerkingsregel (
    volgnummer            bigint       not null primary key,
    trace_id              varchar(32)  not null,
    span_id               varchar(16)  not null,
    operatie              varchar(100) not null,
    actie                 varchar(20)  not null,
    start_tijd            timestamp with time zone not null,
    eind_tijd             timestamp with time zone not null,
    status                varchar(10)  not null,
    activiteit_id         varchar(40)  not null references verwerkingsactiviteit (id),
    activiteit_versie     integer      not null,
    betrokkene_pseudoniem varchar(64)  not null,
    betrokkene_type       varchar(30)  not null,
    gebruiker             varchar(60)  not null,
    namens_organisatie    varchar(200) not null,
    namens_organisatie_id bigint       not null,
    toegangspunt          varchar(20)  not null,
    objecten              varchar(500),
    herkomst              varchar(100),
    vorige_hash           varchar(64)  not null,
    hash                  varchar(64)  not null
);
create index verwerkingsregel_betrokkene_ix on verwerkingsregel (betrokkene_pseudoniem, start_tijd);
create index verwerkingsregel_gebruiker_ix on verwerkingsregel (gebruiker, start_tijd);
create index verwerkingsregel_organisatie_ix on verwerkingsregel (namens_organisatie_id, start_tijd);
create index verwerkingsregel_start_ix on verwerkingsregel (start_tijd);

create table verwerkingslog_kop (
    id                 integer     not null primary key,
    laatste_volgnummer bigint      not null,
    laatste_hash       varchar(64) not null
);
insert into verwerkingslog_kop (id, laatste_volgnummer, laatste_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
