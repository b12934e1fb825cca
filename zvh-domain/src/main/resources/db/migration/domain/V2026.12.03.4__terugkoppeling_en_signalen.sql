-- Carrying out the plan (issue 12): the owners' reports on actiepunten, the partners' signals to
-- the casusregisseur, and the casusregisseur's escalations to the procesregisseur.

create sequence plan_terugkoppeling_seq start with 50 increment by 50;
create sequence uitvoering_signaal_seq start with 50 increment by 50;
create sequence uitvoering_escalatie_seq start with 50 increment by 50;

create table plan_terugkoppeling (
    id             bigint        not null primary key,
    actiepunt_id   bigint        not null references plan_actiepunt (id),
    casus_id       bigint        not null references casus (id),
    soort          varchar(20)   not null,
    tekst          varchar(2000),
    gebruiker_id   bigint        not null references gebruiker (id),
    organisatie_id bigint        not null references organisatie (id),
    tijdstip       timestamp with time zone not null
);
create index plan_terugkoppeling_actiepunt_ix on plan_terugkoppeling (actiepunt_id, tijdstip);
create index plan_terugkoppeling_casus_ix on plan_terugkoppeling (casus_id, tijdstip);

create table uitvoering_escalatie (
    id                bigint        not null primary key,
    versie            bigint        not null,
    plan_id           bigint        not null references plan_van_aanpak (id),
    reden             varchar(2000) not null,
    gevraagd          varchar(2000),
    ingediend_door_id bigint        not null references gebruiker (id),
    ingediend_op      timestamp with time zone not null,
    status            varchar(20)   not null,
    uitkomst          varchar(2000),
    afgehandeld_door  varchar(60),
    afgehandeld_op    timestamp with time zone
);
create index uitvoering_escalatie_plan_ix on uitvoering_escalatie (plan_id);
create index uitvoering_escalatie_status_ix on uitvoering_escalatie (status, ingediend_op);

create table uitvoering_signaal (
    id                bigint        not null primary key,
    versie            bigint        not null,
    plan_id           bigint        not null references plan_van_aanpak (id),
    soort             varchar(20)   not null,
    tekst             varchar(2000) not null,
    terugkoppeling_id bigint        references plan_terugkoppeling (id),
    gemeld_door_id    bigint        not null references gebruiker (id),
    gemeld_op         timestamp with time zone not null,
    status            varchar(20)   not null,
    afhandeling       varchar(2000),
    afgehandeld_door  varchar(60),
    afgehandeld_op    timestamp with time zone,
    escalatie_id      bigint        references uitvoering_escalatie (id)
);
create index uitvoering_signaal_plan_ix on uitvoering_signaal (plan_id, status);
create index uitvoering_signaal_status_ix on uitvoering_signaal (status, gemeld_op);
