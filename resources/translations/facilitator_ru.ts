<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation>План встречи</translation>
    </message>
    <message>
        <source>done</source>
        <translation>пройден</translation>
    </message>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>впереди</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation><numerusform>%Ln мин</numerusform><numerusform>%Ln мин</numerusform><numerusform>%Ln мин</numerusform></translation>
    </message>
    <message>
        <source>optional</source>
        <translation>по желанию</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Click a code (or press Enter on it) to move it on: present, late, excused, absent. Right-click to choose.</source>
        <translation>Нажмите на код (или Enter на нём), чтобы сменить отметку: присутствует, опоздал(а), уважительная причина, отсутствует. Правая кнопка мыши — выбрать сразу.</translation>
    </message>
    <message>
        <source>New code, e.g. P09</source>
        <translation>Новый код, например P09</translation>
    </message>
    <message>
        <source>New participant code</source>
        <translation>Новый код участника</translation>
    </message>
    <message>
        <source>Add code</source>
        <translation>Добавить код</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Undo the last tick, skip or deletion (Ctrl+Z)</source>
        <translation>Отменить последнюю отметку, пропуск или удаление (Ctrl+Z)</translation>
    </message>
    <message>
        <source>The code %1 is already in this course.</source>
        <translation>Код %1 уже есть в этом курсе.</translation>
    </message>
    <message>
        <source>A code is up to three letters and a number, like P09; never a name.</source>
        <translation>Код — это не больше трёх латинских букв и число, например P09; никогда не имя.</translation>
    </message>
    <message numerus="yes">
        <source>Here: %Ln</source>
        <translation><numerusform>Здесь: %Ln</numerusform><numerusform>Здесь: %Ln</numerusform><numerusform>Здесь: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not marked: %Ln</source>
        <translation><numerusform>Не отмечено: %Ln</numerusform><numerusform>Не отмечено: %Ln</numerusform><numerusform>Не отмечено: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Codes: %Ln</source>
        <translation><numerusform>Кодов: %Ln</numerusform><numerusform>Кодов: %Ln</numerusform><numerusform>Кодов: %Ln</numerusform></translation>
    </message>
</context>
<context>
    <name>CoordinatorDashboard</name>
    <message>
        <source>Opening the coordinator store…</source>
        <translation>Открываем базу координатора…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Coordinator dashboard</source>
        <translation>Панель координатора</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Импорт пакетов…</translation>
    </message>
    <message>
        <source>Host &amp;report…</source>
        <translation>&amp;Отчёт для организации…</translation>
    </message>
    <message>
        <source>meetings held</source>
        <translation>проведено встреч</translation>
    </message>
    <message>
        <source>courses</source>
        <translation>курсов</translation>
    </message>
    <message>
        <source>attendances</source>
        <translation>посещений</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>удержание</translation>
    </message>
    <message>
        <source>people reached</source>
        <translation>охвачено человек</translation>
    </message>
    <message>
        <source>course reports received</source>
        <translation>получено отчётов о курсах</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Meetings in the period: %1</source>
        <translation>Встреч за период: %1</translation>
    </message>
    <message>
        <source>No meetings in this period. Import data bundles, or choose another period or host.</source>
        <translation>За этот период встреч нет. Импортируйте пакеты данных или выберите другой период или организацию.</translation>
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
        <translation>другие языки</translation>
    </message>
    <message>
        <source>“&lt;%1”: fewer than %1. “x”: hidden so that a small number cannot be worked out from the totals. Charts leave both out.</source>
        <translation>«&lt;%1»: меньше %1. «x»: скрыто, чтобы малое число нельзя было вычислить из итогов. На диаграммах не показано ни то, ни другое.</translation>
    </message>
    <message>
        <source>Films</source>
        <translation>Фильмы</translation>
    </message>
    <message>
        <source>Films shown</source>
        <translation>Показанные фильмы</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Фильм</translation>
    </message>
    <message>
        <source>Times shown</source>
        <translation>Сколько раз показан</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Themes raised in shareable notes</source>
        <translation>Темы из заметок для передачи</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Месяцы</translation>
    </message>
    <message>
        <source>Meetings per month</source>
        <translation>Встречи по месяцам</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Встречи по порядку</translation>
    </message>
    <message>
        <source>Attendance by session number</source>
        <translation>Посещаемость по номеру встречи</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Of the first session</source>
        <translation>От первой встречи</translation>
    </message>
    <message>
        <source>Retention (latest meeting ÷ first, per course): %1</source>
        <translation>Удержание (последняя встреча ÷ первая, по каждому курсу): %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Gender and age</source>
        <translation>Пол и возраст</translation>
    </message>
    <message>
        <source>People reached by gender and age band</source>
        <translation>Охват по полу и возрастной группе</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Too few people to show this breakdown without revealing someone.</source>
        <translation>Слишком мало людей, чтобы показать эту разбивку, никого не раскрыв.</translation>
    </message>
    <message>
        <source>From the course reports of %1 of %2 courses with a meeting in the period.</source>
        <translation>По отчётам %1 из %2 курсов, у которых была встреча в этот период.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>People reached by language</source>
        <translation>Охват по языку</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Соблюдение программы</translation>
    </message>
    <message>
        <source>Adherence per programme</source>
        <translation>Соблюдение по программам</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Required steps delivered ÷ required steps planned, averaged over the meetings.</source>
        <translation>Проведённые обязательные шаги ÷ запланированные обязательные шаги, в среднем по встречам.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Referrals by destination</source>
        <translation>Направления по адресатам</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Куда направлен(а)</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <source>Coordinator dashboard – Facilitator Companion</source>
        <translation>Панель координатора – Помощник ведущего</translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <source>New course</source>
        <translation>Новый курс</translation>
    </message>
    <message>
        <source>Course: %1</source>
        <translation>Курс: %1</translation>
    </message>
    <message>
        <source>A participant code is up to three letters and a number, like P07; never a name.</source>
        <translation>Код участника — до трёх букв и число, например P07; никогда не имя.</translation>
    </message>
    <message>
        <source>The code %1 is already used in this course.</source>
        <translation>Код %1 уже используется в этом курсе.</translation>
    </message>
    <message>
        <source>Choose a programme; install one under Programmes first.</source>
        <translation>Выберите программу; сначала установите её в разделе «Программы».</translation>
    </message>
    <message>
        <source>Choose the host, or create one with “New host…”.</source>
        <translation>Выберите принимающую организацию или создайте её кнопкой «Новая организация…».</translation>
    </message>
    <message>
        <source>Tick at least one language the group speaks.</source>
        <translation>Отметьте хотя бы один язык, на котором говорит группа.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 will be used for the meetings not yet held; the %n meeting(s) already held keep their version.</source>
        <translation><numerusform>Версия %1 будет использоваться для ещё не проведённых встреч; %n уже проведённая встреча сохранит свою версию.</numerusform><numerusform>Версия %1 будет использоваться для ещё не проведённых встреч; %n уже проведённые встречи сохранят свою версию.</numerusform><numerusform>Версия %1 будет использоваться для ещё не проведённых встреч; %n уже проведённых встреч сохранят свою версию.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) already held keep their version if you choose another.</source>
        <translation><numerusform>%n уже проведённая встреча сохранит свою версию, если выбрать другую.</numerusform><numerusform>%n уже проведённые встречи сохранят свою версию, если выбрать другую.</numerusform><numerusform>%n уже проведённых встреч сохранят свою версию, если выбрать другую.</numerusform></translation>
    </message>
    <message>
        <source>Times are in the host's time zone, %1.</source>
        <translation>Время указано в часовом поясе организации: %1.</translation>
    </message>
    <message>
        <source>Times are in the host's time zone; choose the host first.</source>
        <translation>Время указывается в часовом поясе организации; сначала выберите организацию.</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Программа:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Версия:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Title (optional):</source>
        <translation>&amp;Название (необязательно):</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Group languages:</source>
        <translation>&amp;Языки группы:</translation>
    </message>
    <message>
        <source>&amp;Facilitators' language:</source>
        <translation>&amp;Язык ведущих:</translation>
    </message>
    <message>
        <source>Facilitators' &amp;initials:</source>
        <translation>&amp;Инициалы ведущих:</translation>
    </message>
    <message>
        <source>New host…</source>
        <translation>Новая организация…</translation>
    </message>
    <message>
        <source>Edit host…</source>
        <translation>Изменить организацию…</translation>
    </message>
    <message>
        <source>For example: Parents' group, spring</source>
        <translation>Например: группа родителей, весна</translation>
    </message>
    <message>
        <source>For example: the library's meeting room</source>
        <translation>Например: зал для встреч в библиотеке</translation>
    </message>
    <message>
        <source>For example: AH, MK</source>
        <translation>Например: AH, MK</translation>
    </message>
    <message>
        <source>Group languages</source>
        <translation>Языки группы</translation>
    </message>
    <message>
        <source>&amp;First meeting:</source>
        <translation>&amp;Первая встреча:</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;В:</translation>
    </message>
    <message>
        <source>&amp;Meetings:</source>
        <translation>&amp;Встреч:</translation>
    </message>
    <message>
        <source>Make a &amp;weekly schedule</source>
        <translation>&amp;Еженедельное расписание</translation>
    </message>
    <message>
        <source>&amp;Number of codes:</source>
        <translation>&amp;Количество кодов:</translation>
    </message>
    <message>
        <source>Or type a c&amp;ode:</source>
        <translation>Или введите к&amp;од:</translation>
    </message>
    <message>
        <source>&amp;Add codes</source>
        <translation>&amp;Добавить коды</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Д&amp;обавить</translation>
    </message>
    <message>
        <source>Codes only, never names. The list that links codes to people stays on paper with you. Age band, gender and language are optional.</source>
        <translation>Только коды, никогда не имена. Список, связывающий коды с людьми, остаётся у вас на бумаге. Возрастная группа, пол и язык — по желанию.</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation>Курсы</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>&amp;Новый курс…</translation>
    </message>
    <message>
        <source>&amp;Edit course…</source>
        <translation>&amp;Изменить курс…</translation>
    </message>
    <message>
        <source>E&amp;xport course report…</source>
        <translation>&amp;Экспорт отчёта о курсе…</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Следующая встреча</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Проведено встреч</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(демо)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>No courses yet. Create one with “New course…”.</source>
        <translation>Курсов пока нет. Создайте курс кнопкой «Новый курс…».</translation>
    </message>
</context>
<context>
    <name>DashboardActions</name>
    <message>
        <source>Import data bundles from a folder</source>
        <translation>Импорт пакетов данных из папки</translation>
    </message>
    <message>
        <source>Write the host report</source>
        <translation>Сохранить отчёт для организации</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV for spreadsheets (*.csv)</source>
        <translation>PDF (*.pdf);;CSV для электронных таблиц (*.csv)</translation>
    </message>
    <message>
        <source>%1 imported, %2 already there, %3 replaced by a newer export, %4 rejected.</source>
        <translation>Импортировано: %1, уже были: %2, заменено более новым экспортом: %3, отклонено: %4.</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>Отчёт сохранён в %1.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the session summary</source>
        <translation>Экспорт итогов встречи</translation>
    </message>
    <message>
        <source>Export the course report</source>
        <translation>Экспорт отчёта о курсе</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Сохранить &amp;в:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>PDF for the host</source>
        <translation>PDF для принимающей организации</translation>
    </message>
    <message>
        <source>Data bundle for the coordinator</source>
        <translation>Пакет данных для координатора</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet</source>
        <translation>CSV для электронной таблицы</translation>
    </message>
    <message>
        <source>The host's language</source>
        <translation>Язык принимающей организации</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Сохранить в</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папки %1 не существует.</translation>
    </message>
    <message>
        <source>Preparing the summary…</source>
        <translation>Подготовка итогов…</translation>
    </message>
    <message>
        <source>Not exported. Change the shared notes, then export again.</source>
        <translation>Не экспортировано. Измените общие заметки и экспортируйте снова.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <source>Saved as %1 (revision %2).</source>
        <translation>Сохранено как %1 (редакция %2).</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Экспорт не удался: %1</translation>
    </message>
    <message>
        <source>a CPR number</source>
        <translation>номер CPR</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>номер телефона</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>адрес электронной почты</translation>
    </message>
    <message>
        <source>a first name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>заметка %1</translation>
    </message>
    <message>
        <source>reason %1</source>
        <translation>причина %1</translation>
    </message>
    <message>
        <source>This may identify someone</source>
        <translation>Это может указать на конкретного человека</translation>
    </message>
    <message>
        <source>The text that would leave the laptop may identify someone:</source>
        <translation>Текст, который покинет компьютер, может указать на конкретного человека:</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Всё равно экспортировать</translation>
    </message>
</context>
<context>
    <name>FacilitatorWindow</name>
    <message>
        <source>Live meeting: %1</source>
        <translation>Идёт встреча: %1</translation>
    </message>
    <message>
        <source>Attendance (A)</source>
        <translation>Посещаемость (A)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Safety card</source>
        <translation>Карточка безопасности</translation>
    </message>
    <message>
        <source>Skip a step…</source>
        <translation>Пропустить шаг…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Left arrow or Page Up</source>
        <translation>Стрелка влево или Page Up</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Right arrow, Page Down or Space</source>
        <translation>Стрелка вправо, Page Down или пробел</translation>
    </message>
    <message>
        <source>B or . (full stop)</source>
        <translation>B или . (точка)</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Проектор</translation>
    </message>
    <message>
        <source>F5: show on the second screen; Esc leaves full screen</source>
        <translation>F5: показать на втором экране; Esc — выйти из полноэкранного режима</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Крупный текст</translation>
    </message>
    <message>
        <source>Wrap up…</source>
        <translation>Завершить встречу…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Keys: → or Space next · ← previous · B blank · F5 projector · Esc window · A attendance · P pause · Ctrl+N note · Ctrl+K skip · Ctrl+Z undo</source>
        <translation>Клавиши: → или пробел — дальше · ← — назад · B — чёрный экран · F5 — проектор · Esc — окно · A — посещаемость · P — пауза · Ctrl+N — заметка · Ctrl+K — пропуск · Ctrl+Z — отмена</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>План встречи</translation>
    </message>
    <message>
        <source>Play or pause the film</source>
        <translation>Запустить или приостановить фильм</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>This is the last step. Wrap up when you are ready (Ctrl+E).</source>
        <translation>Это последний шаг. Завершите встречу, когда будете готовы (Ctrl+E).</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Дальше: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>P: the clocks stop while the meeting is paused</source>
        <translation>P: часы стоят, пока встреча на паузе</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Показать снова</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Чёрный экран</translation>
    </message>
    <message>
        <source>Projector: black and silent</source>
        <translation>Проектор: чёрный экран, без звука</translation>
    </message>
    <message>
        <source>Projector: full screen on the second screen</source>
        <translation>Проектор: во весь экран на втором экране</translation>
    </message>
    <message>
        <source>Projector: in a window on this screen</source>
        <translation>Проектор: в окне на этом экране</translation>
    </message>
    <message>
        <source>Projector: off (F5 to show)</source>
        <translation>Проектор: выключен (F5 — показать)</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Show the figure as a chart</source>
        <translation>Показать в виде диаграммы</translation>
    </message>
    <message>
        <source>Show the numbers behind the chart</source>
        <translation>Показать числа, по которым построена диаграмма</translation>
    </message>
    <message>
        <source>Nothing to draw: every number here is too small to publish or hidden to protect one (see the table).</source>
        <translation>Нечего показать: каждое число здесь слишком мало для публикации или скрыто, чтобы защитить другое (см. таблицу).</translation>
    </message>
</context>
<context>
    <name>FilmControls</name>
    <message>
        <source>From the start</source>
        <translation>С начала</translation>
    </message>
    <message>
        <source>−10 s</source>
        <translation>−10 с</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 с</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Затемнить</translation>
    </message>
    <message>
        <source>&amp;Subtitles:</source>
        <translation>&amp;Субтитры:</translation>
    </message>
    <message>
        <source>S&amp;ound:</source>
        <translation>&amp;Звук:</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Громкость:</translation>
    </message>
    <message>
        <source>Play the film from the start</source>
        <translation>Воспроизвести фильм с начала</translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation>Назад на 10 секунд</translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation>Вперёд на 10 секунд</translation>
    </message>
    <message>
        <source>Blank the projector and silence the film</source>
        <translation>Затемнить проектор и выключить звук фильма</translation>
    </message>
    <message>
        <source>Film position</source>
        <translation>Позиция в фильме</translation>
    </message>
    <message>
        <source>Subtitle language</source>
        <translation>Язык субтитров</translation>
    </message>
    <message>
        <source>Sound language</source>
        <translation>Язык звука</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Громкость</translation>
    </message>
    <message>
        <source>Film message</source>
        <translation>Сообщение о фильме</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Pause the film</source>
        <translation>Приостановить фильм</translation>
    </message>
    <message>
        <source>Play the film</source>
        <translation>Воспроизвести фильм</translation>
    </message>
    <message>
        <source>%1 / −%2</source>
        <translation>%1 / −%2</translation>
    </message>
    <message>
        <source>%1 played, %2 left</source>
        <translation>Прошло %1, осталось %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>FilmSurface</name>
    <message>
        <source>Film picture</source>
        <translation>Изображение фильма</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Период</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <source>P&amp;rogramme</source>
        <translation>П&amp;рограмма</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Include &amp;demo data</source>
        <translation>Включить &amp;демо-данные</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>This half-year</source>
        <translation>Текущее полугодие</translation>
    </message>
    <message>
        <source>Previous half-year</source>
        <translation>Прошлое полугодие</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Выбранные даты</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Все организации</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Все программы</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
</context>
<context>
    <name>FirstStartPanel</name>
    <message>
        <source>Welcome to Facilitator Companion</source>
        <translation>Добро пожаловать в «Помощник ведущего»</translation>
    </message>
    <message>
        <source>Facilitator Companion guides you through the meetings of a group course, step by step, and works without the internet. Start by creating a course: choose the programme, the host and the dates of the meetings, and give each participant a code instead of a name. If you would like to look around first, fill the program with demo data; it is clearly marked as demo and can be erased later.</source>
        <translation>«Помощник ведущего» шаг за шагом проводит вас через встречи группового курса и работает без интернета. Начните с создания курса: выберите программу, принимающую организацию и даты встреч и дайте каждому участнику код вместо имени. Если хотите сначала осмотреться, заполните программу демонстрационными данными; они чётко помечены как демо, и их можно удалить.</translation>
    </message>
    <message>
        <source>Create a course…</source>
        <translation>Создать курс…</translation>
    </message>
    <message>
        <source>Fill with demo data</source>
        <translation>Заполнить демоданными</translation>
    </message>
    <message>
        <source>Making demo courses, hosts and meetings…</source>
        <translation>Создаются демонстрационные курсы, организации и встречи…</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Meeting %1: %2</source>
        <translation>Встреча %1: %2</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Встреча %1</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Rehearsed</source>
        <translation>Репетиция</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>Steps overrun</source>
        <translation>Шагов с перерасходом</translation>
    </message>
    <message>
        <source>Rehearsals of this session</source>
        <translation>Репетиции этой встречи</translation>
    </message>
    <message>
        <source>(not finished)</source>
        <translation>(не завершена)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>Начать встречу</translation>
    </message>
    <message>
        <source>Start the next meeting</source>
        <translation>Начать следующую встречу</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>Новый курс…</translation>
    </message>
    <message>
        <source>Rehearse a session…</source>
        <translation>Отрепетировать занятие…</translation>
    </message>
    <message>
        <source>Run any session of any programme as practice; nothing about people is recorded.</source>
        <translation>Проведите любое занятие любой программы для практики; ничего о людях не записывается.</translation>
    </message>
    <message>
        <source>Today's meetings</source>
        <translation>Встречи сегодня</translation>
    </message>
    <message>
        <source>Coming up (four weeks)</source>
        <translation>Ближайшие четыре недели</translation>
    </message>
    <message>
        <source>Coming meetings</source>
        <translation>Предстоящие встречи</translation>
    </message>
    <message>
        <source>Opening your records…</source>
        <translation>Открываются ваши записи…</translation>
    </message>
    <message>
        <source>Your records could not be opened. %1</source>
        <translation>Не удалось открыть ваши записи. %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>held</source>
        <translation>проведена</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>демо</translation>
    </message>
    <message>
        <source>No meetings today.</source>
        <translation>Сегодня встреч нет.</translation>
    </message>
    <message>
        <source>No meetings in the next four weeks.</source>
        <translation>В ближайшие четыре недели встреч нет.</translation>
    </message>
    <message>
        <source>No meeting is planned.</source>
        <translation>Встреч не запланировано.</translation>
    </message>
    <message>
        <source>Plan the meetings of a course in its schedule.</source>
        <translation>Запланируйте встречи курса в его расписании.</translation>
    </message>
    <message>
        <source>Next, today at %1</source>
        <translation>Следующая: сегодня в %1</translation>
    </message>
    <message>
        <source>Next, %1 at %2</source>
        <translation>Следующая: %1 в %2</translation>
    </message>
</context>
<context>
    <name>HostEditor</name>
    <message>
        <source>Host</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Организация: %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Населённый пункт:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>For example: Aarhus Municipality</source>
        <translation>Например: коммуна Орхус</translation>
    </message>
    <message>
        <source>Town or neighbourhood</source>
        <translation>Город или район</translation>
    </message>
    <message>
        <source>Safety card</source>
        <translation>Памятка безопасности</translation>
    </message>
    <message>
        <source>Card &amp;in:</source>
        <translation>Памятка &amp;на языке:</translation>
    </message>
    <message>
        <source>Local &amp;contacts:</source>
        <translation>Местные &amp;контакты:</translation>
    </message>
    <message>
        <source>&amp;Referral steps:</source>
        <translation>&amp;Порядок направления:</translation>
    </message>
    <message>
        <source>Who to call, with opening hours: the host's contact person, emergency number, out-of-hours psychiatric help</source>
        <translation>Куда звонить и когда: контактное лицо организации, номер экстренной помощи, психиатрическая помощь в нерабочее время</translation>
    </message>
    <message>
        <source>What to do when a participant needs more help than the group can give</source>
        <translation>Что делать, если участнику нужна помощь больше, чем может дать группа</translation>
    </message>
    <message>
        <source>Write the card in each language the facilitators need; they see it during every meeting of this host's courses.</source>
        <translation>Заполните памятку на каждом языке, который нужен ведущим; они видят её на каждой встрече курсов этой организации.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>A host needs a name, such as the municipality or school.</source>
        <translation>У организации должно быть название, например коммуна или школа.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, for example Europe/Copenhagen.</source>
        <translation>Выберите часовой пояс из списка, например Europe/Copenhagen.</translation>
    </message>
</context>
<context>
    <name>InstallProblemsDialog</name>
    <message>
        <source>The programme was not installed</source>
        <translation>Программа не установлена</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not installed: %n problem(s) must be fixed in the package first.</source>
        <translation><numerusform>%1 не установлен: сначала нужно исправить в пакете %n проблему.</numerusform><numerusform>%1 не установлен: сначала нужно исправить в пакете %n проблемы.</numerusform><numerusform>%1 не установлен: сначала нужно исправить в пакете %n проблем.</numerusform></translation>
    </message>
    <message>
        <source>Problems in the package</source>
        <translation>Проблемы в пакете</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
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
        <translation>до 18</translation>
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
        <translation>не указано</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>женщина</translation>
    </message>
    <message>
        <source>man</source>
        <translation>мужчина</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>не отмечено</translation>
    </message>
    <message>
        <source>present</source>
        <translation>присутствует</translation>
    </message>
    <message>
        <source>late</source>
        <translation>опоздал(а)</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>предупредил(а)</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>distress in the session</source>
        <translation>сильный дистресс на встрече</translation>
    </message>
    <message>
        <source>safeguarding: a child</source>
        <translation>защита: ребёнок</translation>
    </message>
    <message>
        <source>safeguarding: an adult</source>
        <translation>защита: взрослый</translation>
    </message>
    <message>
        <source>health</source>
        <translation>здоровье</translation>
    </message>
    <message>
        <source>housing or money</source>
        <translation>жильё или деньги</translation>
    </message>
    <message>
        <source>violence</source>
        <translation>насилие</translation>
    </message>
    <message>
        <source>not referred</source>
        <translation>не направлен(а)</translation>
    </message>
    <message>
        <source>general practitioner</source>
        <translation>семейный врач</translation>
    </message>
    <message>
        <source>municipal family counselling</source>
        <translation>семейная консультация коммуны</translation>
    </message>
    <message>
        <source>psychiatry or psychology</source>
        <translation>психиатр или психолог</translation>
    </message>
    <message>
        <source>social services</source>
        <translation>социальные службы</translation>
    </message>
    <message>
        <source>school or day care</source>
        <translation>школа или детский сад</translation>
    </message>
    <message>
        <source>legal or asylum advice</source>
        <translation>юридическая или миграционная консультация</translation>
    </message>
    <message>
        <source>emergency services</source>
        <translation>экстренные службы</translation>
    </message>
    <message>
        <source>NGO or volunteer organisation</source>
        <translation>НКО или волонтёрская организация</translation>
    </message>
</context>
<context>
    <name>LiveSessions</name>
    <message>
        <source>Facilitator Companion</source>
        <translation>Помощник ведущего</translation>
    </message>
    <message>
        <source>The meeting cannot open: this course uses %1 version %2, which is not installed on this computer. Install that programme package first.</source>
        <translation>Встреча не открывается: курс использует %1 версии %2, которая не установлена на этом компьютере. Сначала установите этот пакет программы.</translation>
    </message>
</context>
<context>
    <name>LiveUndo</name>
    <message>
        <source>attendance</source>
        <translation>посещаемость</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>пропуск</translation>
    </message>
    <message>
        <source>delete note</source>
        <translation>удаление заметки</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>тревожный случай</translation>
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
        <translation>Программа этого курса не установлена.</translation>
    </message>
    <message>
        <source>The course was saved.</source>
        <translation>Курс сохранён.</translation>
    </message>
    <message>
        <source>Facilitator Companion</source>
        <translation>Помощник ведущего</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Курсы</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Программы</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Opening your records…</source>
        <translation>Открываются ваши записи…</translation>
    </message>
    <message>
        <source>Loading programmes…</source>
        <translation>Загрузка программ…</translation>
    </message>
    <message>
        <source>No programmes are installed. Install a programme package with “Install from a file…” or: facilitator install PATH</source>
        <translation>Программы не установлены. Установите пакет кнопкой «Установить из файла…» или командой: facilitator install ПУТЬ</translation>
    </message>
</context>
<context>
    <name>MeetingClock</name>
    <message>
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>The meeting has finished</source>
        <translation>Встреча завершена</translation>
    </message>
    <message>
        <source>On plan</source>
        <translation>По плану</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min behind the plan</source>
        <translation><numerusform>Отставание от плана: %Ln мин</numerusform><numerusform>Отставание от плана: %Ln мин</numerusform><numerusform>Отставание от плана: %Ln мин</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ahead of the plan</source>
        <translation><numerusform>Опережение плана: %Ln мин</numerusform><numerusform>Опережение плана: %Ln мин</numerusform><numerusform>Опережение плана: %Ln мин</numerusform></translation>
    </message>
    <message>
        <source>Ends about %1</source>
        <translation>Закончится около %1</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Notes of this meeting</source>
        <translation>Заметки этой встречи</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Поделиться…</translation>
    </message>
    <message>
        <source>Make private</source>
        <translation>Сделать личной</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Shared with the host</source>
        <translation>Передаётся организатору</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Личная</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Participant codes</source>
        <translation>Коды участников</translation>
    </message>
    <message>
        <source>Age band of %1</source>
        <translation>Возраст %1</translation>
    </message>
    <message>
        <source>Gender of %1</source>
        <translation>Пол %1</translation>
    </message>
    <message>
        <source>Language of %1</source>
        <translation>Язык %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Open your records</source>
        <translation>Открыть ваши записи</translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation>Задать парольную фразу</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Убрать парольную фразу</translation>
    </message>
    <message>
        <source>Your records are encrypted. Enter the passphrase, or the recovery key, to open them.</source>
        <translation>Ваши записи зашифрованы. Введите парольную фразу или ключ восстановления, чтобы открыть их.</translation>
    </message>
    <message>
        <source>The records and their backups will be encrypted on this computer. You will be shown a recovery key once; write it down and keep it apart from the laptop.</source>
        <translation>Записи и их резервные копии будут зашифрованы на этом компьютере. Ключ восстановления будет показан один раз; запишите его и храните отдельно от ноутбука.</translation>
    </message>
    <message>
        <source>Enter the current passphrase (or the recovery key) and the new one. The recovery key stays the same.</source>
        <translation>Введите текущую парольную фразу (или ключ восстановления) и новую. Ключ восстановления не изменится.</translation>
    </message>
    <message>
        <source>The records and their backups will be stored without encryption again.</source>
        <translation>Записи и их резервные копии снова будут храниться без шифрования.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторите её:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>Парольная фраза должна содержать не меньше %1 символов.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Две новые парольные фразы не совпадают.</translation>
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
        <translation>Программы</translation>
    </message>
    <message>
        <source>&amp;Install from a file…</source>
        <translation>&amp;Установить из файла…</translation>
    </message>
    <message>
        <source>Install from a &amp;folder…</source>
        <translation>Установить из &amp;папки…</translation>
    </message>
    <message>
        <source>Install a programme package</source>
        <translation>Установка пакета программы</translation>
    </message>
    <message>
        <source>Programme packages (*.zip)</source>
        <translation>Пакеты программ (*.zip)</translation>
    </message>
    <message>
        <source>Checking and installing %1…</source>
        <translation>Проверка и установка %1…</translation>
    </message>
    <message>
        <source>Installed %1, version %2.</source>
        <translation>Установлено: %1, версия %2.</translation>
    </message>
    <message>
        <source>%1 was not installed.</source>
        <translation>%1 не установлен.</translation>
    </message>
    <message>
        <source>%1 was not installed: this version is already installed; the package needs a higher version number.</source>
        <translation>%1 не установлен: эта версия уже установлена; у пакета должен быть более высокий номер версии.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projector</source>
        <translation>Проектор</translation>
    </message>
</context>
<context>
    <name>QuickNote</name>
    <message>
        <source>Quick note on this step (Ctrl+N); private unless you share it</source>
        <translation>Быстрая заметка к этому шагу (Ctrl+N); личная, пока вы ею не поделитесь</translation>
    </message>
    <message>
        <source>Quick note</source>
        <translation>Быстрая заметка</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Сохранить заметку</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Arabic</source>
        <translation>арабский</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>датский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>проверяется</translation>
    </message>
    <message>
        <source>check this</source>
        <translation>проверьте</translation>
    </message>
    <message>
        <source>put this right</source>
        <translation>исправьте</translation>
    </message>
    <message>
        <source>Film “%1” is ready to play.</source>
        <translation>Фильм «%1» готов к показу.</translation>
    </message>
    <message>
        <source>Checking film “%1”…</source>
        <translation>Проверяется фильм «%1»…</translation>
    </message>
    <message>
        <source>Film “%1” is missing.</source>
        <translation>Фильм «%1» не найден.</translation>
    </message>
    <message>
        <source>Put %3 in %4, then press Re-check.</source>
        <translation>Положите %3 в папку %4 и нажмите «Проверить снова».</translation>
    </message>
    <message>
        <source>Film “%1” will not play.</source>
        <translation>Фильм «%1» не воспроизводится.</translation>
    </message>
    <message>
        <source>Put a good copy of %3 in %4, then press Re-check.</source>
        <translation>Положите исправную копию %3 в папку %4 и нажмите «Проверить снова».</translation>
    </message>
    <message>
        <source>Film “%1” plays, but:</source>
        <translation>Фильм «%1» воспроизводится, но:</translation>
    </message>
    <message>
        <source>Film “%1” has %2 subtitles.</source>
        <translation>У фильма «%1» есть субтитры (%2).</translation>
    </message>
    <message>
        <source>No %2 subtitles for film “%1”.</source>
        <translation>Нет субтитров (%2) к фильму «%1».</translation>
    </message>
    <message>
        <source>The film will play without subtitles. To show them, put %3 in the programme's films folder and press Re-check.</source>
        <translation>Фильм будет показан без субтитров. Чтобы они были, положите %3 в папку фильмов программы и нажмите «Проверить снова».</translation>
    </message>
    <message>
        <source>The film will play without subtitles, with its sound in %2.</source>
        <translation>Фильм будет показан без субтитров, со звуком (%2).</translation>
    </message>
    <message>
        <source>The film will play without subtitles and has no sound in %2: interpret for the group as it plays, or show it in a language everyone understands.</source>
        <translation>Фильм будет показан без субтитров, и звука на этом языке (%2) у него нет: переводите группе во время показа или покажите его на языке, понятном всем.</translation>
    </message>
    <message>
        <source>A second screen is connected (%1).</source>
        <translation>Второй экран подключён (%1).</translation>
    </message>
    <message>
        <source>Press F5 in the meeting to present on it.</source>
        <translation>Нажмите F5 во время встречи, чтобы показывать на нём.</translation>
    </message>
    <message>
        <source>No second screen.</source>
        <translation>Второго экрана нет.</translation>
    </message>
    <message>
        <source>Connect the projector and press Re-check, or present on this screen.</source>
        <translation>Подключите проектор и нажмите «Проверить снова» или показывайте на этом экране.</translation>
    </message>
    <message>
        <source>Reading the safety card…</source>
        <translation>Читается памятка безопасности…</translation>
    </message>
    <message>
        <source>The safety card of %1 is filled in.</source>
        <translation>Памятка безопасности организации %1 заполнена.</translation>
    </message>
    <message>
        <source>%1 has no safety card.</source>
        <translation>У организации %1 нет памятки безопасности.</translation>
    </message>
    <message>
        <source>Fill in the local contacts and referral steps with “Safety card…”, so you know where to turn if someone needs help.</source>
        <translation>Заполните местные контакты и порядок направления через «Памятка безопасности…», чтобы знать, куда обратиться, если кому-то понадобится помощь.</translation>
    </message>
    <message>
        <source>The safety card of %1 is incomplete.</source>
        <translation>Памятка безопасности организации %1 заполнена не полностью.</translation>
    </message>
    <message>
        <source>Add the local contacts and the referral steps with “Safety card…”.</source>
        <translation>Добавьте местные контакты и порядок направления через «Памятка безопасности…».</translation>
    </message>
    <message>
        <source>This session needs no materials.</source>
        <translation>Для этой встречи материалы не нужны.</translation>
    </message>
    <message>
        <source>All materials are ticked.</source>
        <translation>Все материалы отмечены.</translation>
    </message>
    <message>
        <source>%1 of %2 materials ticked.</source>
        <translation>Отмечено материалов: %1 из %2.</translation>
    </message>
    <message>
        <source>Tick each one in the list as you pack it.</source>
        <translation>Отмечайте каждый пункт в списке, когда кладёте его с собой.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Идёт проверка…</translation>
    </message>
    <message>
        <source>Everything is ready.</source>
        <translation>Всё готово.</translation>
    </message>
    <message>
        <source>Ready, with something to check below (marked !).</source>
        <translation>Готово, но проверьте пункты ниже (отмечены !).</translation>
    </message>
    <message>
        <source>Something to put right before the meeting (marked ✕).</source>
        <translation>Кое-что нужно исправить до встречи (отмечено ✕).</translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message>
        <source>Readiness check</source>
        <translation>Проверка готовности</translation>
    </message>
    <message>
        <source>Materials to bring</source>
        <translation>Что взять с собой</translation>
    </message>
    <message>
        <source>This session needs no materials.</source>
        <translation>Для этой встречи материалы не нужны.</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Look at the films, screens and safety card again</source>
        <translation>Ещё раз проверить фильмы, экраны и памятку безопасности</translation>
    </message>
    <message>
        <source>Safety card…</source>
        <translation>Памятка безопасности…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Start the meeting</source>
        <translation>Начать встречу</translation>
    </message>
    <message>
        <source>Films checked</source>
        <translation>Проверено фильмов</translation>
    </message>
    <message>
        <source>Films checked: %1 of %2</source>
        <translation>Проверено фильмов: %1 из %2</translation>
    </message>
</context>
<context>
    <name>ReadinessWindow</name>
    <message>
        <source>Readiness check</source>
        <translation>Проверка готовности</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Встреча:</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Ваш ключ восстановления</translation>
    </message>
    <message>
        <source>This recovery key opens your records if the passphrase is forgotten. It is shown only now: write it on paper and keep it somewhere safe, away from the laptop.</source>
        <translation>Этот ключ восстановления откроет ваши записи, если парольная фраза забыта. Он показывается только сейчас: запишите его на бумаге и храните в надёжном месте, отдельно от ноутбука.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>&amp;Copy to the clipboard</source>
        <translation>&amp;Скопировать в буфер обмена</translation>
    </message>
    <message>
        <source>I have written it &amp;down</source>
        <translation>Я его &amp;записал(а)</translation>
    </message>
</context>
<context>
    <name>RehearsalPicker</name>
    <message>
        <source>Rehearse a session</source>
        <translation>Репетиция встречи</translation>
    </message>
    <message>
        <source>A rehearsal uses the same screens as a meeting. Nothing about people is recorded; only the time of each step is kept, to compare with the manual. Rehearsals are never counted in any statistic.</source>
        <translation>Репетиция использует те же экраны, что и встреча. О людях ничего не записывается; сохраняется только время каждого шага, чтобы сравнить его с руководством. Репетиции никогда не учитываются в статистике.</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Программа:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Встреча:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Earlier rehearsals of this session</source>
        <translation>Прежние репетиции этой встречи</translation>
    </message>
    <message>
        <source>Start rehearsal</source>
        <translation>Начать репетицию</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (версия %2)</translation>
    </message>
    <message>
        <source>No programme is installed.</source>
        <translation>Ни одна программа не установлена.</translation>
    </message>
    <message>
        <source>%1 minutes planned · %2 steps · %3 films</source>
        <translation>Запланировано минут: %1 · шагов: %2 · фильмов: %3</translation>
    </message>
</context>
<context>
    <name>RehearsalReportView</name>
    <message>
        <source>Rehearsal report</source>
        <translation>Отчёт о репетиции</translation>
    </message>
    <message>
        <source>Rehearsals of this session</source>
        <translation>Репетиции этой встречи</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>По плану</translation>
    </message>
    <message>
        <source>Rehearsed</source>
        <translation>Репетиция</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Перерасход</translation>
    </message>
    <message>
        <source>Pacing of each step</source>
        <translation>Темп каждого шага</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Rehearse again</source>
        <translation>Репетировать снова</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The earlier rehearsals could not be read: %1</source>
        <translation>Не удалось прочитать прежние репетиции: %1</translation>
    </message>
    <message>
        <source>rehearsal-session-%1.pdf</source>
        <translation>repetitsiya-vstrecha-%1.pdf</translation>
    </message>
    <message>
        <source>Save the rehearsal report</source>
        <translation>Сохранить отчёт о репетиции</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>Не удалось сохранить PDF: %1</translation>
    </message>
    <message>
        <source>Total: %1 rehearsed of %2 planned (%3)</source>
        <translation>Итого: %1 репетиции при %2 по плану (%3)</translation>
    </message>
    <message>
        <source>Steps that overran: %1</source>
        <translation>Шаги с перерасходом времени: %1</translation>
    </message>
    <message>
        <source>No step overran.</source>
        <translation>Ни один шаг не превысил время.</translation>
    </message>
    <message>
        <source>A step overruns when it takes more than 1.5 times its planned time and at least 3 minutes more.</source>
        <translation>Шаг превышает время, если длится больше чем в 1,5 раза дольше запланированного и не меньше чем на 3 минуты дольше.</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(необязательно)</translation>
    </message>
    <message>
        <source>overran</source>
        <translation>перерасход</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>RehearsalReportWindow</name>
    <message>
        <source>Rehearsal report</source>
        <translation>Отчёт о репетиции</translation>
    </message>
</context>
<context>
    <name>RehearsalSession</name>
    <message>
        <source>Finish rehearsal</source>
        <translation>Завершить репетицию</translation>
    </message>
    <message>
        <source>Finish the rehearsal and see how your pacing compares with the manual?</source>
        <translation>Завершить репетицию и посмотреть, как ваш темп соотносится с руководством?</translation>
    </message>
    <message>
        <source>Finish and see the report</source>
        <translation>Завершить и открыть отчёт</translation>
    </message>
    <message>
        <source>Go on rehearsing</source>
        <translation>Продолжить репетицию</translation>
    </message>
    <message>
        <source>Rehearsal: %1</source>
        <translation>Репетиция: %1</translation>
    </message>
    <message>
        <source>Rehearsal · %1 · %2</source>
        <translation>Репетиция · %1 · %2</translation>
    </message>
    <message>
        <source>Nothing about people is recorded in a rehearsal, only the time of each step.</source>
        <translation>Во время репетиции о людях ничего не записывается, только время каждого шага.</translation>
    </message>
    <message>
        <source>Finish rehearsal…</source>
        <translation>Завершить репетицию…</translation>
    </message>
    <message>
        <source>Keys: → or Space next · ← previous · B blank · F5 projector · Esc window · P pause · Ctrl+K skip · Ctrl+E finish</source>
        <translation>Клавиши: → или пробел — дальше · ← назад · B — чёрный экран · F5 — проектор · Esc — окно · P — пауза · Ctrl+K — пропустить · Ctrl+E — завершить</translation>
    </message>
</context>
<context>
    <name>ResumeOfferDialog</name>
    <message>
        <source>Resume the meeting?</source>
        <translation>Продолжить встречу?</translation>
    </message>
    <message>
        <source>A meeting was not finished: %1</source>
        <translation>Встреча не была завершена: %1</translation>
    </message>
    <message>
        <source>It started at %1 and stopped at the step “%2”. Everything recorded so far is kept: attendance, notes and the time of each step. The time the program was not running does not count.</source>
        <translation>Она началась в %1 и остановилась на шаге «%2». Всё записанное сохранено: посещаемость, заметки и время каждого шага. Время, когда программа не работала, не учитывается.</translation>
    </message>
    <message>
        <source>Resume the meeting</source>
        <translation>Продолжить встречу</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>Safety card</source>
        <translation>Карточка безопасности</translation>
    </message>
    <message>
        <source>Safety card: local contacts and referral steps</source>
        <translation>Карточка безопасности: местные контакты и порядок направления</translation>
    </message>
    <message>
        <source>Log a concern or referral</source>
        <translation>Записать тревожный случай или направление</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>The host has no safety card yet. Add the local contacts and referral steps in the course's host settings before the next meeting.</source>
        <translation>У организатора пока нет карточки безопасности. Добавьте местные контакты и порядок направления в настройках организатора курса до следующей встречи.</translation>
    </message>
    <message>
        <source>Local contacts</source>
        <translation>Местные контакты</translation>
    </message>
    <message>
        <source>Referral steps</source>
        <translation>Порядок направления</translation>
    </message>
    <message>
        <source>1. What kind of concern? (no names)</source>
        <translation>1. Какой это случай? (без имён)</translation>
    </message>
    <message>
        <source>2. %1: referred where?</source>
        <translation>2. %1: куда направлен(а)?</translation>
    </message>
    <message>
        <source>No concern logged in this meeting.</source>
        <translation>На этой встрече случаев не записано.</translation>
    </message>
    <message>
        <source>Logged in this meeting:</source>
        <translation>Записано на этой встрече:</translation>
    </message>
</context>
<context>
    <name>ScheduleTable</name>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Занятие</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>%1 (held, kept as it was)</source>
        <translation>%1 (проведена, остаётся как была)</translation>
    </message>
    <message>
        <source>Date of meeting %1</source>
        <translation>Дата встречи %1</translation>
    </message>
    <message>
        <source>Time of meeting %1</source>
        <translation>Время встречи %1</translation>
    </message>
</context>
<context>
    <name>ScriptColumn</name>
    <message>
        <source>Hide tips</source>
        <translation>Скрыть советы</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Советы</translation>
    </message>
    <message>
        <source>Tips for the facilitator</source>
        <translation>Советы ведущему</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation><numerusform>%Ln мин</numerusform><numerusform>%Ln мин</numerusform><numerusform>%Ln мин</numerusform></translation>
    </message>
    <message>
        <source>optional</source>
        <translation>по желанию</translation>
    </message>
    <message>
        <source>Questions for the group</source>
        <translation>Вопросы группе</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
</context>
<context>
    <name>ScriptView</name>
    <message>
        <source>Show the group's language beside it</source>
        <translation>Показать рядом язык группы</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min planned</source>
        <translation><numerusform>по плану %Ln мин</numerusform><numerusform>по плану %Ln мин</numerusform><numerusform>по плану %Ln мин</numerusform></translation>
    </message>
    <message>
        <source>optional</source>
        <translation>по желанию</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Set a &amp;passphrase…</source>
        <translation>Задать &amp;парольную фразу…</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase…</source>
        <translation>С&amp;менить парольную фразу…</translation>
    </message>
    <message>
        <source>Remo&amp;ve the passphrase…</source>
        <translation>&amp;Убрать парольную фразу…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>A backup is made every day the program is used, and before each update of the records. Restoring replaces the records with the backup; the present records are backed up first.</source>
        <translation>Резервная копия создаётся каждый день, когда используется программа, и перед каждым обновлением записей. Восстановление заменяет записи резервной копией; текущие записи сначала сохраняются.</translation>
    </message>
    <message>
        <source>&amp;Make a backup now</source>
        <translation>&amp;Создать резервную копию</translation>
    </message>
    <message>
        <source>&amp;Restore the chosen backup…</source>
        <translation>&amp;Восстановить выбранную копию…</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Подождите</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Резервная копия создана: %1</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Создаётся резервная копия…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Replace your records with the backup of %1? The present records are backed up first.</source>
        <translation>Заменить ваши записи резервной копией от %1? Текущие записи сначала будут сохранены.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Резервная копия восстановлена.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Восстановление резервной копии…</translation>
    </message>
    <message>
        <source>Encrypting or decrypting the records…</source>
        <translation>Шифрование или расшифровка записей…</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
    <message>
        <source>The passphrase was removed.</source>
        <translation>Парольная фраза убрана.</translation>
    </message>
    <message>
        <source>These records are on a database server; its administrator protects and backs them up.</source>
        <translation>Эти записи хранятся на сервере баз данных; их защищает и резервирует его администратор.</translation>
    </message>
    <message>
        <source>Your records are encrypted with a passphrase.</source>
        <translation>Ваши записи зашифрованы парольной фразой.</translation>
    </message>
    <message>
        <source>Your records are not encrypted. Set a passphrase if others can use this computer.</source>
        <translation>Ваши записи не зашифрованы. Задайте парольную фразу, если этим компьютером могут пользоваться другие.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Screens, text and films</source>
        <translation>Экраны, текст и фильмы</translation>
    </message>
    <message>
        <source>Where your records are kept</source>
        <translation>Где хранятся ваши записи</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>&amp;Reports and exports in:</source>
        <translation>&amp;Отчёты и экспорт на:</translation>
    </message>
    <message>
        <source>&amp;Projector screen:</source>
        <translation>&amp;Экран проектора:</translation>
    </message>
    <message>
        <source>Film &amp;player:</source>
        <translation>&amp;Проигрыватель фильмов:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Записи:</translation>
    </message>
    <message>
        <source>Delete notes &amp;older than (months):</source>
        <translation>Удалять заметки &amp;старше (месяцев):</translation>
    </message>
    <message>
        <source>&amp;Smallest group shown in reports:</source>
        <translation>&amp;Наименьшая группа в отчётах:</translation>
    </message>
    <message>
        <source>&amp;Large text in the facilitator view</source>
        <translation>&amp;Крупный текст на экране ведущего</translation>
    </message>
    <message>
        <source>Automatic (VLC when installed)</source>
        <translation>Автоматически (VLC, если установлен)</translation>
    </message>
    <message>
        <source>VLC</source>
        <translation>VLC</translation>
    </message>
    <message>
        <source>Qt's built-in player</source>
        <translation>Встроенный проигрыватель Qt</translation>
    </message>
    <message>
        <source>Use another &amp;file…</source>
        <translation>Использовать другой &amp;файл…</translation>
    </message>
    <message>
        <source>Numbers below this are shown as “fewer than N” in reports, so that no one can be recognised. Never below 3.</source>
        <translation>Числа меньше этого порога показываются в отчётах как «меньше N», чтобы никого нельзя было узнать. Не меньше 3.</translation>
    </message>
    <message>
        <source>Keep the records in this file</source>
        <translation>Хранить записи в этом файле</translation>
    </message>
    <message>
        <source>Records (*.db)</source>
        <translation>Записи (*.db)</translation>
    </message>
    <message>
        <source>Automatic (the second screen)</source>
        <translation>Автоматически (второй экран)</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (не подключён)</translation>
    </message>
    <message>
        <source>Not open</source>
        <translation>Не открыты</translation>
    </message>
    <message>
        <source>From the next start the records will be kept in %1. Restart the program for the change to take effect.</source>
        <translation>Со следующего запуска записи будут храниться в %1. Перезапустите программу, чтобы изменение вступило в силу.</translation>
    </message>
    <message>
        <source>Changing where the records are kept takes effect when the program is started again.</source>
        <translation>Новое место хранения записей начнёт действовать при следующем запуске программы.</translation>
    </message>
</context>
<context>
    <name>ShareNoteDialog</name>
    <message>
        <source>Share a note with the host</source>
        <translation>Поделиться заметкой с организатором</translation>
    </message>
    <message>
        <source>A shared note goes to the host in the meeting summary. Write it so that nobody can be recognised: no names, numbers or addresses.</source>
        <translation>Общая заметка попадёт к организатору в отчёт о встрече. Пишите так, чтобы никого нельзя было узнать: без имён, номеров и адресов.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>a CPR number</source>
        <translation>номер CPR</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>номер телефона</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>адрес электронной почты</translation>
    </message>
    <message>
        <source>a first name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>This note may identify someone: %1. Change it before sharing, or share anyway if it is not about a person.</source>
        <translation>Эта заметка может указывать на человека: %1. Измените её перед тем, как поделиться, или всё равно поделитесь, если речь не о человеке.</translation>
    </message>
    <message>
        <source>Share anyway</source>
        <translation>Всё равно поделиться</translation>
    </message>
    <message>
        <source>Share with the host</source>
        <translation>Поделиться с организатором</translation>
    </message>
</context>
<context>
    <name>SkipStepDialog</name>
    <message>
        <source>Skip a step</source>
        <translation>Пропустить шаг</translation>
    </message>
    <message>
        <source>Step to skip</source>
        <translation>Какой шаг пропустить</translation>
    </message>
    <message>
        <source>Why is it left out? (for the meeting's record)</source>
        <translation>Почему его пропускают? (для записи о встрече)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Not enough time</source>
        <translation>Не хватило времени</translation>
    </message>
    <message>
        <source>The group needed something else</source>
        <translation>Группе было нужно другое</translation>
    </message>
    <message>
        <source>Room or equipment</source>
        <translation>Помещение или техника</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Пропустить шаг</translation>
    </message>
    <message>
        <source>Every step is done or already skipped.</source>
        <translation>Все шаги пройдены или уже пропущены.</translation>
    </message>
    <message>
        <source>This step is part of the manual; leaving it out is recorded as a deviation with its reason.</source>
        <translation>Этот шаг входит в методичку; его пропуск записывается как отклонение с причиной.</translation>
    </message>
    <message>
        <source>This step is optional; leaving it out is not a deviation.</source>
        <translation>Этот шаг необязательный; его пропуск не считается отклонением.</translation>
    </message>
</context>
<context>
    <name>StepTimer</name>
    <message>
        <source>This step</source>
        <translation>Этот шаг</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>по времени</translation>
    </message>
    <message>
        <source>nearly at the planned time</source>
        <translation>почти плановое время</translation>
    </message>
    <message>
        <source>over the planned time</source>
        <translation>больше планового времени</translation>
    </message>
    <message>
        <source>Step time</source>
        <translation>Время шага</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>The records are not open, so nothing can be saved yet.</source>
        <translation>Записи не открыты, поэтому пока ничего нельзя сохранить.</translation>
    </message>
    <message>
        <source>The passphrase is not right, so the records stay locked; nothing was changed.</source>
        <translation>Парольная фраза неверна, поэтому записи остаются закрытыми; ничего не изменено.</translation>
    </message>
    <message>
        <source>The records are encrypted; enter the passphrase to open them.</source>
        <translation>Записи зашифрованы; введите парольную фразу, чтобы открыть их.</translation>
    </message>
    <message>
        <source>The records file is damaged or is not a Facilitator Companion store; it was left as it was, so restore a backup.</source>
        <translation>Файл записей повреждён или не принадлежит «Помощнику ведущего»; он оставлен как есть — восстановите резервную копию.</translation>
    </message>
    <message>
        <source>The folder holding the records cannot be written to, so nothing can be saved; nothing was changed.</source>
        <translation>В папку с записями нельзя писать, поэтому ничего нельзя сохранить; ничего не изменено.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change was not saved; free some space and try again.</source>
        <translation>Диск заполнен, поэтому последнее изменение не сохранено; освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>The records are in use by another program; close it and try again.</source>
        <translation>Записи используются другой программой; закройте её и попробуйте снова.</translation>
    </message>
    <message>
        <source>The database server cannot be reached, so the records cannot be opened.</source>
        <translation>Сервер баз данных недоступен, поэтому записи нельзя открыть.</translation>
    </message>
    <message>
        <source>The records were written by a newer version of Facilitator Companion; update the program to open them.</source>
        <translation>Записи созданы более новой версией «Помощника ведущего»; обновите программу, чтобы открыть их.</translation>
    </message>
    <message>
        <source>The records could not be brought up to date; they were left as they were and a backup was kept.</source>
        <translation>Не удалось обновить записи; они оставлены как есть, резервная копия сохранена.</translation>
    </message>
    <message>
        <source>The backup could not be made or read.</source>
        <translation>Не удалось создать или прочитать резервную копию.</translation>
    </message>
    <message>
        <source>This program backs up only records kept in a file; a database server is backed up by its administrator.</source>
        <translation>Программа делает резервные копии только записей в файле; сервер баз данных резервирует его администратор.</translation>
    </message>
    <message>
        <source>The record asked for does not exist (it may have been erased).</source>
        <translation>Запрошенная запись не существует (возможно, она удалена).</translation>
    </message>
    <message>
        <source>The change was not saved because it is not valid:</source>
        <translation>Изменение не сохранено, так как оно некорректно:</translation>
    </message>
    <message>
        <source>The records could not be read or saved.</source>
        <translation>Не удалось прочитать или сохранить записи.</translation>
    </message>
    <message>
        <source>Something went wrong, and the last action was not completed. Nothing else was changed.</source>
        <translation>Что-то пошло не так, и последнее действие не выполнено. Больше ничего не изменено.</translation>
    </message>
    <message>
        <source>Facilitator Companion</source>
        <translation>Помощник ведущего</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message>
        <source>Wrap up the meeting</source>
        <translation>Завершение встречи</translation>
    </message>
    <message>
        <source>1. Attendance</source>
        <translation>1. Посещаемость</translation>
    </message>
    <message>
        <source>2. Steps not delivered</source>
        <translation>2. Непройденные шаги</translation>
    </message>
    <message>
        <source>Every step of the manual was delivered or skipped with a reason.</source>
        <translation>Все шаги методички пройдены или пропущены с указанием причины.</translation>
    </message>
    <message>
        <source>These steps were not reached. Say briefly why (for example: not enough time); they are recorded as skipped.</source>
        <translation>До этих шагов не дошли. Коротко укажите причину (например, не хватило времени); они будут записаны как пропущенные.</translation>
    </message>
    <message>
        <source>3. Steps that ran long</source>
        <translation>3. Шаги, занявшие больше времени</translation>
    </message>
    <message>
        <source>No step ran much longer than planned.</source>
        <translation>Ни один шаг не занял намного больше времени, чем планировалось.</translation>
    </message>
    <message>
        <source>These steps took more than one and a half times their planned time. A note is optional.</source>
        <translation>Эти шаги заняли больше чем в полтора раза дольше плана. Заметка — по желанию.</translation>
    </message>
    <message>
        <source>%1: %2 (planned %3)</source>
        <translation>%1: %2 (по плану %3)</translation>
    </message>
    <message>
        <source>Optional note, e.g. the group wanted more time</source>
        <translation>Заметка по желанию, например: группе нужно было больше времени</translation>
    </message>
    <message>
        <source>Reason (needed)</source>
        <translation>Причина (обязательно)</translation>
    </message>
    <message>
        <source>4. Notes and what is shared with the host</source>
        <translation>4. Заметки и что передаётся организатору</translation>
    </message>
    <message>
        <source>Back to the meeting</source>
        <translation>Вернуться к встрече</translation>
    </message>
    <message>
        <source>Finish the meeting</source>
        <translation>Завершить встречу</translation>
    </message>
    <message>
        <source>Export summary…</source>
        <translation>Экспортировать отчёт…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The meeting is finished and saved.</source>
        <translation>Встреча завершена и сохранена.</translation>
    </message>
    <message numerus="yes">
        <source>Not marked yet: %Ln. Mark each code as present, late, excused or absent.</source>
        <translation><numerusform>Ещё не отмечен %Ln код. Отметьте каждый: присутствует, опоздал(а), уважительная причина или отсутствует.</numerusform><numerusform>Ещё не отмечено %Ln кода. Отметьте каждый: присутствует, опоздал(а), уважительная причина или отсутствует.</numerusform><numerusform>Ещё не отмечено %Ln кодов. Отметьте каждый: присутствует, опоздал(а), уважительная причина или отсутствует.</numerusform></translation>
    </message>
    <message>
        <source>Every code is marked.</source>
        <translation>Все коды отмечены.</translation>
    </message>
</context>
</TS>