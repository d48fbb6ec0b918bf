<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AgendaView</name>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation><numerusform>%Ln min</numerusform><numerusform>%Ln min</numerusform></translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message numerus="yes">
        <source>Here: %Ln</source>
        <translation><numerusform>Here: %Ln</numerusform><numerusform>Here: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not marked: %Ln</source>
        <translation><numerusform>Not marked: %Ln</numerusform><numerusform>Not marked: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Codes: %Ln</source>
        <translation><numerusform>Codes: %Ln</numerusform><numerusform>Codes: %Ln</numerusform></translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message numerus="yes">
        <source>Version %1 will be used for the meetings not yet held; the %n meeting(s) already held keep their version.</source>
        <translation><numerusform>Version %1 will be used for the meetings not yet held; the meeting already held keeps its version.</numerusform><numerusform>Version %1 will be used for the meetings not yet held; the %n meetings already held keep their version.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) already held keep their version if you choose another.</source>
        <translation><numerusform>The meeting already held keeps its version if you choose another.</numerusform><numerusform>%n meetings already held keep their version if you choose another.</numerusform></translation>
    </message>
</context>
<context>
    <name>InstallProblemsDialog</name>
    <message numerus="yes">
        <source>%1 was not installed: %n problem(s) must be fixed in the package first.</source>
        <translation><numerusform>%1 was not installed: one problem must be fixed in the package first.</numerusform><numerusform>%1 was not installed: %n problems must be fixed in the package first.</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n programme package(s) could not be read; run 'facilitator validate' on them for details.</source>
        <translation><numerusform>One programme package could not be read; run 'facilitator validate' on it for details.</numerusform><numerusform>%n programme packages could not be read; run 'facilitator validate' on them for details.</numerusform></translation>
    </message>
</context>
<context>
    <name>MeetingClock</name>
    <message numerus="yes">
        <source>%Ln min behind the plan</source>
        <translation><numerusform>%Ln min behind the plan</numerusform><numerusform>%Ln min behind the plan</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ahead of the plan</source>
        <translation><numerusform>%Ln min ahead of the plan</numerusform><numerusform>%Ln min ahead of the plan</numerusform></translation>
    </message>
</context>
<context>
    <name>ProgrammeBrowser</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
</context>
<context>
    <name>ScriptColumn</name>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation><numerusform>%Ln min</numerusform><numerusform>%Ln min</numerusform></translation>
    </message>
</context>
<context>
    <name>ScriptView</name>
    <message numerus="yes">
        <source>%Ln min planned</source>
        <translation><numerusform>%Ln min planned</numerusform><numerusform>%Ln min planned</numerusform></translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message numerus="yes">
        <source>Not marked yet: %Ln. Mark each code as present, late, excused or absent.</source>
        <translation><numerusform>Not marked yet: %Ln. Mark each code as present, late, excused or absent.</numerusform><numerusform>Not marked yet: %Ln. Mark each code as present, late, excused or absent.</numerusform></translation>
    </message>
</context>
</TS>