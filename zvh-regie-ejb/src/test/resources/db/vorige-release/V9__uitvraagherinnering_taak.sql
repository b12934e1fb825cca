-- The daily reminder of overdue uitvragen runs on one instance per day, as the retention job.
insert into taak_uitvoering (taak, laatste_dag) values ('uitvraagherinnering', null);
