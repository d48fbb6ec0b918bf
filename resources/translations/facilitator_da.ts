<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da">
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
        <source>Facilitator Companion</source>
        <translation>Facilitator Companion</translation>
    </message>
    <message>
        <source>Loading programmes…</source>
        <translation>Indlæser programmer…</translation>
    </message>
    <message>
        <source>No programmes are installed. Install a programme package with: facilitator install PATH</source>
        <translation>Der er ingen programmer installeret. Installér en programpakke med: facilitator install STI</translation>
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
</context>
</TS>