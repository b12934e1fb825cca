-- Passkeys (issue 14, item 1): WebAuthn credentials, a second way to take the second step of a
-- login. Only the public key is stored (sleutel: the attested credential data with the COSE key, as
-- the authenticator gave it); teller is its signature counter, which must never go back.
create sequence passkey_seq start with 50 increment by 50;

create table passkey (
    id                 bigint        not null,
    versie             bigint        not null,
    gebruiker_id       bigint        not null,
    credential_id      varchar(1364) not null,
    naam               varchar(60)   not null,
    sleutel            bytea         not null,
    teller             bigint        not null,
    transporten        varchar(100),
    toegevoegd_op      timestamp with time zone not null,
    laatst_gebruikt_op timestamp with time zone,
    constraint pk_passkey primary key (id),
    constraint uk_passkey_credential unique (credential_id),
    constraint fk_passkey_gebruiker foreign key (gebruiker_id) references gebruiker (id)
);

create index ix_passkey_gebruiker on passkey (gebruiker_id);
