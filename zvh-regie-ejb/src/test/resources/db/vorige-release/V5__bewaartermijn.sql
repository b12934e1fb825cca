-- Retention: extensions per case, and the once-a-day run of scheduled jobs across instances.

create sequence bewaartermijn_verlenging_seq start with 50 increment by 50;

create table bewaartermijn_verlenging (
    id                 bigint        not null primary key,
    casus_id           bigint        not null,
    bewaren_tot_en_met date          not null,
    motivering         varchar(2000) not null,
    door               varchar(60)   not null,
    op                 timestamp with time zone not null
);
create index bewaartermijn_verlenging_casus_ix on bewaartermijn_verlenging (casus_id);

-- One row per scheduled job. An instance locks the row; only the first of the day runs the job.
create table taak_uitvoering (
    taak        varchar(60) not null primary key,
    laatste_dag date
);
insert into taak_uitvoering (taak, laatste_dag) values ('bewaartermijn', null);
