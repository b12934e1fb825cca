-- The message thread of a case (replaces the partners' e-mail "mailgroep"): messages are never
-- changed (a correction is a new message that refers to the one it corrects), and per user and
-- case how far they have read the thread. Both go with the case when it is destroyed.

create sequence bericht_seq start with 50 increment by 50;
create sequence bericht_lezing_seq start with 50 increment by 50;

create table bericht (
    id             bigint        not null primary key,
    casus_id       bigint        not null references casus (id),
    afzender_id    bigint        not null references gebruiker (id),
    organisatie_id bigint        references organisatie (id),
    tekst          varchar(4000) not null,
    verstuurd_op   timestamp with time zone not null,
    corrigeert_id  bigint        references bericht (id) on delete set null
);
create index bericht_casus_ix on bericht (casus_id, id);

create table bericht_lezing (
    id             bigint  not null primary key,
    gebruiker_id   bigint  not null references gebruiker (id),
    casus_id       bigint  not null references casus (id),
    laatst_gelezen bigint  not null,
    gelezen_op     timestamp with time zone not null,
    constraint bericht_lezing_uk unique (gebruiker_id, casus_id)
);
