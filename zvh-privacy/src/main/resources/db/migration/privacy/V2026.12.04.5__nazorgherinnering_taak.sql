-- The daily reminder of follow-up checks after closing runs on one instance per day (issue 13).
insert into taak_uitvoering (taak, laatste_dag) values ('nazorgherinnering', null);
