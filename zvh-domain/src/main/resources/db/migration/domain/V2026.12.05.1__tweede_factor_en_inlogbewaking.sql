-- Security baseline (issue 14): the second factor of each account (TOTP with recovery codes), the
-- record of logins and failed attempts (throttling, lockout, the beheerder's overview, the user's
-- previous login) and the settings of that lockout.

create sequence inloggebeurtenis_seq start with 50 increment by 50;

-- The TOTP secret of an account, set at enrolment. laatste_tijdstap refuses a code a second time.
create table tweede_factor (
    gebruiker_id     bigint       not null primary key references gebruiker (id),
    versie           bigint       not null,
    geheim           varchar(64)  not null,
    ingesteld_op     timestamp with time zone not null,
    laatste_tijdstap bigint       not null
);

-- Recovery codes, each a SHA-256 hash (a code is random and long, so no slow hash is needed).
create table tweede_factor_herstelcode (
    gebruiker_id bigint      not null references tweede_factor (gebruiker_id),
    hash         varchar(64) not null,
    constraint tweede_factor_herstelcode_pk primary key (gebruiker_id, hash)
);

-- Every login, failed attempt, lockout and change of a second factor or password. The user name is
-- the one typed (also when no such account exists), so a lockout tells nothing about existence.
create table inloggebeurtenis (
    id             bigint       not null primary key,
    tijdstip       timestamp with time zone not null,
    gebruikersnaam varchar(60)  not null,
    adres          varchar(64),
    soort          varchar(30)  not null,
    door           varchar(60)
);
create index inloggebeurtenis_naam_ix on inloggebeurtenis (gebruikersnaam, tijdstip);
create index inloggebeurtenis_adres_ix on inloggebeurtenis (adres, tijdstip);
create index inloggebeurtenis_tijdstip_ix on inloggebeurtenis (tijdstip);

create table inlogbeveiliging (
    id                    integer not null primary key,
    versie                bigint  not null,
    pogingen_per_account  integer not null,
    pogingen_per_adres    integer not null,
    venster_minuten       integer not null,
    blokkade_minuten      integer not null
);
insert into inlogbeveiliging
    (id, versie, pogingen_per_account, pogingen_per_adres, venster_minuten, blokkade_minuten)
    values (1, 0, 5, 50, 15, 15);
