-- Who takes part in a case, and the information partners bring into it (owned by the source,
-- shared with the participants only while the source consents).

create sequence deelname_seq start with 50 increment by 50;
create sequence informatie_item_seq start with 50 increment by 50;

create table casus_deelname (
    id             bigint not null primary key,
    versie         bigint not null,
    casus_id       bigint not null references casus (id),
    organisatie_id bigint not null references organisatie (id),
    sinds          date   not null,
    tot            date,
    constraint casus_deelname_periode check (tot is null or tot >= sinds)
);
create index casus_deelname_casus_ix on casus_deelname (casus_id);
create index casus_deelname_organisatie_ix on casus_deelname (organisatie_id, casus_id);

create table informatie_item (
    id                  bigint        not null primary key,
    versie              bigint        not null,
    casus_id            bigint        not null references casus (id),
    betrokkene_id       bigint        references betrokkene (id),
    bron_organisatie_id bigint        not null references organisatie (id),
    categorie           varchar(20)   not null,
    inhoud              varchar(10000) not null,
    vastgelegd_door     varchar(60)   not null,
    vastgelegd_op       timestamp with time zone not null,
    gedeeld_sinds       timestamp with time zone,
    gedeeld_door        varchar(60)
);
create index informatie_item_casus_ix on informatie_item (casus_id);
