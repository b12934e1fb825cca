-- Koppelingen (issue 14, item 5): API credentials of partner systems, issued per organisation by a
-- BEHEERDER. The key's secret is never stored, only its SHA-256 (hex); the sleutel_id is public and
-- finds the row. A revoked key keeps its row (who issued and revoked it, when) and never works again.
create sequence koppeling_seq start with 50 increment by 50;

create table koppeling (
    id                 bigint       not null,
    versie             bigint       not null,
    naam               varchar(60)  not null,
    organisatie_id     bigint       not null,
    rol                varchar(40)  not null,
    sleutel_id         varchar(32)  not null,
    sleutel_hash       varchar(64)  not null,
    uitgegeven_op      timestamp with time zone not null,
    uitgegeven_door    varchar(60)  not null,
    ingetrokken_op     timestamp with time zone,
    ingetrokken_door   varchar(60),
    laatst_gebruikt_op timestamp with time zone,
    constraint pk_koppeling primary key (id),
    constraint uk_koppeling_naam unique (naam),
    constraint uk_koppeling_sleutel unique (sleutel_id),
    constraint fk_koppeling_organisatie foreign key (organisatie_id) references organisatie (id),
    constraint ck_koppeling_rol check (rol in ('KETENPARTNER', 'PROCESREGISSEUR'))
);

create index ix_koppeling_organisatie on koppeling (organisatie_id);
