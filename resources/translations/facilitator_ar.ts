<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>done</source>
        <translation>تمّ</translation>
    </message>
    <message>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>تم تخطّيه</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>لاحقًا</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation><numerusform>%Ln دقيقة</numerusform><numerusform>دقيقة واحدة</numerusform><numerusform>دقيقتان</numerusform><numerusform>%Ln دقائق</numerusform><numerusform>%Ln دقيقة</numerusform><numerusform>%Ln دقيقة</numerusform></translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Click a code (or press Enter on it) to move it on: present, late, excused, absent. Right-click to choose.</source>
        <translation>انقر على الرمز (أو اضغط Enter عليه) لتغيير حالته: حاضر، متأخر، معتذر، غائب. انقر بالزر الأيمن للاختيار مباشرة.</translation>
    </message>
    <message>
        <source>New code, e.g. P09</source>
        <translation>رمز جديد، مثل P09</translation>
    </message>
    <message>
        <source>New participant code</source>
        <translation>رمز مشارك جديد</translation>
    </message>
    <message>
        <source>Add code</source>
        <translation>أضف الرمز</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Undo the last tick, skip or deletion (Ctrl+Z)</source>
        <translation>تراجع عن آخر تسجيل حضور أو تخطٍّ أو حذف (Ctrl+Z)</translation>
    </message>
    <message>
        <source>The code %1 is already in this course.</source>
        <translation>الرمز %1 موجود بالفعل في هذه الدورة.</translation>
    </message>
    <message>
        <source>A code is up to three letters and a number, like P09; never a name.</source>
        <translation>الرمز هو ثلاثة أحرف لاتينية على الأكثر ورقم، مثل P09؛ وليس اسمًا أبدًا.</translation>
    </message>
    <message numerus="yes">
        <source>Here: %Ln</source>
        <translation><numerusform>الحاضرون: %Ln</numerusform><numerusform>الحاضرون: %Ln</numerusform><numerusform>الحاضرون: %Ln</numerusform><numerusform>الحاضرون: %Ln</numerusform><numerusform>الحاضرون: %Ln</numerusform><numerusform>الحاضرون: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not marked: %Ln</source>
        <translation><numerusform>غير مسجّل: %Ln</numerusform><numerusform>غير مسجّل: %Ln</numerusform><numerusform>غير مسجّلين: %Ln</numerusform><numerusform>غير مسجّلين: %Ln</numerusform><numerusform>غير مسجّلين: %Ln</numerusform><numerusform>غير مسجّلين: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Codes: %Ln</source>
        <translation><numerusform>الرموز: %Ln</numerusform><numerusform>الرموز: %Ln</numerusform><numerusform>الرموز: %Ln</numerusform><numerusform>الرموز: %Ln</numerusform><numerusform>الرموز: %Ln</numerusform><numerusform>الرموز: %Ln</numerusform></translation>
    </message>
</context>
<context>
    <name>CoordinatorDashboard</name>
    <message>
        <source>Opening the coordinator store…</source>
        <translation>جارٍ فتح قاعدة بيانات المنسّق…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <source>Coordinator dashboard</source>
        <translation>لوحة المنسّق</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;استيراد الحزم…</translation>
    </message>
    <message>
        <source>Host &amp;report…</source>
        <translation>&amp;تقرير الجهة المضيفة…</translation>
    </message>
    <message>
        <source>meetings held</source>
        <translation>لقاءات عُقدت</translation>
    </message>
    <message>
        <source>courses</source>
        <translation>دورات</translation>
    </message>
    <message>
        <source>attendances</source>
        <translation>مرات حضور</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>الاستمرار</translation>
    </message>
    <message>
        <source>people reached</source>
        <translation>أشخاص تم الوصول إليهم</translation>
    </message>
    <message>
        <source>course reports received</source>
        <translation>تقارير دورات مستلمة</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Meetings in the period: %1</source>
        <translation>اللقاءات في هذه الفترة: %1</translation>
    </message>
    <message>
        <source>No meetings in this period. Import data bundles, or choose another period or host.</source>
        <translation>لا توجد لقاءات في هذه الفترة. استورد حزم البيانات، أو اختر فترة أو جهة مضيفة أخرى.</translation>
    </message>
</context>
<context>
    <name>CoordinatorFigures</name>
    <message>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>other languages</source>
        <translation>لغات أخرى</translation>
    </message>
    <message>
        <source>“&lt;%1”: fewer than %1. “x”: hidden so that a small number cannot be worked out from the totals. Charts leave both out.</source>
        <translation>“&lt;%1”: أقل من %1. “x”: مخفي حتى لا يمكن استنتاج رقم صغير من المجاميع. الرسوم البيانية لا تعرض أيًّا منهما.</translation>
    </message>
    <message>
        <source>Films</source>
        <translation>الأفلام</translation>
    </message>
    <message>
        <source>Films shown</source>
        <translation>الأفلام المعروضة</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>الفيلم</translation>
    </message>
    <message>
        <source>Times shown</source>
        <translation>مرات العرض</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Themes raised in shareable notes</source>
        <translation>المواضيع المطروحة في الملاحظات القابلة للمشاركة</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>الأشهر</translation>
    </message>
    <message>
        <source>Meetings per month</source>
        <translation>اللقاءات في كل شهر</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>اللقاءات</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>مرات الحضور</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>اللقاءات بالترتيب</translation>
    </message>
    <message>
        <source>Attendance by session number</source>
        <translation>الحضور حسب رقم اللقاء</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>اللقاء</translation>
    </message>
    <message>
        <source>Of the first session</source>
        <translation>من اللقاء الأول</translation>
    </message>
    <message>
        <source>Retention (latest meeting ÷ first, per course): %1</source>
        <translation>الاستمرار (آخر لقاء ÷ أول لقاء، لكل دورة): %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Gender and age</source>
        <translation>الجنس والعمر</translation>
    </message>
    <message>
        <source>People reached by gender and age band</source>
        <translation>الأشخاص الذين تم الوصول إليهم حسب الجنس والفئة العمرية</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Too few people to show this breakdown without revealing someone.</source>
        <translation>عدد الأشخاص قليل جدًا لعرض هذا التوزيع دون كشف هوية أحد.</translation>
    </message>
    <message>
        <source>From the course reports of %1 of %2 courses with a meeting in the period.</source>
        <translation>من تقارير %1 من أصل %2 دورة عُقد فيها لقاء خلال الفترة.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>People reached by language</source>
        <translation>الأشخاص الذين تم الوصول إليهم حسب اللغة</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>الالتزام بالدليل</translation>
    </message>
    <message>
        <source>Adherence per programme</source>
        <translation>الالتزام بالدليل لكل برنامج</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Required steps delivered ÷ required steps planned, averaged over the meetings.</source>
        <translation>الخطوات الإلزامية المنفّذة ÷ الخطوات الإلزامية المخطط لها، كمتوسط على اللقاءات.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>Referrals by destination</source>
        <translation>الإحالات حسب الجهة</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>أُحيل إلى</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <source>Coordinator dashboard – Facilitator Companion</source>
        <translation>لوحة المنسّق – رفيق الميسّر</translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <source>New course</source>
        <translation>دورة جديدة</translation>
    </message>
    <message>
        <source>Course: %1</source>
        <translation>الدورة: %1</translation>
    </message>
    <message>
        <source>A participant code is up to three letters and a number, like P07; never a name.</source>
        <translation>رمز المشارك هو حتى ثلاثة أحرف ورقم، مثل P07؛ وليس اسمًا أبدًا.</translation>
    </message>
    <message>
        <source>The code %1 is already used in this course.</source>
        <translation>الرمز %1 مستخدم من قبل في هذه الدورة.</translation>
    </message>
    <message>
        <source>Choose a programme; install one under Programmes first.</source>
        <translation>اختر برنامجًا؛ ثبّت برنامجًا أولًا من صفحة البرامج.</translation>
    </message>
    <message>
        <source>Choose the host, or create one with “New host…”.</source>
        <translation>اختر الجهة المضيفة، أو أنشئ واحدة عبر «جهة مضيفة جديدة…».</translation>
    </message>
    <message>
        <source>Tick at least one language the group speaks.</source>
        <translation>حدّد لغة واحدة على الأقل يتحدثها أفراد المجموعة.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 will be used for the meetings not yet held; the %n meeting(s) already held keep their version.</source>
        <translation><numerusform>سيُستخدم الإصدار %1 في اللقاءات التي لم تُعقد بعد؛ ولا توجد لقاءات معقودة (%n).</numerusform><numerusform>سيُستخدم الإصدار %1 في اللقاءات التي لم تُعقد بعد؛ ويحتفظ اللقاء الذي عُقد بإصداره.</numerusform><numerusform>سيُستخدم الإصدار %1 في اللقاءات التي لم تُعقد بعد؛ ويحتفظ اللقاءان اللذان عُقدا بإصدارهما.</numerusform><numerusform>سيُستخدم الإصدار %1 في اللقاءات التي لم تُعقد بعد؛ وتحتفظ %n لقاءات عُقدت بإصدارها.</numerusform><numerusform>سيُستخدم الإصدار %1 في اللقاءات التي لم تُعقد بعد؛ ويحتفظ %n لقاءً عُقد بإصداره.</numerusform><numerusform>سيُستخدم الإصدار %1 في اللقاءات التي لم تُعقد بعد؛ ويحتفظ %n لقاء عُقد بإصداره.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) already held keep their version if you choose another.</source>
        <translation><numerusform>لا توجد لقاءات معقودة (%n).</numerusform><numerusform>إذا اخترت إصدارًا آخر، يحتفظ اللقاء الذي عُقد بإصداره.</numerusform><numerusform>إذا اخترت إصدارًا آخر، يحتفظ اللقاءان اللذان عُقدا بإصدارهما.</numerusform><numerusform>إذا اخترت إصدارًا آخر، تحتفظ %n لقاءات عُقدت بإصدارها.</numerusform><numerusform>إذا اخترت إصدارًا آخر، يحتفظ %n لقاءً عُقد بإصداره.</numerusform><numerusform>إذا اخترت إصدارًا آخر، يحتفظ %n لقاء عُقد بإصداره.</numerusform></translation>
    </message>
    <message>
        <source>Times are in the host's time zone, %1.</source>
        <translation>الأوقات بتوقيت المنطقة الزمنية للجهة المضيفة، %1.</translation>
    </message>
    <message>
        <source>Times are in the host's time zone; choose the host first.</source>
        <translation>الأوقات بتوقيت المنطقة الزمنية للجهة المضيفة؛ اختر الجهة المضيفة أولًا.</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;البرنامج:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;الإصدار:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;الجهة المضيفة:</translation>
    </message>
    <message>
        <source>&amp;Title (optional):</source>
        <translation>&amp;العنوان (اختياري):</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;المكان:</translation>
    </message>
    <message>
        <source>&amp;Group languages:</source>
        <translation>&amp;لغات المجموعة:</translation>
    </message>
    <message>
        <source>&amp;Facilitators' language:</source>
        <translation>&amp;لغة الميسّرين:</translation>
    </message>
    <message>
        <source>Facilitators' &amp;initials:</source>
        <translation>&amp;الأحرف الأولى لأسماء الميسّرين:</translation>
    </message>
    <message>
        <source>New host…</source>
        <translation>جهة مضيفة جديدة…</translation>
    </message>
    <message>
        <source>Edit host…</source>
        <translation>تعديل الجهة المضيفة…</translation>
    </message>
    <message>
        <source>For example: Parents' group, spring</source>
        <translation>مثلًا: مجموعة الأهل، الربيع</translation>
    </message>
    <message>
        <source>For example: the library's meeting room</source>
        <translation>مثلًا: قاعة الاجتماعات في المكتبة</translation>
    </message>
    <message>
        <source>For example: AH, MK</source>
        <translation>مثلًا: AH, MK</translation>
    </message>
    <message>
        <source>Group languages</source>
        <translation>لغات المجموعة</translation>
    </message>
    <message>
        <source>&amp;First meeting:</source>
        <translation>&amp;اللقاء الأول:</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;الساعة:</translation>
    </message>
    <message>
        <source>&amp;Meetings:</source>
        <translation>&amp;عدد اللقاءات:</translation>
    </message>
    <message>
        <source>Make a &amp;weekly schedule</source>
        <translation>&amp;جدول أسبوعي</translation>
    </message>
    <message>
        <source>&amp;Number of codes:</source>
        <translation>&amp;عدد الرموز:</translation>
    </message>
    <message>
        <source>Or type a c&amp;ode:</source>
        <translation>أو اكتب &amp;رمزًا:</translation>
    </message>
    <message>
        <source>&amp;Add codes</source>
        <translation>&amp;أضف الرموز</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>أ&amp;ضف</translation>
    </message>
    <message>
        <source>Codes only, never names. The list that links codes to people stays on paper with you. Age band, gender and language are optional.</source>
        <translation>رموز فقط، وليس أسماء أبدًا. تبقى القائمة التي تربط الرموز بالأشخاص على الورق معك. الفئة العمرية والجنس واللغة اختيارية.</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation>الدورات</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>&amp;دورة جديدة…</translation>
    </message>
    <message>
        <source>&amp;Edit course…</source>
        <translation>&amp;تعديل الدورة…</translation>
    </message>
    <message>
        <source>E&amp;xport course report…</source>
        <translation>&amp;تصدير تقرير الدورة…</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>الجهة المضيفة</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>اللقاء القادم</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>اللقاءات المعقودة</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(تجريبي)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>No courses yet. Create one with “New course…”.</source>
        <translation>لا توجد دورات بعد. أنشئ دورة عبر «دورة جديدة…».</translation>
    </message>
</context>
<context>
    <name>DashboardActions</name>
    <message>
        <source>Import data bundles from a folder</source>
        <translation>استيراد حزم البيانات من مجلد</translation>
    </message>
    <message>
        <source>Write the host report</source>
        <translation>كتابة تقرير الجهة المضيفة</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV for spreadsheets (*.csv)</source>
        <translation>PDF (*.pdf);;CSV لجداول البيانات (*.csv)</translation>
    </message>
    <message>
        <source>%1 imported, %2 already there, %3 replaced by a newer export, %4 rejected.</source>
        <translation>تم استيراد %1، و%2 موجودة مسبقًا، و%3 استُبدلت بتصدير أحدث، و%4 مرفوضة.</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>تم حفظ التقرير في %1.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the session summary</source>
        <translation>تصدير ملخص اللقاء</translation>
    </message>
    <message>
        <source>Export the course report</source>
        <translation>تصدير تقرير الدورة</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;الصيغة:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>احفظ &amp;في:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>PDF for the host</source>
        <translation>ملف PDF للجهة المضيفة</translation>
    </message>
    <message>
        <source>Data bundle for the coordinator</source>
        <translation>حزمة بيانات للمنسّق</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet</source>
        <translation>ملف CSV لجدول بيانات</translation>
    </message>
    <message>
        <source>The host's language</source>
        <translation>لغة الجهة المضيفة</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>احفظ في</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>Preparing the summary…</source>
        <translation>جارٍ إعداد الملخص…</translation>
    </message>
    <message>
        <source>Not exported. Change the shared notes, then export again.</source>
        <translation>لم يتم التصدير. عدّل الملاحظات المشتركة، ثم صدّر مرة أخرى.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <source>Saved as %1 (revision %2).</source>
        <translation>حُفظ باسم %1 (المراجعة %2).</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>فشل التصدير: %1</translation>
    </message>
    <message>
        <source>a CPR number</source>
        <translation>رقم CPR</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>رقم هاتف</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <source>a first name</source>
        <translation>اسم شخص</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>الملاحظة %1</translation>
    </message>
    <message>
        <source>reason %1</source>
        <translation>السبب %1</translation>
    </message>
    <message>
        <source>This may identify someone</source>
        <translation>قد يكشف هذا عن هوية شخص ما</translation>
    </message>
    <message>
        <source>The text that would leave the laptop may identify someone:</source>
        <translation>قد يكشف النص الذي سيغادر الحاسوب عن هوية شخص ما:</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>صدّر على أي حال</translation>
    </message>
</context>
<context>
    <name>FacilitatorWindow</name>
    <message>
        <source>Live meeting: %1</source>
        <translation>لقاء جارٍ: %1</translation>
    </message>
    <message>
        <source>Attendance (A)</source>
        <translation>الحضور (A)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Safety card</source>
        <translation>بطاقة السلامة</translation>
    </message>
    <message>
        <source>Skip a step…</source>
        <translation>تخطَّ خطوة…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Left arrow or Page Up</source>
        <translation>السهم الأيسر أو Page Up</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>Right arrow, Page Down or Space</source>
        <translation>السهم الأيمن أو Page Down أو المسافة</translation>
    </message>
    <message>
        <source>B or . (full stop)</source>
        <translation>B أو . (النقطة)</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>جهاز العرض</translation>
    </message>
    <message>
        <source>F5: show on the second screen; Esc leaves full screen</source>
        <translation>F5: اعرض على الشاشة الثانية؛ Esc للخروج من ملء الشاشة</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>نص كبير</translation>
    </message>
    <message>
        <source>Wrap up…</source>
        <translation>اختتم اللقاء…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Keys: → or Space next · ← previous · B blank · F5 projector · Esc window · A attendance · P pause · Ctrl+N note · Ctrl+K skip · Ctrl+Z undo</source>
        <translation>المفاتيح: → أو المسافة التالي · ← السابق · B شاشة سوداء · F5 جهاز العرض · Esc نافذة · A الحضور · P إيقاف مؤقت · Ctrl+N ملاحظة · Ctrl+K تخطٍّ · Ctrl+Z تراجع</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Play or pause the film</source>
        <translation>شغّل الفيلم أو أوقفه مؤقتًا</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>This is the last step. Wrap up when you are ready (Ctrl+E).</source>
        <translation>هذه هي الخطوة الأخيرة. اختتم اللقاء حين تكون مستعدًّا (Ctrl+E).</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>التالي: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>P: the clocks stop while the meeting is paused</source>
        <translation>P: تتوقف الساعات طوال الإيقاف المؤقت للقاء</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>اعرض مجددًا</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>شاشة سوداء</translation>
    </message>
    <message>
        <source>Projector: black and silent</source>
        <translation>جهاز العرض: شاشة سوداء بلا صوت</translation>
    </message>
    <message>
        <source>Projector: full screen on the second screen</source>
        <translation>جهاز العرض: ملء الشاشة على الشاشة الثانية</translation>
    </message>
    <message>
        <source>Projector: in a window on this screen</source>
        <translation>جهاز العرض: في نافذة على هذه الشاشة</translation>
    </message>
    <message>
        <source>Projector: off (F5 to show)</source>
        <translation>جهاز العرض: متوقف (F5 للعرض)</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>Chart</source>
        <translation>رسم بياني</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Show the figure as a chart</source>
        <translation>اعرض الأرقام كرسم بياني</translation>
    </message>
    <message>
        <source>Show the numbers behind the chart</source>
        <translation>اعرض الأرقام التي بُني عليها الرسم</translation>
    </message>
    <message>
        <source>Nothing to draw: every number here is too small to publish or hidden to protect one (see the table).</source>
        <translation>لا شيء لرسمه: كل رقم هنا أصغر من أن يُنشر أو مخفي لحماية رقم آخر (انظر الجدول).</translation>
    </message>
</context>
<context>
    <name>FilmControls</name>
    <message>
        <source>From the start</source>
        <translation>من البداية</translation>
    </message>
    <message>
        <source>−10 s</source>
        <translation>−١٠ ث</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+١٠ ث</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>شاشة سوداء</translation>
    </message>
    <message>
        <source>&amp;Subtitles:</source>
        <translation>ال&amp;ترجمة:</translation>
    </message>
    <message>
        <source>S&amp;ound:</source>
        <translation>ال&amp;صوت:</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>مستوى ال&amp;صوت:</translation>
    </message>
    <message>
        <source>Play the film from the start</source>
        <translation>شغّل الفيلم من البداية</translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation>رجوع ١٠ ثوانٍ</translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation>تقدّم ١٠ ثوانٍ</translation>
    </message>
    <message>
        <source>Blank the projector and silence the film</source>
        <translation>أطفئ صورة جهاز العرض وأسكت الفيلم</translation>
    </message>
    <message>
        <source>Film position</source>
        <translation>موضع الفيلم</translation>
    </message>
    <message>
        <source>Subtitle language</source>
        <translation>لغة الترجمة</translation>
    </message>
    <message>
        <source>Sound language</source>
        <translation>لغة الصوت</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <source>Film message</source>
        <translation>رسالة عن الفيلم</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Pause the film</source>
        <translation>أوقف الفيلم مؤقتًا</translation>
    </message>
    <message>
        <source>Play the film</source>
        <translation>شغّل الفيلم</translation>
    </message>
    <message>
        <source>%1 / −%2</source>
        <translation>%1 / −%2</translation>
    </message>
    <message>
        <source>%1 played, %2 left</source>
        <translation>مضى %1، وبقي %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>بدون</translation>
    </message>
</context>
<context>
    <name>FilmSurface</name>
    <message>
        <source>Film picture</source>
        <translation>صورة الفيلم</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;الفترة</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;الجهة المضيفة</translation>
    </message>
    <message>
        <source>P&amp;rogramme</source>
        <translation>ال&amp;برنامج</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغ&amp;ة</translation>
    </message>
    <message>
        <source>Include &amp;demo data</source>
        <translation>تضمين البيانات الت&amp;جريبية</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>كل الفترات</translation>
    </message>
    <message>
        <source>This half-year</source>
        <translation>نصف السنة الحالي</translation>
    </message>
    <message>
        <source>Previous half-year</source>
        <translation>نصف السنة السابق</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>هذه السنة</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>آخر 12 شهرًا</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>تواريخ مختارة</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>كل الجهات المضيفة</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>كل البرامج</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
</context>
<context>
    <name>FirstStartPanel</name>
    <message>
        <source>Welcome to Facilitator Companion</source>
        <translation>مرحبًا بك في رفيق الميسّر</translation>
    </message>
    <message>
        <source>Facilitator Companion guides you through the meetings of a group course, step by step, and works without the internet. Start by creating a course: choose the programme, the host and the dates of the meetings, and give each participant a code instead of a name. If you would like to look around first, fill the program with demo data; it is clearly marked as demo and can be erased later.</source>
        <translation>يرافقك رفيق الميسّر خطوة بخطوة خلال لقاءات الدورة الجماعية، ويعمل دون اتصال بالإنترنت. ابدأ بإنشاء دورة: اختر البرنامج والجهة المضيفة ومواعيد اللقاءات، وأعطِ كل مشارك رمزًا بدلًا من الاسم. وإن أردت أن تتعرّف على البرنامج أولًا، فاملأه ببيانات تجريبية؛ فهي معلَّمة بوضوح بأنها تجريبية ويمكن حذفها لاحقًا.</translation>
    </message>
    <message>
        <source>Create a course…</source>
        <translation>أنشئ دورة…</translation>
    </message>
    <message>
        <source>Fill with demo data</source>
        <translation>املأ ببيانات تجريبية</translation>
    </message>
    <message>
        <source>Making demo courses, hosts and meetings…</source>
        <translation>جارٍ إنشاء دورات وجهات مضيفة ولقاءات تجريبية…</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Meeting %1: %2</source>
        <translation>اللقاء %1: %2</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>اللقاء %1</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Rehearsed</source>
        <translation>مدة التمرين</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Steps overrun</source>
        <translation>خطوات تجاوزت الوقت</translation>
    </message>
    <message>
        <source>Rehearsals of this session</source>
        <translation>تمارين هذا اللقاء</translation>
    </message>
    <message>
        <source>(not finished)</source>
        <translation>(لم يكتمل)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>ابدأ اللقاء</translation>
    </message>
    <message>
        <source>Start the next meeting</source>
        <translation>ابدأ اللقاء القادم</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>دورة جديدة…</translation>
    </message>
    <message>
        <source>Rehearse a session…</source>
        <translation>تمرّن على جلسة…</translation>
    </message>
    <message>
        <source>Run any session of any programme as practice; nothing about people is recorded.</source>
        <translation>شغّل أي جلسة من أي برنامج للتمرّن؛ لا يُسجَّل شيء عن الأشخاص.</translation>
    </message>
    <message>
        <source>Today's meetings</source>
        <translation>لقاءات اليوم</translation>
    </message>
    <message>
        <source>Coming up (four weeks)</source>
        <translation>خلال الأسابيع الأربعة القادمة</translation>
    </message>
    <message>
        <source>Coming meetings</source>
        <translation>اللقاءات القادمة</translation>
    </message>
    <message>
        <source>Opening your records…</source>
        <translation>جارٍ فتح سجلاتك…</translation>
    </message>
    <message>
        <source>Your records could not be opened. %1</source>
        <translation>تعذّر فتح سجلاتك. %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 الساعة %2</translation>
    </message>
    <message>
        <source>held</source>
        <translation>عُقد</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>تجريبي</translation>
    </message>
    <message>
        <source>No meetings today.</source>
        <translation>لا لقاءات اليوم.</translation>
    </message>
    <message>
        <source>No meetings in the next four weeks.</source>
        <translation>لا لقاءات خلال الأسابيع الأربعة القادمة.</translation>
    </message>
    <message>
        <source>No meeting is planned.</source>
        <translation>لا يوجد لقاء مخطط له.</translation>
    </message>
    <message>
        <source>Plan the meetings of a course in its schedule.</source>
        <translation>خطِّط لقاءات الدورة في جدولها.</translation>
    </message>
    <message>
        <source>Next, today at %1</source>
        <translation>التالي: اليوم الساعة %1</translation>
    </message>
    <message>
        <source>Next, %1 at %2</source>
        <translation>التالي: %1 الساعة %2</translation>
    </message>
</context>
<context>
    <name>HostEditor</name>
    <message>
        <source>Host</source>
        <translation>الجهة المضيفة</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>الجهة المضيفة: %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;المنطقة:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;المنطقة الزمنية:</translation>
    </message>
    <message>
        <source>For example: Aarhus Municipality</source>
        <translation>مثلًا: بلدية آرهوس</translation>
    </message>
    <message>
        <source>Town or neighbourhood</source>
        <translation>المدينة أو الحي</translation>
    </message>
    <message>
        <source>Safety card</source>
        <translation>بطاقة السلامة</translation>
    </message>
    <message>
        <source>Card &amp;in:</source>
        <translation>&amp;لغة البطاقة:</translation>
    </message>
    <message>
        <source>Local &amp;contacts:</source>
        <translation>جهات ال&amp;اتصال المحلية:</translation>
    </message>
    <message>
        <source>&amp;Referral steps:</source>
        <translation>خطوات الإ&amp;حالة:</translation>
    </message>
    <message>
        <source>Who to call, with opening hours: the host's contact person, emergency number, out-of-hours psychiatric help</source>
        <translation>بمن يُتصل، مع أوقات العمل: الشخص المسؤول لدى الجهة المضيفة، رقم الطوارئ، المساعدة النفسية خارج أوقات الدوام</translation>
    </message>
    <message>
        <source>What to do when a participant needs more help than the group can give</source>
        <translation>ما العمل عندما يحتاج أحد المشاركين إلى مساعدة أكبر مما تستطيع المجموعة تقديمه</translation>
    </message>
    <message>
        <source>Write the card in each language the facilitators need; they see it during every meeting of this host's courses.</source>
        <translation>اكتب البطاقة بكل لغة يحتاجها الميسّرون؛ فهم يرونها في كل لقاء من لقاءات دورات هذه الجهة.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>A host needs a name, such as the municipality or school.</source>
        <translation>تحتاج الجهة المضيفة إلى اسم، مثل البلدية أو المدرسة.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, for example Europe/Copenhagen.</source>
        <translation>اختر منطقة زمنية من القائمة، مثل Europe/Copenhagen.</translation>
    </message>
</context>
<context>
    <name>InstallProblemsDialog</name>
    <message>
        <source>The programme was not installed</source>
        <translation>لم يُثبَّت البرنامج</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not installed: %n problem(s) must be fixed in the package first.</source>
        <translation><numerusform>لم يُثبَّت %1 (%n).</numerusform><numerusform>لم يُثبَّت %1: يجب أولًا إصلاح مشكلة واحدة في الحزمة.</numerusform><numerusform>لم يُثبَّت %1: يجب أولًا إصلاح مشكلتين في الحزمة.</numerusform><numerusform>لم يُثبَّت %1: يجب أولًا إصلاح %n مشكلات في الحزمة.</numerusform><numerusform>لم يُثبَّت %1: يجب أولًا إصلاح %n مشكلة في الحزمة.</numerusform><numerusform>لم يُثبَّت %1: يجب أولًا إصلاح %n مشكلة في الحزمة.</numerusform></translation>
    </message>
    <message>
        <source>Problems in the package</source>
        <translation>المشكلات في الحزمة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
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
    <message>
        <source>under 18</source>
        <translation>أقل من 18</translation>
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
        <translation>غير مذكور</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>امرأة</translation>
    </message>
    <message>
        <source>man</source>
        <translation>رجل</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>معتذر</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>distress in the session</source>
        <translation>ضيق شديد أثناء اللقاء</translation>
    </message>
    <message>
        <source>safeguarding: a child</source>
        <translation>حماية: طفل</translation>
    </message>
    <message>
        <source>safeguarding: an adult</source>
        <translation>حماية: شخص بالغ</translation>
    </message>
    <message>
        <source>health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>housing or money</source>
        <translation>السكن أو المال</translation>
    </message>
    <message>
        <source>violence</source>
        <translation>العنف</translation>
    </message>
    <message>
        <source>not referred</source>
        <translation>لم تتم الإحالة</translation>
    </message>
    <message>
        <source>general practitioner</source>
        <translation>طبيب عام</translation>
    </message>
    <message>
        <source>municipal family counselling</source>
        <translation>الإرشاد الأسري في البلدية</translation>
    </message>
    <message>
        <source>psychiatry or psychology</source>
        <translation>الطب النفسي أو أخصائي نفسي</translation>
    </message>
    <message>
        <source>social services</source>
        <translation>الخدمات الاجتماعية</translation>
    </message>
    <message>
        <source>school or day care</source>
        <translation>المدرسة أو الحضانة</translation>
    </message>
    <message>
        <source>legal or asylum advice</source>
        <translation>استشارة قانونية أو استشارة لجوء</translation>
    </message>
    <message>
        <source>emergency services</source>
        <translation>خدمات الطوارئ</translation>
    </message>
    <message>
        <source>NGO or volunteer organisation</source>
        <translation>منظمة غير حكومية أو تطوعية</translation>
    </message>
</context>
<context>
    <name>LiveSessions</name>
    <message>
        <source>Facilitator Companion</source>
        <translation>رفيق الميسّر</translation>
    </message>
    <message>
        <source>The meeting cannot open: this course uses %1 version %2, which is not installed on this computer. Install that programme package first.</source>
        <translation>تعذّر فتح اللقاء: تستخدم هذه الدورة %1 الإصدار %2، وهو غير مثبّت على هذا الحاسوب. ثبّت حزمة البرنامج هذه أولًا.</translation>
    </message>
</context>
<context>
    <name>LiveUndo</name>
    <message>
        <source>attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>التخطّي</translation>
    </message>
    <message>
        <source>delete note</source>
        <translation>حذف الملاحظة</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>المخاوف</translation>
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
        <source>The programme of this course is not installed.</source>
        <translation>برنامج هذه الدورة غير مثبّت.</translation>
    </message>
    <message>
        <source>The course was saved.</source>
        <translation>حُفظت الدورة.</translation>
    </message>
    <message>
        <source>Facilitator Companion</source>
        <translation>رفيق الميسّر</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>الدورات</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Opening your records…</source>
        <translation>جارٍ فتح سجلاتك…</translation>
    </message>
    <message>
        <source>Loading programmes…</source>
        <translation>جارٍ تحميل البرامج…</translation>
    </message>
    <message>
        <source>No programmes are installed. Install a programme package with “Install from a file…” or: facilitator install PATH</source>
        <translation>لا توجد برامج مثبّتة. ثبّت حزمة برامج عبر «التثبيت من ملف…» أو بالأمر: facilitator install PATH</translation>
    </message>
</context>
<context>
    <name>MeetingClock</name>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>The meeting has finished</source>
        <translation>انتهى اللقاء</translation>
    </message>
    <message>
        <source>On plan</source>
        <translation>وفق الخطة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min behind the plan</source>
        <translation><numerusform>متأخر عن الخطة %Ln دقيقة</numerusform><numerusform>متأخر عن الخطة دقيقة واحدة</numerusform><numerusform>متأخر عن الخطة دقيقتين</numerusform><numerusform>متأخر عن الخطة %Ln دقائق</numerusform><numerusform>متأخر عن الخطة %Ln دقيقة</numerusform><numerusform>متأخر عن الخطة %Ln دقيقة</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ahead of the plan</source>
        <translation><numerusform>متقدّم على الخطة %Ln دقيقة</numerusform><numerusform>متقدّم على الخطة دقيقة واحدة</numerusform><numerusform>متقدّم على الخطة دقيقتين</numerusform><numerusform>متقدّم على الخطة %Ln دقائق</numerusform><numerusform>متقدّم على الخطة %Ln دقيقة</numerusform><numerusform>متقدّم على الخطة %Ln دقيقة</numerusform></translation>
    </message>
    <message>
        <source>Ends about %1</source>
        <translation>ينتهي نحو الساعة %1</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Notes of this meeting</source>
        <translation>ملاحظات هذا اللقاء</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>شارك…</translation>
    </message>
    <message>
        <source>Make private</source>
        <translation>اجعلها خاصة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Shared with the host</source>
        <translation>مشتركة مع الجهة المضيفة</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>خاصة</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Participant codes</source>
        <translation>رموز المشاركين</translation>
    </message>
    <message>
        <source>Age band of %1</source>
        <translation>الفئة العمرية لـ %1</translation>
    </message>
    <message>
        <source>Gender of %1</source>
        <translation>جنس %1</translation>
    </message>
    <message>
        <source>Language of %1</source>
        <translation>لغة %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Open your records</source>
        <translation>افتح سجلاتك</translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation>تعيين عبارة مرور</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>إزالة عبارة المرور</translation>
    </message>
    <message>
        <source>Your records are encrypted. Enter the passphrase, or the recovery key, to open them.</source>
        <translation>سجلاتك مشفّرة. أدخل عبارة المرور أو مفتاح الاسترداد لفتحها.</translation>
    </message>
    <message>
        <source>The records and their backups will be encrypted on this computer. You will be shown a recovery key once; write it down and keep it apart from the laptop.</source>
        <translation>ستُشفَّر السجلات ونسخها الاحتياطية على هذا الحاسوب. سيُعرض عليك مفتاح استرداد مرة واحدة؛ اكتبه واحفظه بعيدًا عن الحاسوب.</translation>
    </message>
    <message>
        <source>Enter the current passphrase (or the recovery key) and the new one. The recovery key stays the same.</source>
        <translation>أدخل عبارة المرور الحالية (أو مفتاح الاسترداد) والعبارة الجديدة. يبقى مفتاح الاسترداد كما هو.</translation>
    </message>
    <message>
        <source>The records and their backups will be stored without encryption again.</source>
        <translation>ستُحفظ السجلات ونسخها الاحتياطية من جديد دون تشفير.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>عبارة المرور ال&amp;حالية:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;أعد كتابتها:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>أدخل عبارة المرور.</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>يجب أن تتكوّن عبارة المرور من %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>عبارتا المرور الجديدتان غير متطابقتين.</translation>
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
    <message>
        <source>Discussion prompts</source>
        <translation>أسئلة للنقاش</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>المواد</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <source>Programmes</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <source>&amp;Install from a file…</source>
        <translation>&amp;التثبيت من ملف…</translation>
    </message>
    <message>
        <source>Install from a &amp;folder…</source>
        <translation>التثبيت من &amp;مجلد…</translation>
    </message>
    <message>
        <source>Install a programme package</source>
        <translation>تثبيت حزمة برنامج</translation>
    </message>
    <message>
        <source>Programme packages (*.zip)</source>
        <translation>حزم البرامج (*.zip)</translation>
    </message>
    <message>
        <source>Checking and installing %1…</source>
        <translation>جارٍ فحص %1 وتثبيته…</translation>
    </message>
    <message>
        <source>Installed %1, version %2.</source>
        <translation>ثُبِّت %1، الإصدار %2.</translation>
    </message>
    <message>
        <source>%1 was not installed.</source>
        <translation>لم يُثبَّت %1.</translation>
    </message>
    <message>
        <source>%1 was not installed: this version is already installed; the package needs a higher version number.</source>
        <translation>لم يُثبَّت %1: هذا الإصدار مثبّت من قبل؛ يجب أن تحمل الحزمة رقم إصدار أعلى.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projector</source>
        <translation>جهاز العرض</translation>
    </message>
</context>
<context>
    <name>QuickNote</name>
    <message>
        <source>Quick note on this step (Ctrl+N); private unless you share it</source>
        <translation>ملاحظة سريعة على هذه الخطوة (Ctrl+N)؛ تبقى خاصة ما لم تشاركها</translation>
    </message>
    <message>
        <source>Quick note</source>
        <translation>ملاحظة سريعة</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>احفظ الملاحظة</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>حُفظت</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>الدنماركية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>قيد الفحص</translation>
    </message>
    <message>
        <source>check this</source>
        <translation>تحقّق من هذا</translation>
    </message>
    <message>
        <source>put this right</source>
        <translation>أصلِح هذا</translation>
    </message>
    <message>
        <source>Film “%1” is ready to play.</source>
        <translation>الفيلم «%1» جاهز للعرض.</translation>
    </message>
    <message>
        <source>Checking film “%1”…</source>
        <translation>جارٍ فحص الفيلم «%1»…</translation>
    </message>
    <message>
        <source>Film “%1” is missing.</source>
        <translation>الفيلم «%1» غير موجود.</translation>
    </message>
    <message>
        <source>Put %3 in %4, then press Re-check.</source>
        <translation>ضع الملف %3 في المجلد %4، ثم اضغط «إعادة الفحص».</translation>
    </message>
    <message>
        <source>Film “%1” will not play.</source>
        <translation>لا يمكن عرض الفيلم «%1».</translation>
    </message>
    <message>
        <source>Put a good copy of %3 in %4, then press Re-check.</source>
        <translation>ضع نسخة سليمة من %3 في المجلد %4، ثم اضغط «إعادة الفحص».</translation>
    </message>
    <message>
        <source>Film “%1” plays, but:</source>
        <translation>يمكن عرض الفيلم «%1»، لكن:</translation>
    </message>
    <message>
        <source>Film “%1” has %2 subtitles.</source>
        <translation>للفيلم «%1» ترجمة مكتوبة باللغة %2.</translation>
    </message>
    <message>
        <source>No %2 subtitles for film “%1”.</source>
        <translation>لا توجد ترجمة مكتوبة باللغة %2 للفيلم «%1».</translation>
    </message>
    <message>
        <source>The film will play without subtitles. To show them, put %3 in the programme's films folder and press Re-check.</source>
        <translation>سيُعرض الفيلم دون ترجمة مكتوبة. لإظهارها، ضع الملف %3 في مجلد أفلام البرنامج ثم اضغط «إعادة الفحص».</translation>
    </message>
    <message>
        <source>The film will play without subtitles, with its sound in %2.</source>
        <translation>سيُعرض الفيلم دون ترجمة مكتوبة، وصوته باللغة %2.</translation>
    </message>
    <message>
        <source>The film will play without subtitles and has no sound in %2: interpret for the group as it plays, or show it in a language everyone understands.</source>
        <translation>سيُعرض الفيلم دون ترجمة مكتوبة، وليس له صوت باللغة %2: ترجم للمجموعة أثناء العرض، أو اعرضه بلغة يفهمها الجميع.</translation>
    </message>
    <message>
        <source>A second screen is connected (%1).</source>
        <translation>شاشة ثانية متصلة (%1).</translation>
    </message>
    <message>
        <source>Press F5 in the meeting to present on it.</source>
        <translation>اضغط F5 أثناء اللقاء للعرض عليها.</translation>
    </message>
    <message>
        <source>No second screen.</source>
        <translation>لا توجد شاشة ثانية.</translation>
    </message>
    <message>
        <source>Connect the projector and press Re-check, or present on this screen.</source>
        <translation>وصّل جهاز العرض واضغط «إعادة الفحص»، أو اعرض على هذه الشاشة.</translation>
    </message>
    <message>
        <source>Reading the safety card…</source>
        <translation>جارٍ قراءة بطاقة السلامة…</translation>
    </message>
    <message>
        <source>The safety card of %1 is filled in.</source>
        <translation>بطاقة السلامة الخاصة بـ%1 مكتملة.</translation>
    </message>
    <message>
        <source>%1 has no safety card.</source>
        <translation>لا توجد بطاقة سلامة لـ%1.</translation>
    </message>
    <message>
        <source>Fill in the local contacts and referral steps with “Safety card…”, so you know where to turn if someone needs help.</source>
        <translation>املأ جهات الاتصال المحلية وخطوات الإحالة عبر «بطاقة السلامة…»، لتعرف إلى أين تتوجّه إذا احتاج أحد إلى المساعدة.</translation>
    </message>
    <message>
        <source>The safety card of %1 is incomplete.</source>
        <translation>بطاقة السلامة الخاصة بـ%1 غير مكتملة.</translation>
    </message>
    <message>
        <source>Add the local contacts and the referral steps with “Safety card…”.</source>
        <translation>أضف جهات الاتصال المحلية وخطوات الإحالة عبر «بطاقة السلامة…».</translation>
    </message>
    <message>
        <source>This session needs no materials.</source>
        <translation>لا يحتاج هذا اللقاء إلى أي مواد.</translation>
    </message>
    <message>
        <source>All materials are ticked.</source>
        <translation>تم تأشير كل المواد.</translation>
    </message>
    <message>
        <source>%1 of %2 materials ticked.</source>
        <translation>تم تأشير %1 من %2 من المواد.</translation>
    </message>
    <message>
        <source>Tick each one in the list as you pack it.</source>
        <translation>أشّر على كل مادة في القائمة عندما تجهّزها.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>Everything is ready.</source>
        <translation>كل شيء جاهز.</translation>
    </message>
    <message>
        <source>Ready, with something to check below (marked !).</source>
        <translation>جاهز، مع أمور يجب التحقق منها أدناه (معلَّمة بـ!).</translation>
    </message>
    <message>
        <source>Something to put right before the meeting (marked ✕).</source>
        <translation>هناك ما يجب إصلاحه قبل اللقاء (معلَّم بـ✕).</translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message>
        <source>Readiness check</source>
        <translation>فحص الجاهزية</translation>
    </message>
    <message>
        <source>Materials to bring</source>
        <translation>المواد التي يجب إحضارها</translation>
    </message>
    <message>
        <source>This session needs no materials.</source>
        <translation>لا يحتاج هذا اللقاء إلى أي مواد.</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>إعادة الفحص</translation>
    </message>
    <message>
        <source>Look at the films, screens and safety card again</source>
        <translation>افحص الأفلام والشاشات وبطاقة السلامة مرة أخرى</translation>
    </message>
    <message>
        <source>Safety card…</source>
        <translation>بطاقة السلامة…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Start the meeting</source>
        <translation>ابدأ اللقاء</translation>
    </message>
    <message>
        <source>Films checked</source>
        <translation>الأفلام التي تم فحصها</translation>
    </message>
    <message>
        <source>Films checked: %1 of %2</source>
        <translation>الأفلام التي تم فحصها: %1 من %2</translation>
    </message>
</context>
<context>
    <name>ReadinessWindow</name>
    <message>
        <source>Readiness check</source>
        <translation>فحص الجاهزية</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>ال&amp;لقاء:</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد الخاص بك</translation>
    </message>
    <message>
        <source>This recovery key opens your records if the passphrase is forgotten. It is shown only now: write it on paper and keep it somewhere safe, away from the laptop.</source>
        <translation>يفتح مفتاح الاسترداد هذا سجلاتك إذا نُسيت عبارة المرور. لن يُعرض إلا الآن: اكتبه على ورقة واحفظه في مكان آمن بعيدًا عن الحاسوب.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>&amp;Copy to the clipboard</source>
        <translation>&amp;انسخ إلى الحافظة</translation>
    </message>
    <message>
        <source>I have written it &amp;down</source>
        <translation>لقد &amp;كتبته</translation>
    </message>
</context>
<context>
    <name>RehearsalPicker</name>
    <message>
        <source>Rehearse a session</source>
        <translation>تمرين على لقاء</translation>
    </message>
    <message>
        <source>A rehearsal uses the same screens as a meeting. Nothing about people is recorded; only the time of each step is kept, to compare with the manual. Rehearsals are never counted in any statistic.</source>
        <translation>يستخدم التمرين الشاشات نفسها التي يستخدمها اللقاء. لا يُسجَّل أي شيء عن الأشخاص؛ يُحفظ فقط وقت كل خطوة لمقارنته بالدليل. ولا تُحتسب التمارين أبدًا في أي إحصاء.</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>ال&amp;برنامج:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>ال&amp;لقاء:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <source>Earlier rehearsals of this session</source>
        <translation>التمارين السابقة على هذا اللقاء</translation>
    </message>
    <message>
        <source>Start rehearsal</source>
        <translation>ابدأ التمرين</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (الإصدار %2)</translation>
    </message>
    <message>
        <source>No programme is installed.</source>
        <translation>لا يوجد برنامج مثبّت.</translation>
    </message>
    <message>
        <source>%1 minutes planned · %2 steps · %3 films</source>
        <translation>المدة المخطّطة: %1 دقيقة · عدد الخطوات: %2 · عدد الأفلام: %3</translation>
    </message>
</context>
<context>
    <name>RehearsalReportView</name>
    <message>
        <source>Rehearsal report</source>
        <translation>تقرير التمرين</translation>
    </message>
    <message>
        <source>Rehearsals of this session</source>
        <translation>تمارين هذا اللقاء</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>المخطّط</translation>
    </message>
    <message>
        <source>Rehearsed</source>
        <translation>مدة التمرين</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>تجاوز الوقت</translation>
    </message>
    <message>
        <source>Pacing of each step</source>
        <translation>وتيرة كل خطوة</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ كملف PDF…</translation>
    </message>
    <message>
        <source>Rehearse again</source>
        <translation>تمرّن مرة أخرى</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The earlier rehearsals could not be read: %1</source>
        <translation>تعذّرت قراءة التمارين السابقة: %1</translation>
    </message>
    <message>
        <source>rehearsal-session-%1.pdf</source>
        <translation>tamrin-liqaa-%1.pdf</translation>
    </message>
    <message>
        <source>Save the rehearsal report</source>
        <translation>حفظ تقرير التمرين</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>تعذّر حفظ ملف PDF: %1</translation>
    </message>
    <message>
        <source>Total: %1 rehearsed of %2 planned (%3)</source>
        <translation>المجموع: %1 من التمرين مقابل %2 مخطّطة (%3)</translation>
    </message>
    <message>
        <source>Steps that overran: %1</source>
        <translation>الخطوات التي تجاوزت الوقت: %1</translation>
    </message>
    <message>
        <source>No step overran.</source>
        <translation>لم تتجاوز أي خطوة وقتها.</translation>
    </message>
    <message>
        <source>A step overruns when it takes more than 1.5 times its planned time and at least 3 minutes more.</source>
        <translation>تتجاوز الخطوة وقتها إذا استغرقت أكثر من 1.5 ضعف الوقت المخطّط وثلاث دقائق إضافية على الأقل.</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(اختياري)</translation>
    </message>
    <message>
        <source>overran</source>
        <translation>تجاوز الوقت</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
</context>
<context>
    <name>RehearsalReportWindow</name>
    <message>
        <source>Rehearsal report</source>
        <translation>تقرير التمرين</translation>
    </message>
</context>
<context>
    <name>RehearsalSession</name>
    <message>
        <source>Finish rehearsal</source>
        <translation>إنهاء التمرين</translation>
    </message>
    <message>
        <source>Finish the rehearsal and see how your pacing compares with the manual?</source>
        <translation>هل تريد إنهاء التمرين ورؤية مقارنة وتيرتك بالدليل؟</translation>
    </message>
    <message>
        <source>Finish and see the report</source>
        <translation>أنهِ واعرض التقرير</translation>
    </message>
    <message>
        <source>Go on rehearsing</source>
        <translation>تابع التمرين</translation>
    </message>
    <message>
        <source>Rehearsal: %1</source>
        <translation>تمرين: %1</translation>
    </message>
    <message>
        <source>Rehearsal · %1 · %2</source>
        <translation>تمرين · %1 · %2</translation>
    </message>
    <message>
        <source>Nothing about people is recorded in a rehearsal, only the time of each step.</source>
        <translation>لا يُسجَّل في التمرين أي شيء عن الأشخاص، فقط وقت كل خطوة.</translation>
    </message>
    <message>
        <source>Finish rehearsal…</source>
        <translation>إنهاء التمرين…</translation>
    </message>
    <message>
        <source>Keys: → or Space next · ← previous · B blank · F5 projector · Esc window · P pause · Ctrl+K skip · Ctrl+E finish</source>
        <translation>المفاتيح: → أو المسافة التالي · ← السابق · B شاشة سوداء · F5 جهاز العرض · Esc نافذة · P إيقاف مؤقت · Ctrl+K تخطٍّ · Ctrl+E إنهاء</translation>
    </message>
</context>
<context>
    <name>ResumeOfferDialog</name>
    <message>
        <source>Resume the meeting?</source>
        <translation>استئناف اللقاء؟</translation>
    </message>
    <message>
        <source>A meeting was not finished: %1</source>
        <translation>لقاء لم يُختتم: %1</translation>
    </message>
    <message>
        <source>It started at %1 and stopped at the step “%2”. Everything recorded so far is kept: attendance, notes and the time of each step. The time the program was not running does not count.</source>
        <translation>بدأ في الساعة %1 وتوقّف عند الخطوة “%2”. كل ما سُجّل حتى الآن محفوظ: الحضور والملاحظات ومدة كل خطوة. ولا يُحتسب الوقت الذي لم يكن البرنامج يعمل فيه.</translation>
    </message>
    <message>
        <source>Resume the meeting</source>
        <translation>استأنف اللقاء</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>Safety card</source>
        <translation>بطاقة السلامة</translation>
    </message>
    <message>
        <source>Safety card: local contacts and referral steps</source>
        <translation>بطاقة السلامة: جهات الاتصال المحلية وخطوات الإحالة</translation>
    </message>
    <message>
        <source>Log a concern or referral</source>
        <translation>سجّل مصدر قلق أو إحالة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>The host has no safety card yet. Add the local contacts and referral steps in the course's host settings before the next meeting.</source>
        <translation>لا توجد بطاقة سلامة لدى الجهة المضيفة بعد. أضف جهات الاتصال المحلية وخطوات الإحالة في إعدادات الجهة المضيفة للدورة قبل اللقاء القادم.</translation>
    </message>
    <message>
        <source>Local contacts</source>
        <translation>جهات الاتصال المحلية</translation>
    </message>
    <message>
        <source>Referral steps</source>
        <translation>خطوات الإحالة</translation>
    </message>
    <message>
        <source>1. What kind of concern? (no names)</source>
        <translation>1. ما نوع مصدر القلق؟ (دون أسماء)</translation>
    </message>
    <message>
        <source>2. %1: referred where?</source>
        <translation>2. %1: إلى أين أُحيل؟</translation>
    </message>
    <message>
        <source>No concern logged in this meeting.</source>
        <translation>لم يُسجَّل أي مصدر قلق في هذا اللقاء.</translation>
    </message>
    <message>
        <source>Logged in this meeting:</source>
        <translation>سُجّل في هذا اللقاء:</translation>
    </message>
</context>
<context>
    <name>ScheduleTable</name>
    <message>
        <source>Meeting</source>
        <translation>اللقاء</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>%1 (held, kept as it was)</source>
        <translation>%1 (عُقد، ويبقى كما كان)</translation>
    </message>
    <message>
        <source>Date of meeting %1</source>
        <translation>تاريخ اللقاء %1</translation>
    </message>
    <message>
        <source>Time of meeting %1</source>
        <translation>وقت اللقاء %1</translation>
    </message>
</context>
<context>
    <name>ScriptColumn</name>
    <message>
        <source>Hide tips</source>
        <translation>أخفِ النصائح</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>نصائح</translation>
    </message>
    <message>
        <source>Tips for the facilitator</source>
        <translation>نصائح للميسّر</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation><numerusform>%Ln دقيقة</numerusform><numerusform>دقيقة واحدة</numerusform><numerusform>دقيقتان</numerusform><numerusform>%Ln دقائق</numerusform><numerusform>%Ln دقيقة</numerusform><numerusform>%Ln دقيقة</numerusform></translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Questions for the group</source>
        <translation>أسئلة للمجموعة</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>المواد</translation>
    </message>
</context>
<context>
    <name>ScriptView</name>
    <message>
        <source>Show the group's language beside it</source>
        <translation>اعرض لغة المجموعة بجانبه</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min planned</source>
        <translation><numerusform>المخطط له %Ln دقيقة</numerusform><numerusform>المخطط له دقيقة واحدة</numerusform><numerusform>المخطط له دقيقتان</numerusform><numerusform>المخطط له %Ln دقائق</numerusform><numerusform>المخطط له %Ln دقيقة</numerusform><numerusform>المخطط له %Ln دقيقة</numerusform></translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Set a &amp;passphrase…</source>
        <translation>تعيين &amp;عبارة مرور…</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase…</source>
        <translation>&amp;تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>Remo&amp;ve the passphrase…</source>
        <translation>إ&amp;زالة عبارة المرور…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>A backup is made every day the program is used, and before each update of the records. Restoring replaces the records with the backup; the present records are backed up first.</source>
        <translation>تُؤخذ نسخة احتياطية في كل يوم يُستخدم فيه البرنامج، وقبل كل تحديث للسجلات. الاستعادة تستبدل السجلات بالنسخة الاحتياطية، بعد أخذ نسخة من السجلات الحالية أولًا.</translation>
    </message>
    <message>
        <source>&amp;Make a backup now</source>
        <translation>&amp;خذ نسخة احتياطية الآن</translation>
    </message>
    <message>
        <source>&amp;Restore the chosen backup…</source>
        <translation>ا&amp;ستعد النسخة المختارة…</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>يُرجى الانتظار</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>أُخذت نسخة احتياطية: %1</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>جارٍ أخذ نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Replace your records with the backup of %1? The present records are backed up first.</source>
        <translation>هل تريد استبدال سجلاتك بالنسخة الاحتياطية من %1؟ ستُؤخذ نسخة من السجلات الحالية أولًا.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>استُعيدت النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>جارٍ استعادة النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Encrypting or decrypting the records…</source>
        <translation>جارٍ تشفير السجلات أو فك تشفيرها…</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>تم تغيير عبارة المرور.</translation>
    </message>
    <message>
        <source>The passphrase was removed.</source>
        <translation>أُزيلت عبارة المرور.</translation>
    </message>
    <message>
        <source>These records are on a database server; its administrator protects and backs them up.</source>
        <translation>هذه السجلات على خادم قاعدة بيانات؛ ومسؤوله هو من يحميها ويأخذ نسخها الاحتياطية.</translation>
    </message>
    <message>
        <source>Your records are encrypted with a passphrase.</source>
        <translation>سجلاتك مشفّرة بعبارة مرور.</translation>
    </message>
    <message>
        <source>Your records are not encrypted. Set a passphrase if others can use this computer.</source>
        <translation>سجلاتك غير مشفّرة. عيّن عبارة مرور إذا كان بإمكان آخرين استخدام هذا الحاسوب.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>يومية</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>قبل تحديث</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>لا توجد نسخ احتياطية بعد.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Screens, text and films</source>
        <translation>الشاشات والنص والأفلام</translation>
    </message>
    <message>
        <source>Where your records are kept</source>
        <translation>مكان حفظ سجلاتك</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;لغة الواجهة:</translation>
    </message>
    <message>
        <source>&amp;Reports and exports in:</source>
        <translation>ال&amp;تقارير والتصدير بلغة:</translation>
    </message>
    <message>
        <source>&amp;Projector screen:</source>
        <translation>&amp;شاشة العرض:</translation>
    </message>
    <message>
        <source>Film &amp;player:</source>
        <translation>م&amp;شغّل الأفلام:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>السجلات:</translation>
    </message>
    <message>
        <source>Delete notes &amp;older than (months):</source>
        <translation>احذف الملاحظات الأ&amp;قدم من (بالأشهر):</translation>
    </message>
    <message>
        <source>&amp;Smallest group shown in reports:</source>
        <translation>أ&amp;صغر مجموعة تظهر في التقارير:</translation>
    </message>
    <message>
        <source>&amp;Large text in the facilitator view</source>
        <translation>&amp;نص كبير في شاشة الميسّر</translation>
    </message>
    <message>
        <source>Automatic (VLC when installed)</source>
        <translation>تلقائي (VLC إن كان مثبّتًا)</translation>
    </message>
    <message>
        <source>VLC</source>
        <translation>VLC</translation>
    </message>
    <message>
        <source>Qt's built-in player</source>
        <translation>المشغّل المدمج في Qt</translation>
    </message>
    <message>
        <source>Use another &amp;file…</source>
        <translation>استخدم &amp;ملفًا آخر…</translation>
    </message>
    <message>
        <source>Numbers below this are shown as “fewer than N” in reports, so that no one can be recognised. Never below 3.</source>
        <translation>تظهر الأعداد الأقل من هذا الحد في التقارير على أنها «أقل من N»، حتى لا يمكن التعرّف على أحد. لا يقل أبدًا عن 3.</translation>
    </message>
    <message>
        <source>Keep the records in this file</source>
        <translation>احفظ السجلات في هذا الملف</translation>
    </message>
    <message>
        <source>Records (*.db)</source>
        <translation>السجلات (*.db)</translation>
    </message>
    <message>
        <source>Automatic (the second screen)</source>
        <translation>تلقائي (الشاشة الثانية)</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (غير موصولة)</translation>
    </message>
    <message>
        <source>Not open</source>
        <translation>غير مفتوحة</translation>
    </message>
    <message>
        <source>From the next start the records will be kept in %1. Restart the program for the change to take effect.</source>
        <translation>ابتداءً من التشغيل القادم ستُحفظ السجلات في %1. أعد تشغيل البرنامج ليسري التغيير.</translation>
    </message>
    <message>
        <source>Changing where the records are kept takes effect when the program is started again.</source>
        <translation>يسري تغيير مكان حفظ السجلات عند تشغيل البرنامج من جديد.</translation>
    </message>
</context>
<context>
    <name>ShareNoteDialog</name>
    <message>
        <source>Share a note with the host</source>
        <translation>شارك ملاحظة مع الجهة المضيفة</translation>
    </message>
    <message>
        <source>A shared note goes to the host in the meeting summary. Write it so that nobody can be recognised: no names, numbers or addresses.</source>
        <translation>تصل الملاحظة المشتركة إلى الجهة المضيفة ضمن ملخّص اللقاء. اكتبها بحيث لا يمكن التعرّف على أحد: دون أسماء أو أرقام أو عناوين.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>نص الملاحظة</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>الموضوعات</translation>
    </message>
    <message>
        <source>a CPR number</source>
        <translation>رقم CPR (رقم الهوية الدنماركي)</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>رقم هاتف</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <source>a first name</source>
        <translation>اسم شخص</translation>
    </message>
    <message>
        <source>This note may identify someone: %1. Change it before sharing, or share anyway if it is not about a person.</source>
        <translation>قد تكشف هذه الملاحظة هوية شخص ما: %1. عدّلها قبل مشاركتها، أو شاركها على أي حال إن لم تكن عن شخص.</translation>
    </message>
    <message>
        <source>Share anyway</source>
        <translation>شارك على أي حال</translation>
    </message>
    <message>
        <source>Share with the host</source>
        <translation>شارك مع الجهة المضيفة</translation>
    </message>
</context>
<context>
    <name>SkipStepDialog</name>
    <message>
        <source>Skip a step</source>
        <translation>تخطَّ خطوة</translation>
    </message>
    <message>
        <source>Step to skip</source>
        <translation>الخطوة التي ستُتخطّى</translation>
    </message>
    <message>
        <source>Why is it left out? (for the meeting's record)</source>
        <translation>لماذا تُترك؟ (لسجلّ اللقاء)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Not enough time</source>
        <translation>لا يكفي الوقت</translation>
    </message>
    <message>
        <source>The group needed something else</source>
        <translation>احتاجت المجموعة إلى شيء آخر</translation>
    </message>
    <message>
        <source>Room or equipment</source>
        <translation>القاعة أو المعدّات</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>تخطَّ الخطوة</translation>
    </message>
    <message>
        <source>Every step is done or already skipped.</source>
        <translation>كل الخطوات أُنجزت أو تم تخطّيها.</translation>
    </message>
    <message>
        <source>This step is part of the manual; leaving it out is recorded as a deviation with its reason.</source>
        <translation>هذه الخطوة جزء من الدليل؛ تركها يُسجَّل انحرافًا عن الدليل مع سببه.</translation>
    </message>
    <message>
        <source>This step is optional; leaving it out is not a deviation.</source>
        <translation>هذه الخطوة اختيارية؛ تركها ليس انحرافًا عن الدليل.</translation>
    </message>
</context>
<context>
    <name>StepTimer</name>
    <message>
        <source>This step</source>
        <translation>هذه الخطوة</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>في الوقت</translation>
    </message>
    <message>
        <source>nearly at the planned time</source>
        <translation>يقترب من الوقت المخطط له</translation>
    </message>
    <message>
        <source>over the planned time</source>
        <translation>تجاوز الوقت المخطط له</translation>
    </message>
    <message>
        <source>Step time</source>
        <translation>مدة الخطوة</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>The records are not open, so nothing can be saved yet.</source>
        <translation>السجلات غير مفتوحة، لذا لا يمكن حفظ شيء بعد.</translation>
    </message>
    <message>
        <source>The passphrase is not right, so the records stay locked; nothing was changed.</source>
        <translation>عبارة المرور غير صحيحة، لذا تبقى السجلات مقفلة؛ ولم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The records are encrypted; enter the passphrase to open them.</source>
        <translation>السجلات مشفّرة؛ أدخل عبارة المرور لفتحها.</translation>
    </message>
    <message>
        <source>The records file is damaged or is not a Facilitator Companion store; it was left as it was, so restore a backup.</source>
        <translation>ملف السجلات تالف أو ليس من ملفات رفيق الميسّر؛ تُرك كما هو، فاستعد نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The folder holding the records cannot be written to, so nothing can be saved; nothing was changed.</source>
        <translation>لا يمكن الكتابة في المجلد الذي يحوي السجلات، لذا لا يمكن حفظ شيء؛ ولم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change was not saved; free some space and try again.</source>
        <translation>القرص ممتلئ، لذا لم يُحفظ التغيير الأخير؛ أفرغ بعض المساحة وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The records are in use by another program; close it and try again.</source>
        <translation>السجلات قيد الاستخدام من برنامج آخر؛ أغلقه وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The database server cannot be reached, so the records cannot be opened.</source>
        <translation>تعذّر الوصول إلى خادم قاعدة البيانات، لذا لا يمكن فتح السجلات.</translation>
    </message>
    <message>
        <source>The records were written by a newer version of Facilitator Companion; update the program to open them.</source>
        <translation>كُتبت السجلات بإصدار أحدث من رفيق الميسّر؛ حدّث البرنامج لفتحها.</translation>
    </message>
    <message>
        <source>The records could not be brought up to date; they were left as they were and a backup was kept.</source>
        <translation>تعذّر تحديث السجلات؛ تُركت كما هي وحُفظت نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The backup could not be made or read.</source>
        <translation>تعذّر أخذ النسخة الاحتياطية أو قراءتها.</translation>
    </message>
    <message>
        <source>This program backs up only records kept in a file; a database server is backed up by its administrator.</source>
        <translation>لا يأخذ هذا البرنامج نسخًا احتياطية إلا للسجلات المحفوظة في ملف؛ أما خادم قاعدة البيانات فيتولّى مسؤوله نسخه احتياطيًا.</translation>
    </message>
    <message>
        <source>The record asked for does not exist (it may have been erased).</source>
        <translation>السجل المطلوب غير موجود (ربما حُذف).</translation>
    </message>
    <message>
        <source>The change was not saved because it is not valid:</source>
        <translation>لم يُحفظ التغيير لأنه غير صالح:</translation>
    </message>
    <message>
        <source>The records could not be read or saved.</source>
        <translation>تعذّرت قراءة السجلات أو حفظها.</translation>
    </message>
    <message>
        <source>Something went wrong, and the last action was not completed. Nothing else was changed.</source>
        <translation>حدث خطأ ولم تكتمل العملية الأخيرة. لم يتغيّر شيء آخر.</translation>
    </message>
    <message>
        <source>Facilitator Companion</source>
        <translation>رفيق الميسّر</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message>
        <source>Wrap up the meeting</source>
        <translation>اختتام اللقاء</translation>
    </message>
    <message>
        <source>1. Attendance</source>
        <translation>1. الحضور</translation>
    </message>
    <message>
        <source>2. Steps not delivered</source>
        <translation>2. خطوات لم تُقدَّم</translation>
    </message>
    <message>
        <source>Every step of the manual was delivered or skipped with a reason.</source>
        <translation>قُدّمت كل خطوات الدليل أو تم تخطّيها مع ذكر السبب.</translation>
    </message>
    <message>
        <source>These steps were not reached. Say briefly why (for example: not enough time); they are recorded as skipped.</source>
        <translation>لم يتم الوصول إلى هذه الخطوات. اذكر السبب باختصار (مثلًا: لم يكفِ الوقت)؛ وستُسجَّل على أنها تم تخطّيها.</translation>
    </message>
    <message>
        <source>3. Steps that ran long</source>
        <translation>3. خطوات استغرقت وقتًا أطول</translation>
    </message>
    <message>
        <source>No step ran much longer than planned.</source>
        <translation>لم تستغرق أي خطوة وقتًا أطول بكثير مما خُطّط له.</translation>
    </message>
    <message>
        <source>These steps took more than one and a half times their planned time. A note is optional.</source>
        <translation>استغرقت هذه الخطوات أكثر من مرة ونصف من وقتها المخطط له. الملاحظة اختيارية.</translation>
    </message>
    <message>
        <source>%1: %2 (planned %3)</source>
        <translation>%1: %2 (المخطط له %3)</translation>
    </message>
    <message>
        <source>Optional note, e.g. the group wanted more time</source>
        <translation>ملاحظة اختيارية، مثل: أرادت المجموعة وقتًا أطول</translation>
    </message>
    <message>
        <source>Reason (needed)</source>
        <translation>السبب (مطلوب)</translation>
    </message>
    <message>
        <source>4. Notes and what is shared with the host</source>
        <translation>4. الملاحظات وما يُشارَك مع الجهة المضيفة</translation>
    </message>
    <message>
        <source>Back to the meeting</source>
        <translation>العودة إلى اللقاء</translation>
    </message>
    <message>
        <source>Finish the meeting</source>
        <translation>اختتم اللقاء</translation>
    </message>
    <message>
        <source>Export summary…</source>
        <translation>صدّر الملخّص…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The meeting is finished and saved.</source>
        <translation>اختُتم اللقاء وحُفظ.</translation>
    </message>
    <message numerus="yes">
        <source>Not marked yet: %Ln. Mark each code as present, late, excused or absent.</source>
        <translation><numerusform>لم يُسجَّل بعد: %Ln. سجّل كل رمز: حاضر أو متأخر أو معتذر أو غائب.</numerusform><numerusform>لم يُسجَّل بعد رمز واحد. سجّله: حاضر أو متأخر أو معتذر أو غائب.</numerusform><numerusform>لم يُسجَّل بعد رمزان. سجّل كلًّا منهما: حاضر أو متأخر أو معتذر أو غائب.</numerusform><numerusform>لم تُسجَّل بعد %Ln رموز. سجّل كل رمز: حاضر أو متأخر أو معتذر أو غائب.</numerusform><numerusform>لم يُسجَّل بعد %Ln رمزًا. سجّل كل رمز: حاضر أو متأخر أو معتذر أو غائب.</numerusform><numerusform>لم يُسجَّل بعد %Ln رمز. سجّل كل رمز: حاضر أو متأخر أو معتذر أو غائب.</numerusform></translation>
    </message>
    <message>
        <source>Every code is marked.</source>
        <translation>كل الرموز مسجّلة.</translation>
    </message>
</context>
</TS>