<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da">
<context>
    <name>AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gennemført</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sprunget over</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>kommer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation><numerusform>%Ln min</numerusform><numerusform>%Ln min</numerusform></translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valgfrit</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>Click a code (or press Enter on it) to move it on: present, late, excused, absent. Right-click to choose.</source>
        <translation>Klik på en kode (eller tryk Enter på den) for at skifte: til stede, forsinket, meldt afbud, fraværende. Højreklik for at vælge.</translation>
    </message>
    <message>
        <source>New code, e.g. P09</source>
        <translation>Ny kode, fx P09</translation>
    </message>
    <message>
        <source>New participant code</source>
        <translation>Ny deltagerkode</translation>
    </message>
    <message>
        <source>Add code</source>
        <translation>Tilføj kode</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Undo the last tick, skip or deletion (Ctrl+Z)</source>
        <translation>Fortryd den seneste markering, overspringning eller sletning (Ctrl+Z)</translation>
    </message>
    <message>
        <source>The code %1 is already in this course.</source>
        <translation>Koden %1 findes allerede på dette forløb.</translation>
    </message>
    <message>
        <source>A code is up to three letters and a number, like P09; never a name.</source>
        <translation>En kode er højst tre bogstaver og et tal, fx P09; aldrig et navn.</translation>
    </message>
    <message numerus="yes">
        <source>Here: %Ln</source>
        <translation><numerusform>Til stede: %Ln</numerusform><numerusform>Til stede: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not marked: %Ln</source>
        <translation><numerusform>Ikke markeret: %Ln</numerusform><numerusform>Ikke markeret: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Codes: %Ln</source>
        <translation><numerusform>Koder: %Ln</numerusform><numerusform>Koder: %Ln</numerusform></translation>
    </message>
</context>
<context>
    <name>CoordinatorDashboard</name>
    <message>
        <source>Opening the coordinator store…</source>
        <translation>Åbner koordinatorens database…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Tæller op…</translation>
    </message>
    <message>
        <source>Coordinator dashboard</source>
        <translation>Koordinatorens overblik</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Importér pakker…</translation>
    </message>
    <message>
        <source>Host &amp;report…</source>
        <translation>Værts&amp;rapport…</translation>
    </message>
    <message>
        <source>meetings held</source>
        <translation>afholdte møder</translation>
    </message>
    <message>
        <source>courses</source>
        <translation>forløb</translation>
    </message>
    <message>
        <source>attendances</source>
        <translation>fremmøder</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>fastholdelse</translation>
    </message>
    <message>
        <source>people reached</source>
        <translation>deltagere nået</translation>
    </message>
    <message>
        <source>course reports received</source>
        <translation>forløbsrapporter modtaget</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>Meetings in the period: %1</source>
        <translation>Møder i perioden: %1</translation>
    </message>
    <message>
        <source>No meetings in this period. Import data bundles, or choose another period or host.</source>
        <translation>Ingen møder i denne periode. Importér datapakker, eller vælg en anden periode eller vært.</translation>
    </message>
</context>
<context>
    <name>CoordinatorFigures</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>other languages</source>
        <translation>andre sprog</translation>
    </message>
    <message>
        <source>“&lt;%1”: fewer than %1. “x”: hidden so that a small number cannot be worked out from the totals. Charts leave both out.</source>
        <translation>“&lt;%1”: færre end %1. “x”: skjult, så et lille tal ikke kan regnes ud fra totalerne. Diagrammerne udelader begge.</translation>
    </message>
    <message>
        <source>Films</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Films shown</source>
        <translation>Viste film</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Times shown</source>
        <translation>Gange vist</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <source>Themes raised in shareable notes</source>
        <translation>Temaer i de delbare noter</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Måneder</translation>
    </message>
    <message>
        <source>Meetings per month</source>
        <translation>Møder pr. måned</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Fremmøder</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Møder i forløbet</translation>
    </message>
    <message>
        <source>Attendance by session number</source>
        <translation>Fremmøde efter mødenummer</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Of the first session</source>
        <translation>Af første møde</translation>
    </message>
    <message>
        <source>Retention (latest meeting ÷ first, per course): %1</source>
        <translation>Fastholdelse (seneste møde ÷ første, pr. forløb): %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Gender and age</source>
        <translation>Køn og alder</translation>
    </message>
    <message>
        <source>People reached by gender and age band</source>
        <translation>Deltagere nået efter køn og aldersgruppe</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Køn</translation>
    </message>
    <message>
        <source>Too few people to show this breakdown without revealing someone.</source>
        <translation>For få personer til at vise denne opdeling uden at afsløre nogen.</translation>
    </message>
    <message>
        <source>From the course reports of %1 of %2 courses with a meeting in the period.</source>
        <translation>Fra forløbsrapporterne for %1 af %2 forløb med et møde i perioden.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>People reached by language</source>
        <translation>Deltagere nået efter sprog</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Programtroskab</translation>
    </message>
    <message>
        <source>Adherence per programme</source>
        <translation>Programtroskab pr. program</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Required steps delivered ÷ required steps planned, averaged over the meetings.</source>
        <translation>Gennemførte obligatoriske trin ÷ planlagte obligatoriske trin, gennemsnit over møderne.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Henvisninger</translation>
    </message>
    <message>
        <source>Referrals by destination</source>
        <translation>Henvisninger efter sted</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Henvist til</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <source>Coordinator dashboard – Facilitator Companion</source>
        <translation>Koordinatorens overblik – Facilitator Companion</translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <source>New course</source>
        <translation>Nyt forløb</translation>
    </message>
    <message>
        <source>Course: %1</source>
        <translation>Forløb: %1</translation>
    </message>
    <message>
        <source>A participant code is up to three letters and a number, like P07; never a name.</source>
        <translation>En deltagerkode er op til tre bogstaver og et tal, fx P07 – aldrig et navn.</translation>
    </message>
    <message>
        <source>The code %1 is already used in this course.</source>
        <translation>Koden %1 bruges allerede i dette forløb.</translation>
    </message>
    <message>
        <source>Choose a programme; install one under Programmes first.</source>
        <translation>Vælg et program; installér først et under Programmer.</translation>
    </message>
    <message>
        <source>Choose the host, or create one with “New host…”.</source>
        <translation>Vælg værten, eller opret en med “Ny vært…”.</translation>
    </message>
    <message>
        <source>Tick at least one language the group speaks.</source>
        <translation>Sæt flueben ved mindst ét sprog, som gruppen taler.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 will be used for the meetings not yet held; the %n meeting(s) already held keep their version.</source>
        <translation><numerusform>Version %1 bruges til de møder, der endnu ikke er holdt; det %n møde, der allerede er holdt, beholder sin version.</numerusform><numerusform>Version %1 bruges til de møder, der endnu ikke er holdt; de %n møder, der allerede er holdt, beholder deres version.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) already held keep their version if you choose another.</source>
        <translation><numerusform>Det %n møde, der allerede er holdt, beholder sin version, hvis du vælger en anden.</numerusform><numerusform>De %n møder, der allerede er holdt, beholder deres version, hvis du vælger en anden.</numerusform></translation>
    </message>
    <message>
        <source>Times are in the host's time zone, %1.</source>
        <translation>Tidspunkterne er i værtens tidszone, %1.</translation>
    </message>
    <message>
        <source>Times are in the host's time zone; choose the host first.</source>
        <translation>Tidspunkterne er i værtens tidszone; vælg først værten.</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Udgave:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Vært:</translation>
    </message>
    <message>
        <source>&amp;Title (optional):</source>
        <translation>&amp;Titel (valgfri):</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>&amp;Group languages:</source>
        <translation>&amp;Gruppens sprog:</translation>
    </message>
    <message>
        <source>&amp;Facilitators' language:</source>
        <translation>&amp;Facilitatorernes sprog:</translation>
    </message>
    <message>
        <source>Facilitators' &amp;initials:</source>
        <translation>Facilitatorernes &amp;initialer:</translation>
    </message>
    <message>
        <source>New host…</source>
        <translation>Ny vært…</translation>
    </message>
    <message>
        <source>Edit host…</source>
        <translation>Redigér vært…</translation>
    </message>
    <message>
        <source>For example: Parents' group, spring</source>
        <translation>Fx: Forældregruppe, forår</translation>
    </message>
    <message>
        <source>For example: the library's meeting room</source>
        <translation>Fx: bibliotekets mødelokale</translation>
    </message>
    <message>
        <source>For example: AH, MK</source>
        <translation>Fx: AH, MK</translation>
    </message>
    <message>
        <source>Group languages</source>
        <translation>Gruppens sprog</translation>
    </message>
    <message>
        <source>&amp;First meeting:</source>
        <translation>&amp;Første møde:</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;Kl.:</translation>
    </message>
    <message>
        <source>&amp;Meetings:</source>
        <translation>&amp;Møder:</translation>
    </message>
    <message>
        <source>Make a &amp;weekly schedule</source>
        <translation>Lav en &amp;ugentlig plan</translation>
    </message>
    <message>
        <source>&amp;Number of codes:</source>
        <translation>&amp;Antal koder:</translation>
    </message>
    <message>
        <source>Or type a c&amp;ode:</source>
        <translation>Eller skriv en k&amp;ode:</translation>
    </message>
    <message>
        <source>&amp;Add codes</source>
        <translation>&amp;Tilføj koder</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>T&amp;ilføj</translation>
    </message>
    <message>
        <source>Codes only, never names. The list that links codes to people stays on paper with you. Age band, gender and language are optional.</source>
        <translation>Kun koder, aldrig navne. Listen, der forbinder koder med personer, bliver på papir hos dig. Aldersgruppe, køn og sprog er valgfrie.</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>&amp;Nyt forløb…</translation>
    </message>
    <message>
        <source>&amp;Edit course…</source>
        <translation>&amp;Redigér forløb…</translation>
    </message>
    <message>
        <source>E&amp;xport course report…</source>
        <translation>E&amp;ksportér forløbsrapport…</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Vært</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Næste møde</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Holdte møder</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(demo)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>No courses yet. Create one with “New course…”.</source>
        <translation>Ingen forløb endnu. Opret et med “Nyt forløb…”.</translation>
    </message>
</context>
<context>
    <name>DashboardActions</name>
    <message>
        <source>Import data bundles from a folder</source>
        <translation>Importér datapakker fra en mappe</translation>
    </message>
    <message>
        <source>Write the host report</source>
        <translation>Skriv værtsrapporten</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV for spreadsheets (*.csv)</source>
        <translation>PDF (*.pdf);;CSV til regneark (*.csv)</translation>
    </message>
    <message>
        <source>%1 imported, %2 already there, %3 replaced by a newer export, %4 rejected.</source>
        <translation>%1 importeret, %2 fandtes allerede, %3 erstattet af en nyere eksport, %4 afvist.</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>Rapporten blev gemt i %1.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the session summary</source>
        <translation>Eksportér mødets opsummering</translation>
    </message>
    <message>
        <source>Export the course report</source>
        <translation>Eksportér forløbsrapporten</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Filformat:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Gem &amp;i:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Å&amp;bn</translation>
    </message>
    <message>
        <source>PDF for the host</source>
        <translation>PDF til værten</translation>
    </message>
    <message>
        <source>Data bundle for the coordinator</source>
        <translation>Datapakke til koordinatoren</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet</source>
        <translation>CSV til et regneark</translation>
    </message>
    <message>
        <source>The host's language</source>
        <translation>Værtens sprog</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Gem i</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 findes ikke.</translation>
    </message>
    <message>
        <source>Preparing the summary…</source>
        <translation>Gør opsummeringen klar…</translation>
    </message>
    <message>
        <source>Not exported. Change the shared notes, then export again.</source>
        <translation>Ikke eksporteret. Ret de delte noter, og eksportér så igen.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <source>Saved as %1 (revision %2).</source>
        <translation>Gemt som %1 (version %2).</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Eksporten mislykkedes: %1</translation>
    </message>
    <message>
        <source>a CPR number</source>
        <translation>et CPR-nummer</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>et telefonnummer</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>en e-mailadresse</translation>
    </message>
    <message>
        <source>a first name</source>
        <translation>et fornavn</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>note %1</translation>
    </message>
    <message>
        <source>reason %1</source>
        <translation>begrundelse %1</translation>
    </message>
    <message>
        <source>This may identify someone</source>
        <translation>Dette kan afsløre, hvem det handler om</translation>
    </message>
    <message>
        <source>The text that would leave the laptop may identify someone:</source>
        <translation>Teksten, der ville forlade computeren, kan afsløre, hvem det handler om:</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Eksportér alligevel</translation>
    </message>
</context>
<context>
    <name>FacilitatorWindow</name>
    <message>
        <source>Live meeting: %1</source>
        <translation>Møde i gang: %1</translation>
    </message>
    <message>
        <source>Attendance (A)</source>
        <translation>Fremmøde (A)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Safety card</source>
        <translation>Sikkerhedskort</translation>
    </message>
    <message>
        <source>Skip a step…</source>
        <translation>Spring et trin over…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <source>Left arrow or Page Up</source>
        <translation>Venstre pil eller Page Up</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Næste trin</translation>
    </message>
    <message>
        <source>Right arrow, Page Down or Space</source>
        <translation>Højre pil, Page Down eller mellemrum</translation>
    </message>
    <message>
        <source>B or . (full stop)</source>
        <translation>B eller . (punktum)</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <source>F5: show on the second screen; Esc leaves full screen</source>
        <translation>F5: vis på den anden skærm; Esc forlader fuld skærm</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Stor tekst</translation>
    </message>
    <message>
        <source>Wrap up…</source>
        <translation>Afslut mødet…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Keys: → or Space next · ← previous · B blank · F5 projector · Esc window · A attendance · P pause · Ctrl+N note · Ctrl+K skip · Ctrl+Z undo</source>
        <translation>Taster: → eller mellemrum næste · ← forrige · B sort skærm · F5 projektor · Esc vindue · A fremmøde · P pause · Ctrl+N note · Ctrl+K spring over · Ctrl+Z fortryd</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>Play or pause the film</source>
        <translation>Afspil eller sæt filmen på pause</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ikke gemt: %1</translation>
    </message>
    <message>
        <source>This is the last step. Wrap up when you are ready (Ctrl+E).</source>
        <translation>Dette er sidste trin. Afslut mødet, når I er klar (Ctrl+E).</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Næste: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>P: the clocks stop while the meeting is paused</source>
        <translation>P: urene står stille, mens mødet holder pause</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Vis igen</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Sort skærm</translation>
    </message>
    <message>
        <source>Projector: black and silent</source>
        <translation>Projektor: sort og lydløs</translation>
    </message>
    <message>
        <source>Projector: full screen on the second screen</source>
        <translation>Projektor: fuld skærm på den anden skærm</translation>
    </message>
    <message>
        <source>Projector: in a window on this screen</source>
        <translation>Projektor: i et vindue på denne skærm</translation>
    </message>
    <message>
        <source>Projector: off (F5 to show)</source>
        <translation>Projektor: slukket (F5 for at vise)</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Show the figure as a chart</source>
        <translation>Vis tallene som diagram</translation>
    </message>
    <message>
        <source>Show the numbers behind the chart</source>
        <translation>Vis tallene bag diagrammet</translation>
    </message>
    <message>
        <source>Nothing to draw: every number here is too small to publish or hidden to protect one (see the table).</source>
        <translation>Intet at tegne: hvert tal her er for lille til at blive vist eller skjult for at beskytte et andet (se tabellen).</translation>
    </message>
</context>
<context>
    <name>FilmControls</name>
    <message>
        <source>From the start</source>
        <translation>Fra begyndelsen</translation>
    </message>
    <message>
        <source>−10 s</source>
        <translation>−10 sek.</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 sek.</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Sort skærm</translation>
    </message>
    <message>
        <source>&amp;Subtitles:</source>
        <translation>&amp;Undertekster:</translation>
    </message>
    <message>
        <source>S&amp;ound:</source>
        <translation>&amp;Lyd:</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>Lyd&amp;styrke:</translation>
    </message>
    <message>
        <source>Play the film from the start</source>
        <translation>Afspil filmen fra begyndelsen</translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation>10 sekunder tilbage</translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation>10 sekunder frem</translation>
    </message>
    <message>
        <source>Blank the projector and silence the film</source>
        <translation>Gør projektoren sort, og sluk filmens lyd</translation>
    </message>
    <message>
        <source>Film position</source>
        <translation>Sted i filmen</translation>
    </message>
    <message>
        <source>Subtitle language</source>
        <translation>Underteksternes sprog</translation>
    </message>
    <message>
        <source>Sound language</source>
        <translation>Lydens sprog</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lydstyrke</translation>
    </message>
    <message>
        <source>Film message</source>
        <translation>Besked om filmen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Afspil</translation>
    </message>
    <message>
        <source>Pause the film</source>
        <translation>Sæt filmen på pause</translation>
    </message>
    <message>
        <source>Play the film</source>
        <translation>Afspil filmen</translation>
    </message>
    <message>
        <source>%1 / −%2</source>
        <translation>%1 / −%2</translation>
    </message>
    <message>
        <source>%1 played, %2 left</source>
        <translation>%1 afspillet, %2 tilbage</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
</context>
<context>
    <name>FilmSurface</name>
    <message>
        <source>Film picture</source>
        <translation>Filmbillede</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Vært</translation>
    </message>
    <message>
        <source>P&amp;rogramme</source>
        <translation>P&amp;rogram</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>Include &amp;demo data</source>
        <translation>Medtag &amp;demodata</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Hele tiden</translation>
    </message>
    <message>
        <source>This half-year</source>
        <translation>Dette halvår</translation>
    </message>
    <message>
        <source>Previous half-year</source>
        <translation>Forrige halvår</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Seneste 12 måneder</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Valgte datoer</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Alle værter</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Alle programmer</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle sprog</translation>
    </message>
</context>
<context>
    <name>FirstStartPanel</name>
    <message>
        <source>Welcome to Facilitator Companion</source>
        <translation>Velkommen til Facilitator Companion</translation>
    </message>
    <message>
        <source>Facilitator Companion guides you through the meetings of a group course, step by step, and works without the internet. Start by creating a course: choose the programme, the host and the dates of the meetings, and give each participant a code instead of a name. If you would like to look around first, fill the program with demo data; it is clearly marked as demo and can be erased later.</source>
        <translation>Facilitator Companion guider dig trin for trin gennem møderne i et gruppeforløb og virker uden internet. Begynd med at oprette et forløb: vælg programmet, værten og datoerne for møderne, og giv hver deltager en kode i stedet for et navn. Vil du først se dig omkring, kan du fylde programmet med demodata; de er tydeligt mærket som demo og kan slettes igen.</translation>
    </message>
    <message>
        <source>Create a course…</source>
        <translation>Opret et forløb…</translation>
    </message>
    <message>
        <source>Fill with demo data</source>
        <translation>Fyld med demodata</translation>
    </message>
    <message>
        <source>Making demo courses, hosts and meetings…</source>
        <translation>Laver demoforløb, værter og møder…</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Meeting %1: %2</source>
        <translation>Møde %1: %2</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Møde %1</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Rehearsed</source>
        <translation>Øvet</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Forskel</translation>
    </message>
    <message>
        <source>Steps overrun</source>
        <translation>Trin over tid</translation>
    </message>
    <message>
        <source>Rehearsals of this session</source>
        <translation>Øvelser af dette møde</translation>
    </message>
    <message>
        <source>(not finished)</source>
        <translation>(ikke afsluttet)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>Start mødet</translation>
    </message>
    <message>
        <source>Start the next meeting</source>
        <translation>Start det næste møde</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>Nyt forløb…</translation>
    </message>
    <message>
        <source>Rehearse a session…</source>
        <translation>Øv et møde…</translation>
    </message>
    <message>
        <source>Run any session of any programme as practice; nothing about people is recorded.</source>
        <translation>Kør et hvilket som helst møde i et program som øvelse; der registreres intet om personer.</translation>
    </message>
    <message>
        <source>Today's meetings</source>
        <translation>Dagens møder</translation>
    </message>
    <message>
        <source>Coming up (four weeks)</source>
        <translation>De næste fire uger</translation>
    </message>
    <message>
        <source>Coming meetings</source>
        <translation>Kommende møder</translation>
    </message>
    <message>
        <source>Opening your records…</source>
        <translation>Åbner dine data…</translation>
    </message>
    <message>
        <source>Your records could not be opened. %1</source>
        <translation>Dine data kunne ikke åbnes. %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>held</source>
        <translation>holdt</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>No meetings today.</source>
        <translation>Ingen møder i dag.</translation>
    </message>
    <message>
        <source>No meetings in the next four weeks.</source>
        <translation>Ingen møder de næste fire uger.</translation>
    </message>
    <message>
        <source>No meeting is planned.</source>
        <translation>Der er ikke planlagt noget møde.</translation>
    </message>
    <message>
        <source>Plan the meetings of a course in its schedule.</source>
        <translation>Planlæg et forløbs møder i dets plan.</translation>
    </message>
    <message>
        <source>Next, today at %1</source>
        <translation>Næste: i dag kl. %1</translation>
    </message>
    <message>
        <source>Next, %1 at %2</source>
        <translation>Næste: %1 kl. %2</translation>
    </message>
</context>
<context>
    <name>HostEditor</name>
    <message>
        <source>Host</source>
        <translation>Vært</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Vært: %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;By/område:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Tidszone:</translation>
    </message>
    <message>
        <source>For example: Aarhus Municipality</source>
        <translation>Fx: Aarhus Kommune</translation>
    </message>
    <message>
        <source>Town or neighbourhood</source>
        <translation>By eller bydel</translation>
    </message>
    <message>
        <source>Safety card</source>
        <translation>Sikkerhedskort</translation>
    </message>
    <message>
        <source>Card &amp;in:</source>
        <translation>Kort &amp;på:</translation>
    </message>
    <message>
        <source>Local &amp;contacts:</source>
        <translation>Lokale &amp;kontakter:</translation>
    </message>
    <message>
        <source>&amp;Referral steps:</source>
        <translation>&amp;Henvisningsforløb:</translation>
    </message>
    <message>
        <source>Who to call, with opening hours: the host's contact person, emergency number, out-of-hours psychiatric help</source>
        <translation>Hvem man ringer til, med åbningstider: værtens kontaktperson, alarmnummer, psykiatrisk akuthjælp uden for åbningstid</translation>
    </message>
    <message>
        <source>What to do when a participant needs more help than the group can give</source>
        <translation>Hvad man gør, når en deltager har brug for mere hjælp, end gruppen kan give</translation>
    </message>
    <message>
        <source>Write the card in each language the facilitators need; they see it during every meeting of this host's courses.</source>
        <translation>Skriv kortet på hvert sprog, facilitatorerne har brug for; de ser det under hvert møde i værtens forløb.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>A host needs a name, such as the municipality or school.</source>
        <translation>En vært skal have et navn, fx kommunen eller skolen.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, for example Europe/Copenhagen.</source>
        <translation>Vælg en tidszone på listen, fx Europe/Copenhagen.</translation>
    </message>
</context>
<context>
    <name>InstallProblemsDialog</name>
    <message>
        <source>The programme was not installed</source>
        <translation>Programmet blev ikke installeret</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not installed: %n problem(s) must be fixed in the package first.</source>
        <translation><numerusform>%1 blev ikke installeret: %n problem skal først rettes i pakken.</numerusform><numerusform>%1 blev ikke installeret: %n problemer skal først rettes i pakken.</numerusform></translation>
    </message>
    <message>
        <source>Problems in the package</source>
        <translation>Problemer i pakken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Welcome</source>
        <translation>Velkomst</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Indledende runde</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Psychoeducation</source>
        <translation>Psykoedukation</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Øvelse</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Round-up</source>
        <translation>Afrunding</translation>
    </message>
    <message>
        <source>Home task</source>
        <translation>Hjemmeopgave</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>under 18</translation>
    </message>
    <message>
        <source>18–29</source>
        <translation>18–29</translation>
    </message>
    <message>
        <source>30–44</source>
        <translation>30–44</translation>
    </message>
    <message>
        <source>45–64</source>
        <translation>45–64</translation>
    </message>
    <message>
        <source>65+</source>
        <translation>65+</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>ikke oplyst</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>kvinde</translation>
    </message>
    <message>
        <source>man</source>
        <translation>mand</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andet</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>ikke markeret</translation>
    </message>
    <message>
        <source>present</source>
        <translation>til stede</translation>
    </message>
    <message>
        <source>late</source>
        <translation>kom for sent</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>meldt afbud</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>fraværende</translation>
    </message>
    <message>
        <source>distress in the session</source>
        <translation>stærk belastning under mødet</translation>
    </message>
    <message>
        <source>safeguarding: a child</source>
        <translation>bekymring for et barn</translation>
    </message>
    <message>
        <source>safeguarding: an adult</source>
        <translation>bekymring for en voksen</translation>
    </message>
    <message>
        <source>health</source>
        <translation>helbred</translation>
    </message>
    <message>
        <source>housing or money</source>
        <translation>bolig eller økonomi</translation>
    </message>
    <message>
        <source>violence</source>
        <translation>vold</translation>
    </message>
    <message>
        <source>not referred</source>
        <translation>ikke henvist</translation>
    </message>
    <message>
        <source>general practitioner</source>
        <translation>egen læge</translation>
    </message>
    <message>
        <source>municipal family counselling</source>
        <translation>kommunal familierådgivning</translation>
    </message>
    <message>
        <source>psychiatry or psychology</source>
        <translation>psykiatri eller psykolog</translation>
    </message>
    <message>
        <source>social services</source>
        <translation>socialforvaltningen</translation>
    </message>
    <message>
        <source>school or day care</source>
        <translation>skole eller dagtilbud</translation>
    </message>
    <message>
        <source>legal or asylum advice</source>
        <translation>juridisk rådgivning eller asylrådgivning</translation>
    </message>
    <message>
        <source>emergency services</source>
        <translation>akuthjælp (112)</translation>
    </message>
    <message>
        <source>NGO or volunteer organisation</source>
        <translation>NGO eller frivillig organisation</translation>
    </message>
</context>
<context>
    <name>LiveSessions</name>
    <message>
        <source>Facilitator Companion</source>
        <translation>Facilitator Companion</translation>
    </message>
    <message>
        <source>The meeting cannot open: this course uses %1 version %2, which is not installed on this computer. Install that programme package first.</source>
        <translation>Mødet kan ikke åbnes: forløbet bruger %1 version %2, som ikke er installeret på denne computer. Installér først den programpakke.</translation>
    </message>
</context>
<context>
    <name>LiveUndo</name>
    <message>
        <source>attendance</source>
        <translation>fremmøde</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>overspringning</translation>
    </message>
    <message>
        <source>delete note</source>
        <translation>slet note</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>bekymring</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n programme package(s) could not be read; run 'facilitator validate' on them for details.</source>
        <translation><numerusform>%n programpakke kunne ikke læses; kør 'facilitator validate' på den for detaljer.</numerusform><numerusform>%n programpakker kunne ikke læses; kør 'facilitator validate' på dem for detaljer.</numerusform></translation>
    </message>
    <message>
        <source>The programmes could not be loaded: %1</source>
        <translation>Programmerne kunne ikke indlæses: %1</translation>
    </message>
    <message>
        <source>The programme of this course is not installed.</source>
        <translation>Programmet til dette forløb er ikke installeret.</translation>
    </message>
    <message>
        <source>The course was saved.</source>
        <translation>Forløbet blev gemt.</translation>
    </message>
    <message>
        <source>Facilitator Companion</source>
        <translation>Facilitator Companion</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Hjem</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>Opening your records…</source>
        <translation>Åbner dine data…</translation>
    </message>
    <message>
        <source>Loading programmes…</source>
        <translation>Indlæser programmer…</translation>
    </message>
    <message>
        <source>No programmes are installed. Install a programme package with “Install from a file…” or: facilitator install PATH</source>
        <translation>Der er ingen programmer installeret. Installér en programpakke med “Installér fra en fil…” eller: facilitator install STI</translation>
    </message>
</context>
<context>
    <name>MeetingClock</name>
    <message>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>The meeting has finished</source>
        <translation>Mødet er slut</translation>
    </message>
    <message>
        <source>On plan</source>
        <translation>Følger planen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min behind the plan</source>
        <translation><numerusform>%Ln min efter planen</numerusform><numerusform>%Ln min efter planen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ahead of the plan</source>
        <translation><numerusform>%Ln min foran planen</numerusform><numerusform>%Ln min foran planen</numerusform></translation>
    </message>
    <message>
        <source>Ends about %1</source>
        <translation>Slutter ca. kl. %1</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Notes of this meeting</source>
        <translation>Noter fra dette møde</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Del…</translation>
    </message>
    <message>
        <source>Make private</source>
        <translation>Gør privat</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Shared with the host</source>
        <translation>Delt med værten</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Aldersgruppe</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Køn</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Participant codes</source>
        <translation>Deltagerkoder</translation>
    </message>
    <message>
        <source>Age band of %1</source>
        <translation>Aldersgruppe for %1</translation>
    </message>
    <message>
        <source>Gender of %1</source>
        <translation>Køn for %1</translation>
    </message>
    <message>
        <source>Language of %1</source>
        <translation>Sprog for %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Open your records</source>
        <translation>Åbn dine data</translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation>Vælg en adgangssætning</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Skift adgangssætningen</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Fjern adgangssætningen</translation>
    </message>
    <message>
        <source>Your records are encrypted. Enter the passphrase, or the recovery key, to open them.</source>
        <translation>Dine data er krypteret. Skriv adgangssætningen eller gendannelsesnøglen for at åbne dem.</translation>
    </message>
    <message>
        <source>The records and their backups will be encrypted on this computer. You will be shown a recovery key once; write it down and keep it apart from the laptop.</source>
        <translation>Dine data og sikkerhedskopierne bliver krypteret på denne computer. Du får vist en gendannelsesnøgle én gang; skriv den ned, og opbevar den et andet sted end computeren.</translation>
    </message>
    <message>
        <source>Enter the current passphrase (or the recovery key) and the new one. The recovery key stays the same.</source>
        <translation>Skriv den nuværende adgangssætning (eller gendannelsesnøglen) og den nye. Gendannelsesnøglen forbliver den samme.</translation>
    </message>
    <message>
        <source>The records and their backups will be stored without encryption again.</source>
        <translation>Dine data og sikkerhedskopierne bliver igen gemt uden kryptering.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Nuværende adgangssætning:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangssætning:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Ny adgangssætning:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Gentag den:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Skriv adgangssætningen.</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>En adgangssætning skal have mindst %1 tegn.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>De to nye adgangssætninger er ikke ens.</translation>
    </message>
</context>
<context>
    <name>ProgrammeBrowser</name>
    <message>
        <source>Content &amp;language:</source>
        <translation>Indholdets &amp;sprog:</translation>
    </message>
    <message>
        <source>Content language</source>
        <translation>Indholdets sprog</translation>
    </message>
    <message>
        <source>Programmes and sessions</source>
        <translation>Programmer og møder</translation>
    </message>
    <message>
        <source>Steps of the session</source>
        <translation>Mødets trin</translation>
    </message>
    <message>
        <source>Facilitator script</source>
        <translation>Manuskript til facilitatoren</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>På projektoren</translation>
    </message>
    <message>
        <source>Tips for the facilitator (not read aloud)</source>
        <translation>Tips til facilitatoren (læses ikke højt)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (valgfrit)</translation>
    </message>
    <message>
        <source>No programme selected</source>
        <translation>Intet program valgt</translation>
    </message>
    <message>
        <source>film: %1</source>
        <translation>film: %1</translation>
    </message>
    <message>
        <source>Discussion prompts</source>
        <translation>Spørgsmål til samtalen</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materialer</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <source>Programmes</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <source>&amp;Install from a file…</source>
        <translation>&amp;Installér fra en fil…</translation>
    </message>
    <message>
        <source>Install from a &amp;folder…</source>
        <translation>Installér fra en &amp;mappe…</translation>
    </message>
    <message>
        <source>Install a programme package</source>
        <translation>Installér en programpakke</translation>
    </message>
    <message>
        <source>Programme packages (*.zip)</source>
        <translation>Programpakker (*.zip)</translation>
    </message>
    <message>
        <source>Checking and installing %1…</source>
        <translation>Kontrollerer og installerer %1…</translation>
    </message>
    <message>
        <source>Installed %1, version %2.</source>
        <translation>%1 er installeret, version %2.</translation>
    </message>
    <message>
        <source>%1 was not installed.</source>
        <translation>%1 blev ikke installeret.</translation>
    </message>
    <message>
        <source>%1 was not installed: this version is already installed; the package needs a higher version number.</source>
        <translation>%1 blev ikke installeret: denne version er allerede installeret; pakken skal have et højere versionsnummer.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
</context>
<context>
    <name>QuickNote</name>
    <message>
        <source>Quick note on this step (Ctrl+N); private unless you share it</source>
        <translation>Hurtig note til dette trin (Ctrl+N); privat, medmindre du deler den</translation>
    </message>
    <message>
        <source>Quick note</source>
        <translation>Hurtig note</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Gem note</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Arabic</source>
        <translation>arabisk</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russisk</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>tjekkes</translation>
    </message>
    <message>
        <source>check this</source>
        <translation>tjek dette</translation>
    </message>
    <message>
        <source>put this right</source>
        <translation>ret dette</translation>
    </message>
    <message>
        <source>Film “%1” is ready to play.</source>
        <translation>Filmen “%1” er klar til at blive vist.</translation>
    </message>
    <message>
        <source>Checking film “%1”…</source>
        <translation>Tjekker filmen “%1”…</translation>
    </message>
    <message>
        <source>Film “%1” is missing.</source>
        <translation>Filmen “%1” mangler.</translation>
    </message>
    <message>
        <source>Put %3 in %4, then press Re-check.</source>
        <translation>Læg %3 i %4, og tryk så på Tjek igen.</translation>
    </message>
    <message>
        <source>Film “%1” will not play.</source>
        <translation>Filmen “%1” kan ikke afspilles.</translation>
    </message>
    <message>
        <source>Put a good copy of %3 in %4, then press Re-check.</source>
        <translation>Læg en god kopi af %3 i %4, og tryk så på Tjek igen.</translation>
    </message>
    <message>
        <source>Film “%1” plays, but:</source>
        <translation>Filmen “%1” kan afspilles, men:</translation>
    </message>
    <message>
        <source>Film “%1” has %2 subtitles.</source>
        <translation>Filmen “%1” har undertekster på %2.</translation>
    </message>
    <message>
        <source>No %2 subtitles for film “%1”.</source>
        <translation>Ingen undertekster på %2 til filmen “%1”.</translation>
    </message>
    <message>
        <source>The film will play without subtitles. To show them, put %3 in the programme's films folder and press Re-check.</source>
        <translation>Filmen vises uden undertekster. Vil du have dem med, så læg %3 i programmets filmmappe og tryk på Tjek igen.</translation>
    </message>
    <message>
        <source>The film will play without subtitles, with its sound in %2.</source>
        <translation>Filmen vises uden undertekster, med lyd på %2.</translation>
    </message>
    <message>
        <source>The film will play without subtitles and has no sound in %2: interpret for the group as it plays, or show it in a language everyone understands.</source>
        <translation>Filmen vises uden undertekster og har ingen lyd på %2: tolk for gruppen undervejs, eller vis den på et sprog, alle forstår.</translation>
    </message>
    <message>
        <source>A second screen is connected (%1).</source>
        <translation>En ekstra skærm er tilsluttet (%1).</translation>
    </message>
    <message>
        <source>Press F5 in the meeting to present on it.</source>
        <translation>Tryk på F5 under mødet for at vise på den.</translation>
    </message>
    <message>
        <source>No second screen.</source>
        <translation>Ingen ekstra skærm.</translation>
    </message>
    <message>
        <source>Connect the projector and press Re-check, or present on this screen.</source>
        <translation>Tilslut projektoren og tryk på Tjek igen, eller vis på denne skærm.</translation>
    </message>
    <message>
        <source>Reading the safety card…</source>
        <translation>Læser sikkerhedskortet…</translation>
    </message>
    <message>
        <source>The safety card of %1 is filled in.</source>
        <translation>Sikkerhedskortet for %1 er udfyldt.</translation>
    </message>
    <message>
        <source>%1 has no safety card.</source>
        <translation>%1 har intet sikkerhedskort.</translation>
    </message>
    <message>
        <source>Fill in the local contacts and referral steps with “Safety card…”, so you know where to turn if someone needs help.</source>
        <translation>Udfyld de lokale kontakter og henvisningstrin under “Sikkerhedskort…”, så du ved, hvor du skal henvende dig, hvis nogen har brug for hjælp.</translation>
    </message>
    <message>
        <source>The safety card of %1 is incomplete.</source>
        <translation>Sikkerhedskortet for %1 er ikke udfyldt helt.</translation>
    </message>
    <message>
        <source>Add the local contacts and the referral steps with “Safety card…”.</source>
        <translation>Tilføj de lokale kontakter og henvisningstrinene under “Sikkerhedskort…”.</translation>
    </message>
    <message>
        <source>This session needs no materials.</source>
        <translation>Dette møde kræver ingen materialer.</translation>
    </message>
    <message>
        <source>All materials are ticked.</source>
        <translation>Alle materialer er krydset af.</translation>
    </message>
    <message>
        <source>%1 of %2 materials ticked.</source>
        <translation>%1 af %2 materialer er krydset af.</translation>
    </message>
    <message>
        <source>Tick each one in the list as you pack it.</source>
        <translation>Kryds hvert punkt af på listen, når du pakker det.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tjekker…</translation>
    </message>
    <message>
        <source>Everything is ready.</source>
        <translation>Alt er klar.</translation>
    </message>
    <message>
        <source>Ready, with something to check below (marked !).</source>
        <translation>Klar, men tjek det, der er markeret med ! nedenfor.</translation>
    </message>
    <message>
        <source>Something to put right before the meeting (marked ✕).</source>
        <translation>Noget skal rettes før mødet (markeret med ✕).</translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message>
        <source>Readiness check</source>
        <translation>Klar til mødet?</translation>
    </message>
    <message>
        <source>Materials to bring</source>
        <translation>Materialer, der skal med</translation>
    </message>
    <message>
        <source>This session needs no materials.</source>
        <translation>Dette møde kræver ingen materialer.</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Tjek igen</translation>
    </message>
    <message>
        <source>Look at the films, screens and safety card again</source>
        <translation>Se på film, skærme og sikkerhedskort igen</translation>
    </message>
    <message>
        <source>Safety card…</source>
        <translation>Sikkerhedskort…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Start the meeting</source>
        <translation>Start mødet</translation>
    </message>
    <message>
        <source>Films checked</source>
        <translation>Film tjekket</translation>
    </message>
    <message>
        <source>Films checked: %1 of %2</source>
        <translation>Film tjekket: %1 af %2</translation>
    </message>
</context>
<context>
    <name>ReadinessWindow</name>
    <message>
        <source>Readiness check</source>
        <translation>Klar til mødet?</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Møde:</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Din gendannelsesnøgle</translation>
    </message>
    <message>
        <source>This recovery key opens your records if the passphrase is forgotten. It is shown only now: write it on paper and keep it somewhere safe, away from the laptop.</source>
        <translation>Gendannelsesnøglen åbner dine data, hvis adgangssætningen bliver glemt. Den vises kun nu: skriv den på papir, og opbevar den et sikkert sted, væk fra computeren.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Gendannelsesnøgle</translation>
    </message>
    <message>
        <source>&amp;Copy to the clipboard</source>
        <translation>&amp;Kopiér til udklipsholderen</translation>
    </message>
    <message>
        <source>I have written it &amp;down</source>
        <translation>Jeg har &amp;skrevet den ned</translation>
    </message>
</context>
<context>
    <name>RehearsalPicker</name>
    <message>
        <source>Rehearse a session</source>
        <translation>Øv et møde</translation>
    </message>
    <message>
        <source>A rehearsal uses the same screens as a meeting. Nothing about people is recorded; only the time of each step is kept, to compare with the manual. Rehearsals are never counted in any statistic.</source>
        <translation>En øvelse bruger de samme skærmbilleder som et møde. Der registreres intet om personer; kun tiden for hvert trin gemmes, så den kan sammenlignes med manualen. Øvelser tælles aldrig med i nogen statistik.</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Møde:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Earlier rehearsals of this session</source>
        <translation>Tidligere øvelser af dette møde</translation>
    </message>
    <message>
        <source>Start rehearsal</source>
        <translation>Start øvelsen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>No programme is installed.</source>
        <translation>Der er ingen programmer installeret.</translation>
    </message>
    <message>
        <source>%1 minutes planned · %2 steps · %3 films</source>
        <translation>%1 minutter planlagt · %2 trin · %3 film</translation>
    </message>
</context>
<context>
    <name>RehearsalReportView</name>
    <message>
        <source>Rehearsal report</source>
        <translation>Rapport over øvelsen</translation>
    </message>
    <message>
        <source>Rehearsals of this session</source>
        <translation>Øvelser af dette møde</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Rehearsed</source>
        <translation>Øvet</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Forskel</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Over tid</translation>
    </message>
    <message>
        <source>Pacing of each step</source>
        <translation>Tempoet i hvert trin</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Gem som PDF…</translation>
    </message>
    <message>
        <source>Rehearse again</source>
        <translation>Øv igen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>The earlier rehearsals could not be read: %1</source>
        <translation>De tidligere øvelser kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>rehearsal-session-%1.pdf</source>
        <translation>oevelse-moede-%1.pdf</translation>
    </message>
    <message>
        <source>Save the rehearsal report</source>
        <translation>Gem rapporten over øvelsen</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>PDF'en kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>Total: %1 rehearsed of %2 planned (%3)</source>
        <translation>I alt: %1 øvet af %2 planlagt (%3)</translation>
    </message>
    <message>
        <source>Steps that overran: %1</source>
        <translation>Trin, der gik over tid: %1</translation>
    </message>
    <message>
        <source>No step overran.</source>
        <translation>Intet trin gik over tid.</translation>
    </message>
    <message>
        <source>A step overruns when it takes more than 1.5 times its planned time and at least 3 minutes more.</source>
        <translation>Et trin går over tid, når det tager mere end 1,5 gange den planlagte tid og mindst 3 minutter mere.</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(valgfrit)</translation>
    </message>
    <message>
        <source>overran</source>
        <translation>over tid</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
</context>
<context>
    <name>RehearsalReportWindow</name>
    <message>
        <source>Rehearsal report</source>
        <translation>Rapport over øvelsen</translation>
    </message>
</context>
<context>
    <name>RehearsalSession</name>
    <message>
        <source>Finish rehearsal</source>
        <translation>Afslut øvelsen</translation>
    </message>
    <message>
        <source>Finish the rehearsal and see how your pacing compares with the manual?</source>
        <translation>Vil du afslutte øvelsen og se, hvordan dit tempo passer med manualen?</translation>
    </message>
    <message>
        <source>Finish and see the report</source>
        <translation>Afslut og se rapporten</translation>
    </message>
    <message>
        <source>Go on rehearsing</source>
        <translation>Øv videre</translation>
    </message>
    <message>
        <source>Rehearsal: %1</source>
        <translation>Øvelse: %1</translation>
    </message>
    <message>
        <source>Rehearsal · %1 · %2</source>
        <translation>Øvelse · %1 · %2</translation>
    </message>
    <message>
        <source>Nothing about people is recorded in a rehearsal, only the time of each step.</source>
        <translation>Under en øvelse registreres intet om personer, kun tiden for hvert trin.</translation>
    </message>
    <message>
        <source>Finish rehearsal…</source>
        <translation>Afslut øvelsen…</translation>
    </message>
    <message>
        <source>Keys: → or Space next · ← previous · B blank · F5 projector · Esc window · P pause · Ctrl+K skip · Ctrl+E finish</source>
        <translation>Taster: → eller mellemrum næste · ← forrige · B sort · F5 projektor · Esc vindue · P pause · Ctrl+K spring over · Ctrl+E afslut</translation>
    </message>
</context>
<context>
    <name>ResumeOfferDialog</name>
    <message>
        <source>Resume the meeting?</source>
        <translation>Fortsæt mødet?</translation>
    </message>
    <message>
        <source>A meeting was not finished: %1</source>
        <translation>Et møde blev ikke afsluttet: %1</translation>
    </message>
    <message>
        <source>It started at %1 and stopped at the step “%2”. Everything recorded so far is kept: attendance, notes and the time of each step. The time the program was not running does not count.</source>
        <translation>Det begyndte kl. %1 og stoppede ved trinnet “%2”. Alt, hvad der er registreret indtil nu, er bevaret: fremmøde, noter og tiden for hvert trin. Tiden, hvor programmet ikke kørte, tæller ikke med.</translation>
    </message>
    <message>
        <source>Resume the meeting</source>
        <translation>Fortsæt mødet</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ikke nu</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>Safety card</source>
        <translation>Sikkerhedskort</translation>
    </message>
    <message>
        <source>Safety card: local contacts and referral steps</source>
        <translation>Sikkerhedskort: lokale kontakter og henvisningsforløb</translation>
    </message>
    <message>
        <source>Log a concern or referral</source>
        <translation>Registrér en bekymring eller henvisning</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>The host has no safety card yet. Add the local contacts and referral steps in the course's host settings before the next meeting.</source>
        <translation>Værten har endnu intet sikkerhedskort. Tilføj de lokale kontakter og henvisningsforløb i forløbets værtsindstillinger før næste møde.</translation>
    </message>
    <message>
        <source>Local contacts</source>
        <translation>Lokale kontakter</translation>
    </message>
    <message>
        <source>Referral steps</source>
        <translation>Henvisningsforløb</translation>
    </message>
    <message>
        <source>1. What kind of concern? (no names)</source>
        <translation>1. Hvilken slags bekymring? (ingen navne)</translation>
    </message>
    <message>
        <source>2. %1: referred where?</source>
        <translation>2. %1: henvist hvortil?</translation>
    </message>
    <message>
        <source>No concern logged in this meeting.</source>
        <translation>Ingen bekymring registreret på dette møde.</translation>
    </message>
    <message>
        <source>Logged in this meeting:</source>
        <translation>Registreret på dette møde:</translation>
    </message>
</context>
<context>
    <name>ScheduleTable</name>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>%1 (held, kept as it was)</source>
        <translation>%1 (holdt, bevares som det var)</translation>
    </message>
    <message>
        <source>Date of meeting %1</source>
        <translation>Dato for møde %1</translation>
    </message>
    <message>
        <source>Time of meeting %1</source>
        <translation>Tidspunkt for møde %1</translation>
    </message>
</context>
<context>
    <name>ScriptColumn</name>
    <message>
        <source>Hide tips</source>
        <translation>Skjul tips</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Tips for the facilitator</source>
        <translation>Tips til facilitatoren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation><numerusform>%Ln min</numerusform><numerusform>%Ln min</numerusform></translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valgfrit</translation>
    </message>
    <message>
        <source>Questions for the group</source>
        <translation>Spørgsmål til gruppen</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materialer</translation>
    </message>
</context>
<context>
    <name>ScriptView</name>
    <message>
        <source>Show the group's language beside it</source>
        <translation>Vis gruppens sprog ved siden af</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Trin %1 af %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min planned</source>
        <translation><numerusform>%Ln min planlagt</numerusform><numerusform>%Ln min planlagt</numerusform></translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valgfrit</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <source>Passphrase</source>
        <translation>Adgangssætning</translation>
    </message>
    <message>
        <source>Set a &amp;passphrase…</source>
        <translation>Vælg en &amp;adgangssætning…</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase…</source>
        <translation>&amp;Skift adgangssætningen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve the passphrase…</source>
        <translation>&amp;Fjern adgangssætningen…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>A backup is made every day the program is used, and before each update of the records. Restoring replaces the records with the backup; the present records are backed up first.</source>
        <translation>Der tages en sikkerhedskopi hver dag, programmet bruges, og før hver opdatering af dine data. En gendannelse erstatter dine data med sikkerhedskopien; de nuværende data kopieres først.</translation>
    </message>
    <message>
        <source>&amp;Make a backup now</source>
        <translation>&amp;Tag en sikkerhedskopi nu</translation>
    </message>
    <message>
        <source>&amp;Restore the chosen backup…</source>
        <translation>&amp;Gendan den valgte sikkerhedskopi…</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Vent venligst</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Sikkerhedskopi taget: %1</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Tager en sikkerhedskopi…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Gendan en sikkerhedskopi</translation>
    </message>
    <message>
        <source>Replace your records with the backup of %1? The present records are backed up first.</source>
        <translation>Vil du erstatte dine data med sikkerhedskopien fra %1? De nuværende data kopieres først.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Sikkerhedskopien blev gendannet.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Gendanner sikkerhedskopien…</translation>
    </message>
    <message>
        <source>Encrypting or decrypting the records…</source>
        <translation>Krypterer eller dekrypterer dine data…</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Adgangssætningen blev skiftet.</translation>
    </message>
    <message>
        <source>The passphrase was removed.</source>
        <translation>Adgangssætningen blev fjernet.</translation>
    </message>
    <message>
        <source>These records are on a database server; its administrator protects and backs them up.</source>
        <translation>Disse data ligger på en databaseserver; dens administrator beskytter og sikkerhedskopierer dem.</translation>
    </message>
    <message>
        <source>Your records are encrypted with a passphrase.</source>
        <translation>Dine data er krypteret med en adgangssætning.</translation>
    </message>
    <message>
        <source>Your records are not encrypted. Set a passphrase if others can use this computer.</source>
        <translation>Dine data er ikke krypteret. Vælg en adgangssætning, hvis andre kan bruge denne computer.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daglig</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>før en opdatering</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>før en gendannelse</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>taget manuelt</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Ingen sikkerhedskopier endnu.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Screens, text and films</source>
        <translation>Skærme, tekst og film</translation>
    </message>
    <message>
        <source>Where your records are kept</source>
        <translation>Hvor dine data gemmes</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privatliv</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Sprog i programmet:</translation>
    </message>
    <message>
        <source>&amp;Reports and exports in:</source>
        <translation>&amp;Rapporter og eksport på:</translation>
    </message>
    <message>
        <source>&amp;Projector screen:</source>
        <translation>&amp;Projektorskærm:</translation>
    </message>
    <message>
        <source>Film &amp;player:</source>
        <translation>Film&amp;afspiller:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Delete notes &amp;older than (months):</source>
        <translation>Slet noter ældre &amp;end (måneder):</translation>
    </message>
    <message>
        <source>&amp;Smallest group shown in reports:</source>
        <translation>&amp;Mindste gruppe vist i rapporter:</translation>
    </message>
    <message>
        <source>&amp;Large text in the facilitator view</source>
        <translation>&amp;Stor tekst i facilitatorvisningen</translation>
    </message>
    <message>
        <source>Automatic (VLC when installed)</source>
        <translation>Automatisk (VLC, når det er installeret)</translation>
    </message>
    <message>
        <source>VLC</source>
        <translation>VLC</translation>
    </message>
    <message>
        <source>Qt's built-in player</source>
        <translation>Qt's indbyggede afspiller</translation>
    </message>
    <message>
        <source>Use another &amp;file…</source>
        <translation>Brug en anden &amp;fil…</translation>
    </message>
    <message>
        <source>Numbers below this are shown as “fewer than N” in reports, so that no one can be recognised. Never below 3.</source>
        <translation>Tal under denne grænse vises som “færre end N” i rapporter, så ingen kan genkendes. Aldrig under 3.</translation>
    </message>
    <message>
        <source>Keep the records in this file</source>
        <translation>Gem dine data i denne fil</translation>
    </message>
    <message>
        <source>Records (*.db)</source>
        <translation>Data (*.db)</translation>
    </message>
    <message>
        <source>Automatic (the second screen)</source>
        <translation>Automatisk (den anden skærm)</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (ikke tilsluttet)</translation>
    </message>
    <message>
        <source>Not open</source>
        <translation>Ikke åbnet</translation>
    </message>
    <message>
        <source>From the next start the records will be kept in %1. Restart the program for the change to take effect.</source>
        <translation>Fra næste start gemmes dine data i %1. Genstart programmet, for at ændringen træder i kraft.</translation>
    </message>
    <message>
        <source>Changing where the records are kept takes effect when the program is started again.</source>
        <translation>Hvis du ændrer, hvor dine data gemmes, træder det i kraft, næste gang programmet startes.</translation>
    </message>
</context>
<context>
    <name>ShareNoteDialog</name>
    <message>
        <source>Share a note with the host</source>
        <translation>Del en note med værten</translation>
    </message>
    <message>
        <source>A shared note goes to the host in the meeting summary. Write it so that nobody can be recognised: no names, numbers or addresses.</source>
        <translation>En delt note kommer med i mødets opsummering til værten. Skriv den, så ingen kan genkendes: ingen navne, numre eller adresser.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notens tekst</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <source>a CPR number</source>
        <translation>et CPR-nummer</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>et telefonnummer</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>en e-mailadresse</translation>
    </message>
    <message>
        <source>a first name</source>
        <translation>et fornavn</translation>
    </message>
    <message>
        <source>This note may identify someone: %1. Change it before sharing, or share anyway if it is not about a person.</source>
        <translation>Noten kan afsløre, hvem nogen er: %1. Ret den, før du deler den, eller del alligevel, hvis det ikke handler om en person.</translation>
    </message>
    <message>
        <source>Share anyway</source>
        <translation>Del alligevel</translation>
    </message>
    <message>
        <source>Share with the host</source>
        <translation>Del med værten</translation>
    </message>
</context>
<context>
    <name>SkipStepDialog</name>
    <message>
        <source>Skip a step</source>
        <translation>Spring et trin over</translation>
    </message>
    <message>
        <source>Step to skip</source>
        <translation>Trin, der springes over</translation>
    </message>
    <message>
        <source>Why is it left out? (for the meeting's record)</source>
        <translation>Hvorfor springes det over? (til mødets registrering)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Not enough time</source>
        <translation>Ikke tid nok</translation>
    </message>
    <message>
        <source>The group needed something else</source>
        <translation>Gruppen havde brug for noget andet</translation>
    </message>
    <message>
        <source>Room or equipment</source>
        <translation>Lokale eller udstyr</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Spring trinnet over</translation>
    </message>
    <message>
        <source>Every step is done or already skipped.</source>
        <translation>Alle trin er gennemført eller allerede sprunget over.</translation>
    </message>
    <message>
        <source>This step is part of the manual; leaving it out is recorded as a deviation with its reason.</source>
        <translation>Dette trin er en del af manualen; springes det over, registreres det som en afvigelse med begrundelsen.</translation>
    </message>
    <message>
        <source>This step is optional; leaving it out is not a deviation.</source>
        <translation>Dette trin er valgfrit; at springe det over er ikke en afvigelse.</translation>
    </message>
</context>
<context>
    <name>StepTimer</name>
    <message>
        <source>This step</source>
        <translation>Dette trin</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>til tiden</translation>
    </message>
    <message>
        <source>nearly at the planned time</source>
        <translation>næsten ved den planlagte tid</translation>
    </message>
    <message>
        <source>over the planned time</source>
        <translation>over den planlagte tid</translation>
    </message>
    <message>
        <source>Step time</source>
        <translation>Tid på trinnet</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>The records are not open, so nothing can be saved yet.</source>
        <translation>Dine data er ikke åbnet, så intet kan gemmes endnu.</translation>
    </message>
    <message>
        <source>The passphrase is not right, so the records stay locked; nothing was changed.</source>
        <translation>Adgangssætningen er forkert, så dine data forbliver låst; intet blev ændret.</translation>
    </message>
    <message>
        <source>The records are encrypted; enter the passphrase to open them.</source>
        <translation>Dine data er krypteret; skriv adgangssætningen for at åbne dem.</translation>
    </message>
    <message>
        <source>The records file is damaged or is not a Facilitator Companion store; it was left as it was, so restore a backup.</source>
        <translation>Datafilen er beskadiget eller hører ikke til Facilitator Companion; den blev ikke rørt, så gendan en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>The folder holding the records cannot be written to, so nothing can be saved; nothing was changed.</source>
        <translation>Der kan ikke skrives i mappen med dine data, så intet kan gemmes; intet blev ændret.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change was not saved; free some space and try again.</source>
        <translation>Disken er fuld, så den sidste ændring blev ikke gemt; frigør noget plads, og prøv igen.</translation>
    </message>
    <message>
        <source>The records are in use by another program; close it and try again.</source>
        <translation>Dine data bruges af et andet program; luk det, og prøv igen.</translation>
    </message>
    <message>
        <source>The database server cannot be reached, so the records cannot be opened.</source>
        <translation>Databaseserveren kan ikke nås, så dine data kan ikke åbnes.</translation>
    </message>
    <message>
        <source>The records were written by a newer version of Facilitator Companion; update the program to open them.</source>
        <translation>Dine data er skrevet af en nyere version af Facilitator Companion; opdatér programmet for at åbne dem.</translation>
    </message>
    <message>
        <source>The records could not be brought up to date; they were left as they were and a backup was kept.</source>
        <translation>Dine data kunne ikke opdateres; de blev ikke rørt, og en sikkerhedskopi blev gemt.</translation>
    </message>
    <message>
        <source>The backup could not be made or read.</source>
        <translation>Sikkerhedskopien kunne ikke tages eller læses.</translation>
    </message>
    <message>
        <source>This program backs up only records kept in a file; a database server is backed up by its administrator.</source>
        <translation>Programmet sikkerhedskopierer kun data, der ligger i en fil; en databaseserver sikkerhedskopieres af dens administrator.</translation>
    </message>
    <message>
        <source>The record asked for does not exist (it may have been erased).</source>
        <translation>Det, du bad om, findes ikke (det kan være slettet).</translation>
    </message>
    <message>
        <source>The change was not saved because it is not valid:</source>
        <translation>Ændringen blev ikke gemt, fordi den ikke er gyldig:</translation>
    </message>
    <message>
        <source>The records could not be read or saved.</source>
        <translation>Dine data kunne ikke læses eller gemmes.</translation>
    </message>
    <message>
        <source>Something went wrong, and the last action was not completed. Nothing else was changed.</source>
        <translation>Noget gik galt, og den sidste handling blev ikke gennemført. Intet andet blev ændret.</translation>
    </message>
    <message>
        <source>Facilitator Companion</source>
        <translation>Facilitator Companion</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message>
        <source>Wrap up the meeting</source>
        <translation>Afslut mødet</translation>
    </message>
    <message>
        <source>1. Attendance</source>
        <translation>1. Fremmøde</translation>
    </message>
    <message>
        <source>2. Steps not delivered</source>
        <translation>2. Trin, der ikke blev gennemført</translation>
    </message>
    <message>
        <source>Every step of the manual was delivered or skipped with a reason.</source>
        <translation>Alle manualens trin blev gennemført eller sprunget over med en begrundelse.</translation>
    </message>
    <message>
        <source>These steps were not reached. Say briefly why (for example: not enough time); they are recorded as skipped.</source>
        <translation>Disse trin nåede I ikke. Skriv kort hvorfor (fx ikke tid nok); de registreres som sprunget over.</translation>
    </message>
    <message>
        <source>3. Steps that ran long</source>
        <translation>3. Trin, der tog længere tid</translation>
    </message>
    <message>
        <source>No step ran much longer than planned.</source>
        <translation>Intet trin tog meget længere tid end planlagt.</translation>
    </message>
    <message>
        <source>These steps took more than one and a half times their planned time. A note is optional.</source>
        <translation>Disse trin tog mere end halvanden gang den planlagte tid. En note er valgfri.</translation>
    </message>
    <message>
        <source>%1: %2 (planned %3)</source>
        <translation>%1: %2 (planlagt %3)</translation>
    </message>
    <message>
        <source>Optional note, e.g. the group wanted more time</source>
        <translation>Valgfri note, fx gruppen ønskede mere tid</translation>
    </message>
    <message>
        <source>Reason (needed)</source>
        <translation>Begrundelse (påkrævet)</translation>
    </message>
    <message>
        <source>4. Notes and what is shared with the host</source>
        <translation>4. Noter, og hvad der deles med værten</translation>
    </message>
    <message>
        <source>Back to the meeting</source>
        <translation>Tilbage til mødet</translation>
    </message>
    <message>
        <source>Finish the meeting</source>
        <translation>Afslut mødet</translation>
    </message>
    <message>
        <source>Export summary…</source>
        <translation>Eksportér opsummering…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>The meeting is finished and saved.</source>
        <translation>Mødet er afsluttet og gemt.</translation>
    </message>
    <message numerus="yes">
        <source>Not marked yet: %Ln. Mark each code as present, late, excused or absent.</source>
        <translation><numerusform>Ikke markeret endnu: %Ln. Markér hver kode som til stede, forsinket, meldt afbud eller fraværende.</numerusform><numerusform>Ikke markeret endnu: %Ln. Markér hver kode som til stede, forsinket, meldt afbud eller fraværende.</numerusform></translation>
    </message>
    <message>
        <source>Every code is marked.</source>
        <translation>Alle koder er markeret.</translation>
    </message>
</context>
</TS>