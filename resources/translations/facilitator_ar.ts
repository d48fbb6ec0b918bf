<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>Labels</name>
    <message>
        <source>Welcome</source>
        <translation>ترحيب</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>جولة افتتاحية</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <source>Psychoeducation</source>
        <translation>تثقيف نفسي</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>فيلم</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>تمرين</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>نقاش</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>استراحة</translation>
    </message>
    <message>
        <source>Round-up</source>
        <translation>ختام</translation>
    </message>
    <message>
        <source>Home task</source>
        <translation>مهمة منزلية</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n programme package(s) could not be read; run 'facilitator validate' on them for details.</source>
        <translation><numerusform>لم تتم قراءة أي حزمة برامج (%n)؛ شغّل 'facilitator validate' لمعرفة التفاصيل.</numerusform><numerusform>تعذّرت قراءة حزمة برامج واحدة؛ شغّل 'facilitator validate' عليها لمعرفة التفاصيل.</numerusform><numerusform>تعذّرت قراءة حزمتَي برامج؛ شغّل 'facilitator validate' عليهما لمعرفة التفاصيل.</numerusform><numerusform>تعذّرت قراءة %n حزم برامج؛ شغّل 'facilitator validate' عليها لمعرفة التفاصيل.</numerusform><numerusform>تعذّرت قراءة %n حزمة برامج؛ شغّل 'facilitator validate' عليها لمعرفة التفاصيل.</numerusform><numerusform>تعذّرت قراءة %n حزمة برامج؛ شغّل 'facilitator validate' عليها لمعرفة التفاصيل.</numerusform></translation>
    </message>
    <message>
        <source>The programmes could not be loaded: %1</source>
        <translation>تعذّر تحميل البرامج: %1</translation>
    </message>
    <message>
        <source>Facilitator Companion</source>
        <translation>رفيق الميسّر</translation>
    </message>
    <message>
        <source>Loading programmes…</source>
        <translation>جارٍ تحميل البرامج…</translation>
    </message>
    <message>
        <source>No programmes are installed. Install a programme package with: facilitator install PATH</source>
        <translation>لا توجد برامج مثبّتة. ثبّت حزمة برامج بالأمر: facilitator install PATH</translation>
    </message>
</context>
<context>
    <name>ProgrammeBrowser</name>
    <message>
        <source>Content &amp;language:</source>
        <translation>&amp;لغة المحتوى:</translation>
    </message>
    <message>
        <source>Content language</source>
        <translation>لغة المحتوى</translation>
    </message>
    <message>
        <source>Programmes and sessions</source>
        <translation>البرامج واللقاءات</translation>
    </message>
    <message>
        <source>Steps of the session</source>
        <translation>خطوات اللقاء</translation>
    </message>
    <message>
        <source>Facilitator script</source>
        <translation>نص الميسّر</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>على جهاز العرض</translation>
    </message>
    <message>
        <source>Tips for the facilitator (not read aloud)</source>
        <translation>نصائح للميسّر (لا تُقرأ بصوت عالٍ)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n دقيقة</numerusform><numerusform>دقيقة واحدة</numerusform><numerusform>دقيقتان</numerusform><numerusform>%n دقائق</numerusform><numerusform>%n دقيقة</numerusform><numerusform>%n دقيقة</numerusform></translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (اختياري)</translation>
    </message>
    <message>
        <source>No programme selected</source>
        <translation>لم يتم اختيار برنامج</translation>
    </message>
    <message>
        <source>film: %1</source>
        <translation>فيلم: %1</translation>
    </message>
</context>
</TS>