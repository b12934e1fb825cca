-- Handing over and leaving (issue 12, item 5). An organisation that announces the end of its
-- involvement keeps its deelname with the reason and who announced it when. The announced date is
-- the first day it no longer takes part; "tot" stays the last day it does (inclusive), so it is the
-- announced date minus one. An organisation that leaves on the day it joined never took part: its
-- "tot" is the day before "sinds", which the period check now allows (and nothing earlier).

alter table casus_deelname add column reden_einde varchar(1000);
alter table casus_deelname add column einde_gemeld_door varchar(60);
alter table casus_deelname add column einde_gemeld_op timestamp with time zone;

alter table casus_deelname drop constraint casus_deelname_periode;
alter table casus_deelname add constraint casus_deelname_periode
    check (tot is null or tot >= sinds - 1);
alter table casus_deelname add constraint casus_deelname_einde_gemeld
    check ((reden_einde is null and einde_gemeld_door is null and einde_gemeld_op is null)
        or (reden_einde is not null and einde_gemeld_door is not null
            and einde_gemeld_op is not null and tot is not null));
