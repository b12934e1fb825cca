-- An organisation that let an uitvraag pass its date unanswered is reminded once, by a daily job
-- (its row in taak_uitvoering comes with V9, in the privacy module that owns that table).
alter table uitvraag_adres add column herinnerd_op timestamp with time zone;
create index uitvraag_adres_open_ix on uitvraag_adres (antwoord, herinnerd_op);
