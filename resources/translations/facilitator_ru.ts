<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
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
        <source>Facilitator Companion</source>
        <translation>Помощник ведущего</translation>
    </message>
    <message>
        <source>Loading programmes…</source>
        <translation>Загрузка программ…</translation>
    </message>
    <message>
        <source>No programmes are installed. Install a programme package with: facilitator install PATH</source>
        <translation>Программы не установлены. Установите пакет программы командой: facilitator install ПУТЬ</translation>
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
</context>
</TS>