-- Requests to use another organisation's information outside the overleg, and their decisions.

create sequence verzoek_verstrekking_seq start with 50 increment by 50;

create table verzoek_verstrekking (
    id                         bigint        not null primary key,
    versie                     bigint        not null,
    item_id                    bigint        not null,
    casus_id                   bigint        not null,
    casus_nummer               varchar(15),
    bron_organisatie_id        bigint        not null,
    bron_organisatie           varchar(200)  not null,
    verzoeker                  varchar(60)   not null,
    verzoekende_organisatie_id bigint        not null,
    verzoekende_organisatie    varchar(200)  not null,
    doel                       varchar(2000) not null,
    grondslag                  varchar(2000) not null,
    noodzaak                   varchar(2000) not null,
    ingediend_op               timestamp with time zone not null,
    status                     varchar(20)   not null,
    beoordeeld_door            varchar(60),
    beoordeeld_op              timestamp with time zone,
    motivering                 varchar(2000)
);
create index verzoek_verstrekking_status_ix on verzoek_verstrekking (status, ingediend_op);
create index verzoek_verstrekking_verzoeker_ix on verzoek_verstrekking (verzoekende_organisatie_id);
create index verzoek_verstrekking_bron_ix on verzoek_verstrekking (bron_organisatie_id);
