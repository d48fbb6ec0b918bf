<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>CourseEditor</name>
    <message>
        <source>New course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A participant code is up to three letters and a number, like P07; never a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code %1 is already used in this course.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a programme; install one under Programmes first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the host, or create one with “New host…”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick at least one language the group speaks.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Version %1 will be used for the meetings not yet held; the %n meeting(s) already held keep their version.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) already held keep their version if you choose another.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Times are in the host's time zone, %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Times are in the host's time zone; choose the host first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Group languages:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Facilitators' language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facilitators' &amp;initials:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New host…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit host…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example: Parents' group, spring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example: the library's meeting room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example: AH, MK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;First meeting:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;At:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Meetings:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make a &amp;weekly schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Number of codes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Or type a c&amp;ode:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codes only, never names. The list that links codes to people stays on paper with you. Age band, gender and language are optional.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit course…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meetings held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(demo)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No courses yet. Create one with “New course…”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstStartPanel</name>
    <message>
        <source>Welcome to Facilitator Companion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facilitator Companion guides you through the meetings of a group course, step by step, and works without the internet. Start by creating a course: choose the programme, the host and the dates of the meetings, and give each participant a code instead of a name. If you would like to look around first, fill the program with demo data; it is clearly marked as demo and can be erased later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a course…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill with demo data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Making demo courses, hosts and meetings…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Meeting %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the next meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New course…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today's meetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coming up (four weeks)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coming meetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening your records…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your records could not be opened. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No meetings today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No meetings in the next four weeks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No meeting is planned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan the meetings of a course in its schedule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next, today at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next, %1 at %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HostEditor</name>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example: Aarhus Municipality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Town or neighbourhood</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Safety card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card &amp;in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local &amp;contacts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Referral steps:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who to call, with opening hours: the host's contact person, emergency number, out-of-hours psychiatric help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do when a participant needs more help than the group can give</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the card in each language the facilitators need; they see it during every meeting of this host's courses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A host needs a name, such as the municipality or school.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a time zone from the list, for example Europe/Copenhagen.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InstallProblemsDialog</name>
    <message>
        <source>The programme was not installed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 was not installed: %n problem(s) must be fixed in the package first.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Problems in the package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Welcome</source>
        <translation>Приветствие</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Вступительный круг</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Повторение</translation>
    </message>
    <message>
        <source>Psychoeducation</source>
        <translation>Психопросвещение</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Фильм</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Упражнение</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Обсуждение</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <source>Round-up</source>
        <translation>Подведение итогов</translation>
    </message>
    <message>
        <source>Home task</source>
        <translation>Домашнее задание</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>18–29</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>30–44</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>45–64</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>65+</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>woman</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>man</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not marked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>excused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>distress in the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>safeguarding: a child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>safeguarding: an adult</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>housing or money</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>violence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not referred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>general practitioner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>municipal family counselling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>psychiatry or psychology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>social services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>school or day care</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>legal or asylum advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>emergency services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NGO or volunteer organisation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n programme package(s) could not be read; run 'facilitator validate' on them for details.</source>
        <translation><numerusform>Не удалось прочитать %n пакет программы; запустите для него 'facilitator validate', чтобы узнать подробности.</numerusform><numerusform>Не удалось прочитать %n пакета программ; запустите для них 'facilitator validate', чтобы узнать подробности.</numerusform><numerusform>Не удалось прочитать %n пакетов программ; запустите для них 'facilitator validate', чтобы узнать подробности.</numerusform></translation>
    </message>
    <message>
        <source>The programmes could not be loaded: %1</source>
        <translation>Не удалось загрузить программы: %1</translation>
    </message>
    <message>
        <source>The programme of this course is not installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The course was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facilitator Companion</source>
        <translation>Помощник ведущего</translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading programmes…</source>
        <translation>Загрузка программ…</translation>
    </message>
    <message>
        <source>No programmes are installed. Install a programme package with “Install from a file…” or: facilitator install PATH</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participant codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age band of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gender of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Open your records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your records are encrypted. Enter the passphrase, or the recovery key, to open them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The records and their backups will be encrypted on this computer. You will be shown a recovery key once; write it down and keep it apart from the laptop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the current passphrase (or the recovery key) and the new one. The recovery key stays the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The records and their backups will be stored without encryption again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgrammeBrowser</name>
    <message>
        <source>Content &amp;language:</source>
        <translation>&amp;Язык материалов:</translation>
    </message>
    <message>
        <source>Content language</source>
        <translation>Язык материалов</translation>
    </message>
    <message>
        <source>Programmes and sessions</source>
        <translation>Программы и встречи</translation>
    </message>
    <message>
        <source>Steps of the session</source>
        <translation>Шаги встречи</translation>
    </message>
    <message>
        <source>Facilitator script</source>
        <translation>Текст для ведущего</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>На проекторе</translation>
    </message>
    <message>
        <source>Tips for the facilitator (not read aloud)</source>
        <translation>Советы ведущему (не читать вслух)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n мин</numerusform><numerusform>%n мин</numerusform><numerusform>%n мин</numerusform></translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (по желанию)</translation>
    </message>
    <message>
        <source>No programme selected</source>
        <translation>Программа не выбрана</translation>
    </message>
    <message>
        <source>film: %1</source>
        <translation>фильм: %1</translation>
    </message>
    <message>
        <source>Discussion prompts</source>
        <translation>Вопросы для обсуждения</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <source>Programmes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Install from a file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Install from a &amp;folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Install a programme package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme packages (*.zip)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking and installing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Installed %1, version %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not installed: this version is already installed; the package needs a higher version number.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This recovery key opens your records if the passphrase is forgotten. It is shown only now: write it on paper and keep it somewhere safe, away from the laptop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I have written it &amp;down</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScheduleTable</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (held, kept as it was)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of meeting %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time of meeting %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set a &amp;passphrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hange the passphrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remo&amp;ve the passphrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A backup is made every day the program is used, and before each update of the records. Restoring replaces the records with the backup; the present records are backed up first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Make a backup now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore the chosen backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Making a backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace your records with the backup of %1? The present records are backed up first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypting or decrypting the records…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These records are on a database server; its administrator protects and backs them up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your records are encrypted with a passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your records are not encrypted. Set a passphrase if others can use this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>before an update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>made by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No backups yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Screens, text and films</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where your records are kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reports and exports in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Projector screen:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Film &amp;player:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete notes &amp;older than (months):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Smallest group shown in reports:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Large text in the facilitator view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic (VLC when installed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VLC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qt's built-in player</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use another &amp;file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Numbers below this are shown as “fewer than N” in reports, so that no one can be recognised. Never below 3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the records in this file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records (*.db)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic (the second screen)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the next start the records will be kept in %1. Restart the program for the change to take effect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changing where the records are kept takes effect when the program is started again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>Facilitator Companion</source>
        <translation type="unfinished">Помощник ведущего</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>