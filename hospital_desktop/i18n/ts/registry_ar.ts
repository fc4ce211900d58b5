<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Candidate</name>
    <message>
        <source>a twin?</source>
        <translation>توأم؟</translation>
    </message>
    <message>
        <source>a parent or child?</source>
        <translation>أحد الوالدين أو ابن؟</translation>
    </message>
    <message>
        <source>someone of the same name?</source>
        <translation>شخص آخر بالاسم نفسه؟</translation>
    </message>
</context>
<context>
    <name>CandidatePanel</name>
    <message>
        <source>&lt;b&gt;Possible duplicates&lt;/b&gt;</source>
        <translation>&lt;b&gt;سجلات مكررة محتملة&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Start typing: likely existing records appear here.</source>
        <translation>ابدأ الكتابة: تظهر هنا السجلات الموجودة المحتملة.</translation>
    </message>
    <message>
        <source>Open the selected existing patient instead</source>
        <translation>فتح سجل المريض الموجود المحدد بدلًا من ذلك</translation>
    </message>
    <message>
        <source>ANOTHER PERSON? {relation} {score}%: {reasons}</source>
        <translation>شخص آخر؟ {relation} {score}٪: {reasons}</translation>
    </message>
    <message>
        <source>STRONG MATCH {score}%: {reasons}</source>
        <translation>تطابق قوي {score}٪: {reasons}</translation>
    </message>
    <message>
        <source>possible match {score}%: {reasons}</source>
        <translation>تطابق محتمل {score}٪: {reasons}</translation>
    </message>
    <message>
        <source>{name}   UNIDENTIFIED   MRN {mrn}</source>
        <translation>‏{name}   مجهول الهوية   رقم الملف الطبي {mrn}</translation>
    </message>
    <message>
        <source>{name}   MRN {mrn}</source>
        <translation>‏{name}   رقم الملف الطبي {mrn}</translation>
    </message>
    <message>
        <source>born {born}, {sex}, {phone}</source>
        <translation>الميلاد: {born}، {sex}، {phone}</translation>
    </message>
    <message>
        <source>born {born}, {sex}</source>
        <translation>الميلاد: {born}، {sex}</translation>
    </message>
    <message numerus="yes">
        <source>%n existing records look like this patient. Check before registering.</source>
        <translation>
            <numerusform>لا يوجد سجل يشبه هذا المريض.</numerusform>
            <numerusform>يوجد سجل واحد يشبه هذا المريض. تحقّق قبل التسجيل.</numerusform>
            <numerusform>يوجد سجلان يشبهان هذا المريض. تحقّق قبل التسجيل.</numerusform>
            <numerusform>توجد %Ln سجلات تشبه هذا المريض. تحقّق قبل التسجيل.</numerusform>
            <numerusform>يوجد %Ln سجلًا يشبه هذا المريض. تحقّق قبل التسجيل.</numerusform>
            <numerusform>يوجد %Ln سجل يشبه هذا المريض. تحقّق قبل التسجيل.</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely existing record.</source>
        <translation>لا يوجد سجل مشابه محتمل.</translation>
    </message>
    <message>
        <source>It is the same person after all: open this record</source>
        <translation>إنه الشخص نفسه: افتح هذا السجل</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n y</source>
        <translation>
            <numerusform>%Ln سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتان</numerusform>
            <numerusform>%Ln سنوات</numerusform>
            <numerusform>%Ln سنة</numerusform>
            <numerusform>%Ln سنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>c. %n y</source>
        <translation>
            <numerusform>حوالي %Ln سنة</numerusform>
            <numerusform>حوالي سنة</numerusform>
            <numerusform>حوالي سنتين</numerusform>
            <numerusform>حوالي %Ln سنوات</numerusform>
            <numerusform>حوالي %Ln سنة</numerusform>
            <numerusform>حوالي %Ln سنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>same name but born %n years apart: a parent or child?</source>
        <translation>
            <numerusform>الاسم نفسه مع فارق في الميلاد: أحد الوالدين أو ابن؟</numerusform>
            <numerusform>الاسم نفسه وفارق الميلاد سنة واحدة: أحد الوالدين أو ابن؟</numerusform>
            <numerusform>الاسم نفسه وفارق الميلاد سنتان: أحد الوالدين أو ابن؟</numerusform>
            <numerusform>الاسم نفسه وفارق الميلاد %Ln سنوات: أحد الوالدين أو ابن؟</numerusform>
            <numerusform>الاسم نفسه وفارق الميلاد %Ln سنة: أحد الوالدين أو ابن؟</numerusform>
            <numerusform>الاسم نفسه وفارق الميلاد %Ln سنة: أحد الوالدين أو ابن؟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>MRN {mrn}  {name}, born {born}</source>
        <translation>رقم الملف الطبي {mrn}  {name}، الميلاد: {born}</translation>
    </message>
    <message>
        <source>Merge the two records</source>
        <translation>دمج السجلين</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>ليس الشخص نفسه</translation>
    </message>
    <message>
        <source>Which record is kept? Everything recorded for the other moves to it; the other&apos;s MRN will find it. A merge can be undone from the patient index.</source>
        <translation>أي سجل يُحتفظ به؟ ينتقل إليه كل ما سُجّل في الآخر، ويقود رقم الملف الطبي للآخر إليه. يمكن التراجع عن الدمج من فهرس المرضى.</translation>
    </message>
    <message>
        <source>Keep {record}</source>
        <translation>الإبقاء على {record}</translation>
    </message>
    <message>
        <source>These records stay separate, and the duplicate check will not propose this pair again.</source>
        <translation>يبقى هذان السجلان منفصلين، ولن يقترح فحص التكرار هذا الزوج مرة أخرى.</translation>
    </message>
    <message>
        <source>Why? (at least {count} characters; kept in the audit trail)</source>
        <translation>السبب؟ ({count} أحرف على الأقل؛ يُحفظ في سجل التدقيق)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Keep separate</source>
        <translation>إبقاؤهما منفصلين</translation>
    </message>
</context>
<context>
    <name>DuplicateReason</name>
    <message>
        <source>another patient of the same name matches as well: check the birth date</source>
        <translation>يتطابق أيضًا مريض آخر بالاسم نفسه: تحقّق من تاريخ الميلاد</translation>
    </message>
    <message>
        <source>same family name and birth date but another given name: a twin?</source>
        <translation>اسم العائلة وتاريخ الميلاد نفسهما مع اسم أول مختلف: توأم؟</translation>
    </message>
    <message>
        <source>same national ID</source>
        <translation>رقم الهوية نفسه</translation>
    </message>
    <message>
        <source>given and family names swapped</source>
        <translation>الاسم الأول واسم العائلة متبادلان</translation>
    </message>
    <message>
        <source>same given name</source>
        <translation>الاسم الأول نفسه</translation>
    </message>
    <message>
        <source>given name spelled slightly differently</source>
        <translation>الاسم الأول مكتوب بشكل مختلف قليلًا</translation>
    </message>
    <message>
        <source>given name looks alike (misread letters)</source>
        <translation>الاسم الأول متشابه في الشكل (أحرف قُرئت خطأ)</translation>
    </message>
    <message>
        <source>given name sounds alike</source>
        <translation>الاسم الأول متشابه في النطق</translation>
    </message>
    <message>
        <source>given name similar</source>
        <translation>الاسم الأول مشابه</translation>
    </message>
    <message>
        <source>different given name</source>
        <translation>الاسم الأول مختلف</translation>
    </message>
    <message>
        <source>same family name</source>
        <translation>اسم العائلة نفسه</translation>
    </message>
    <message>
        <source>family name spelled slightly differently</source>
        <translation>اسم العائلة مكتوب بشكل مختلف قليلًا</translation>
    </message>
    <message>
        <source>family name looks alike (misread letters)</source>
        <translation>اسم العائلة متشابه في الشكل (أحرف قُرئت خطأ)</translation>
    </message>
    <message>
        <source>family name sounds alike</source>
        <translation>اسم العائلة متشابه في النطق</translation>
    </message>
    <message>
        <source>family name similar</source>
        <translation>اسم العائلة مشابه</translation>
    </message>
    <message>
        <source>different family name</source>
        <translation>اسم العائلة مختلف</translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation>تاريخ الميلاد نفسه</translation>
    </message>
    <message>
        <source>day and month of birth swapped</source>
        <translation>يوم الميلاد وشهره متبادلان</translation>
    </message>
    <message>
        <source>birth date one day apart</source>
        <translation>فارق يوم واحد في تاريخ الميلاد</translation>
    </message>
    <message>
        <source>birth date differs in one digit</source>
        <translation>تاريخ الميلاد يختلف في رقم واحد</translation>
    </message>
    <message>
        <source>two digits of the birth date swapped</source>
        <translation>رقمان متبادلان في تاريخ الميلاد</translation>
    </message>
    <message>
        <source>same birth year and month</source>
        <translation>سنة الميلاد وشهره نفسهما</translation>
    </message>
    <message>
        <source>same birth year (day and month not known)</source>
        <translation>سنة الميلاد نفسها (اليوم والشهر غير معروفين)</translation>
    </message>
    <message>
        <source>birth year within the estimated age</source>
        <translation>سنة الميلاد ضمن العمر التقديري</translation>
    </message>
    <message>
        <source>different birth date</source>
        <translation>تاريخ الميلاد مختلف</translation>
    </message>
    <message>
        <source>phone matches</source>
        <translation>الهاتف نفسه</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>العنوان نفسه</translation>
    </message>
    <message>
        <source>same postal code</source>
        <translation>الرمز البريدي نفسه</translation>
    </message>
    <message>
        <source>sex differs</source>
        <translation>الجنس مختلف</translation>
    </message>
    <message>
        <source>national ID differs in one character (a typo?)</source>
        <translation>رقم الهوية يختلف في حرف واحد (خطأ كتابي؟)</translation>
    </message>
    <message>
        <source>national ID differs</source>
        <translation>رقم الهوية مختلف</translation>
    </message>
    <message>
        <source>given name is a nickname of {name}</source>
        <translation>الاسم الأول صيغة تدليل لـ {name}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
</context>
<context>
    <name>DuplicatesWorkspace</name>
    <message>
        <source>Encounters</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>حالات الدخول</translation>
    </message>
    <message>
        <source>Lab orders</source>
        <translation>طلبات المختبر</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>الوصفات الطبية</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>Scan the registry now</source>
        <translation>البحث عن المكرر الآن</translation>
    </message>
    <message>
        <source>For a small registry (up to {count} patients); a large one: hms-admin find-duplicates</source>
        <translation>لسجل صغير (حتى {count} مريض)؛ أما السجل الكبير فبالأمر: hms-admin find-duplicates</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Record A</source>
        <translation>السجل أ</translation>
    </message>
    <message>
        <source>Record B</source>
        <translation>السجل ب</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <source>Waiting for a decision (best first)</source>
        <translation>بانتظار القرار (الأرجح أولًا)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;دمج…</translation>
    </message>
    <message>
        <source>Keep one record and move everything from the other to it</source>
        <translation>الاحتفاظ بسجل واحد ونقل كل محتوى الآخر إليه</translation>
    </message>
    <message>
        <source>&amp;Not the same person…</source>
        <translation>&amp;ليس الشخص نفسه…</translation>
    </message>
    <message>
        <source>Keep both; never propose this pair again</source>
        <translation>الاحتفاظ بالسجلين وعدم اقتراح هذا الزوج مرة أخرى</translation>
    </message>
    <message>
        <source>The two records, and how much is recorded for each</source>
        <translation>السجلان وما سُجّل في كل منهما</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; pairs waiting</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; زوج بانتظار القرار</numerusform>
            <numerusform>&lt;b&gt;زوج واحد&lt;/b&gt; بانتظار القرار</numerusform>
            <numerusform>&lt;b&gt;زوجان&lt;/b&gt; بانتظار القرار</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; أزواج بانتظار القرار</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; زوجًا بانتظار القرار</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; زوج بانتظار القرار</numerusform>
        </translation>
    </message>
    <message>
        <source>{found} found, {decided} decided ({merged} merged, {distinct} not the same person)</source>
        <translation>عُثر على {found}، وبُتّ في {decided} ({merged} دُمج، {distinct} ليسا الشخص نفسه)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score {score}&lt;/b&gt;: {reasons} (found {found})</source>
        <translation>&lt;b&gt;الدرجة {score}&lt;/b&gt;: {reasons} (وُجد في {found})</translation>
    </message>
    <message>
        <source>No pair selected.</source>
        <translation>لم يُحدَّد أي زوج.</translation>
    </message>
    <message>
        <source>Record A — MRN {mrn}</source>
        <translation>السجل أ — رقم الملف الطبي {mrn}</translation>
    </message>
    <message>
        <source>Record B — MRN {mrn}</source>
        <translation>السجل ب — رقم الملف الطبي {mrn}</translation>
    </message>
    <message>
        <source>Select a pair first.</source>
        <translation>حدّد زوجًا أولًا.</translation>
    </message>
    <message>
        <source>Give a reason of at least {count} characters.</source>
        <translation>اذكر سببًا من {count} أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Say which record is kept.</source>
        <translation>حدّد السجل الذي يُحتفظ به.</translation>
    </message>
    <message>
        <source>Merged (merge #{id}): MRN {gone} now finds MRN {kept}.</source>
        <translation>تم الدمج (الدمج رقم {id}): رقم الملف الطبي {gone} يقود الآن إلى {kept}.</translation>
    </message>
    <message>
        <source>Kept separate: MRN {a} and MRN {b} will not be proposed again.</source>
        <translation>أُبقيا منفصلين: لن يُقترح رقما الملف الطبي {a} و{b} مرة أخرى.</translation>
    </message>
    <message>
        <source>Scanning the registry…</source>
        <translation>جارٍ البحث عن السجلات المكررة…</translation>
    </message>
    <message numerus="yes">
        <source>Scan #{id}: {patients} patients, %n new pairs queued in {seconds} s.</source>
        <translation>
            <numerusform>البحث رقم {id}: {patients} مريض، لا أزواج جديدة، في {seconds} ث.</numerusform>
            <numerusform>البحث رقم {id}: {patients} مريض، زوج جديد واحد بانتظار القرار، في {seconds} ث.</numerusform>
            <numerusform>البحث رقم {id}: {patients} مريض، زوجان جديدان بانتظار القرار، في {seconds} ث.</numerusform>
            <numerusform>البحث رقم {id}: {patients} مريض، %Ln أزواج جديدة بانتظار القرار، في {seconds} ث.</numerusform>
            <numerusform>البحث رقم {id}: {patients} مريض، %Ln زوجًا جديدًا بانتظار القرار، في {seconds} ث.</numerusform>
            <numerusform>البحث رقم {id}: {patients} مريض، %Ln زوج جديد بانتظار القرار، في {seconds} ث.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>جارٍ البحث…</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Correct demographics — MRN {mrn}</source>
        <translation>تصحيح البيانات الشخصية — رقم الملف الطبي {mrn}</translation>
    </message>
    <message>
        <source>e.g. name misspelt at registration; patient moved</source>
        <translation>مثال: خطأ في كتابة الاسم عند التسجيل؛ تغيّر عنوان المريض</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>حفظ التصحيح</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Reason for the change (kept in the record&apos;s history):</source>
        <translation>سبب التغيير (يُحفظ في سجل التغييرات):</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>يُرجى تصحيح الحقول المشار إليها.</translation>
    </message>
    <message>
        <source>Give a reason for the change.</source>
        <translation>اذكر سبب التغيير.</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <source>Hospital</source>
        <translation>المستشفى</translation>
    </message>
    <message>
        <source>Emergency registration — unidentified patient</source>
        <translation>تسجيل طوارئ — مريض مجهول الهوية</translation>
    </message>
    <message>
        <source>For a patient nobody can identify yet. The database gives a temporary identity (&lt;b&gt;UNKNOWN year-number&lt;/b&gt;) for the wristband, orders and notes until the patient is identified; then the record is merged into their existing one or completed.</source>
        <translation>لمريض لا يمكن لأحد تحديد هويته بعد. تمنح قاعدة البيانات هوية مؤقتة (&lt;b&gt;UNKNOWN سنة-رقم&lt;/b&gt;) لسوار التعريف والطلبات والملاحظات حتى تُعرف هوية المريض؛ ثم يُدمج السجل في سجله الموجود أو يُستكمل.</translation>
    </message>
    <message>
        <source>Unknown (not known)</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>years, e.g. 40</source>
        <translation>بالسنوات، مثال: ٤٠</translation>
    </message>
    <message>
        <source>where found, who brought them, features (optional)</source>
        <translation>مكان العثور عليه، من أحضره، علامات مميزة (اختياري)</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>العمر التقديري</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Register unidentified</source>
        <translation>تسجيل مجهول الهوية</translation>
    </message>
    <message>
        <source>Print &amp;wristband…</source>
        <translation>طباعة &amp;سوار التعريف…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Type the estimated age in years (a guess is fine), e.g. 40.</source>
        <translation>اكتب العمر التقديري بالسنوات (يكفي التخمين)، مثال: ٤٠.</translation>
    </message>
    <message>
        <source>{typed} is not an age; type whole years from 0 to {most}.</source>
        <translation>‏{typed} ليس عمرًا؛ اكتب عدد سنوات صحيحًا من ٠ إلى {most}.</translation>
    </message>
    <message>
        <source>The note is too long (500 characters at most).</source>
        <translation>الملاحظة طويلة جدًا (٥٠٠ حرف على الأكثر).</translation>
    </message>
    <message>
        <source>Registered as &lt;b&gt;{alias}&lt;/b&gt; (MRN {mrn}), unidentified, {sex}, born {born}. Put the wristband on now.</source>
        <translation>سُجّل باسم &lt;b&gt;{alias}&lt;/b&gt; (رقم الملف الطبي {mrn})، مجهول الهوية، {sex}، الميلاد: {born}. ضع سوار التعريف الآن.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Wristband {mrn}</source>
        <translation>سوار التعريف {mrn}</translation>
    </message>
</context>
<context>
    <name>IdentifyDialog</name>
    <message>
        <source>Identify {alias} (MRN {mrn})</source>
        <translation>تحديد هوية {alias} (رقم الملف الطبي {mrn})</translation>
    </message>
    <message>
        <source>e.g. passport brought by his daughter</source>
        <translation>مثال: جواز سفر أحضرته ابنته</translation>
    </message>
    <message>
        <source>&lt;b&gt;{alias}&lt;/b&gt; is unidentified. Type who they are. If they are already registered (see &lt;i&gt;Possible duplicates&lt;/i&gt;), do not record a new identity: an administrator merges this record into theirs in the Patient index.</source>
        <translation>‏&lt;b&gt;{alias}&lt;/b&gt; مجهول الهوية. اكتب هويته. إذا كان مسجلًا من قبل (انظر «سجلات مكررة محتملة»)، فلا تسجّل هوية جديدة: يدمج المسؤول هذا السجل في سجله من فهرس المرضى.</translation>
    </message>
    <message>
        <source>This is the existing patient…</source>
        <translation>هذا هو المريض الموجود…</translation>
    </message>
    <message>
        <source>A strong match exists: say how you know this is a different person (at least {count} characters):</source>
        <translation>يوجد تطابق قوي: اذكر كيف عرفت أنه شخص آخر ({count} أحرف على الأقل):</translation>
    </message>
    <message>
        <source>How was the patient identified? (at least {count} characters, kept in the history)</source>
        <translation>كيف حُدّدت هوية المريض؟ ({count} أحرف على الأقل، يُحفظ في السجل)</translation>
    </message>
    <message>
        <source>Nothing was changed. Ask an administrator to merge {alias} (MRN {mrn}, the duplicate) into MRN {existing_mrn} ({existing_name}, the record to keep) in the Patient index: everything recorded under the alias moves to that record.</source>
        <translation>لم يُغيَّر شيء. اطلب من المسؤول دمج {alias} (رقم الملف الطبي {mrn}، السجل المكرر) في رقم الملف الطبي {existing_mrn} ({existing_name}، السجل الذي يُحتفظ به) من فهرس المرضى: ينتقل كل ما سُجّل تحت الهوية المؤقتة إلى ذلك السجل.</translation>
    </message>
</context>
<context>
    <name>MergeWorkspace</name>
    <message>
        <source>UNIDENTIFIED ({alias})</source>
        <translation>مجهول الهوية ({alias})</translation>
    </message>
    <message>
        <source>identified (was {alias})</source>
        <translation>معروف الهوية (سابقًا {alias})</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>معروف الهوية</translation>
    </message>
    <message>
        <source>1. Record to keep (survivor)</source>
        <translation>١. السجل الذي يُحتفظ به (الأساسي)</translation>
    </message>
    <message>
        <source>2. Duplicate to merge into it</source>
        <translation>٢. السجل المكرر الذي يُدمج فيه</translation>
    </message>
    <message>
        <source>Survivor (kept)</source>
        <translation>الأساسي (يُحتفظ به)</translation>
    </message>
    <message>
        <source>Duplicate (merged into survivor)</source>
        <translation>المكرر (يُدمج في الأساسي)</translation>
    </message>
    <message>
        <source>Why are these the same person? (at least {count} characters)</source>
        <translation>لماذا هما الشخص نفسه؟ ({count} أحرف على الأقل)</translation>
    </message>
    <message>
        <source>Merge duplicate into survivor</source>
        <translation>دمج المكرر في الأساسي</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>الأساسي</translation>
    </message>
    <message>
        <source>Merged duplicate</source>
        <translation>المكرر المدموج</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Undo the selected merge…</source>
        <translation>التراجع عن الدمج المحدد…</translation>
    </message>
    <message>
        <source>Recent merges</source>
        <translation>عمليات الدمج الأخيرة</translation>
    </message>
    <message>
        <source>Choose two different records.</source>
        <translation>اختر سجلين مختلفين.</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>دمج السجلات</translation>
    </message>
    <message>
        <source>Move everything recorded for MRN {duplicate_mrn} ({duplicate_name}) to MRN {survivor_mrn} ({survivor_name})? MRN {duplicate_mrn} will then find the survivor. This can be undone.</source>
        <translation>هل تنقل كل ما سُجّل تحت رقم الملف الطبي {duplicate_mrn} ({duplicate_name}) إلى رقم الملف الطبي {survivor_mrn} ({survivor_name})؟ سيقود الرقم {duplicate_mrn} بعد ذلك إلى السجل الأساسي. يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Merged (merge #{id}). The duplicate&apos;s MRN now finds the survivor.</source>
        <translation>تم الدمج (الدمج رقم {id}). رقم الملف الطبي للمكرر يقود الآن إلى السجل الأساسي.</translation>
    </message>
    <message>
        <source>undone {when}</source>
        <translation>أُلغي في {when}</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>مدموج</translation>
    </message>
    <message>
        <source>Select a merge to undo.</source>
        <translation>حدّد عملية الدمج المراد التراجع عنها.</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>التراجع عن الدمج</translation>
    </message>
    <message>
        <source>Why undo merge #{id}? (at least {count} characters)</source>
        <translation>لماذا التراجع عن الدمج رقم {id}؟ ({count} أحرف على الأقل)</translation>
    </message>
    <message>
        <source>Give a reason of at least {count} characters.</source>
        <translation>اذكر سببًا من {count} أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Merge #{id} undone: both records are separate again, exactly as before.</source>
        <translation>أُلغي الدمج رقم {id}: عاد السجلان منفصلين كما كانا تمامًا.</translation>
    </message>
</context>
<context>
    <name>PatientDetail</name>
    <message>
        <source>Demographics</source>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <source>Correct demographics…</source>
        <translation>تصحيح البيانات الشخصية…</translation>
    </message>
    <message>
        <source>&amp;Identify…</source>
        <translation>&amp;تحديد الهوية…</translation>
    </message>
    <message>
        <source>Record who this unidentified patient is, or see how to merge the record into theirs</source>
        <translation>تسجيل هوية هذا المريض مجهول الهوية، أو معرفة كيفية دمج السجل في سجله</translation>
    </message>
    <message>
        <source>Print wristband…</source>
        <translation>طباعة سوار التعريف…</translation>
    </message>
    <message>
        <source>Print ID label…</source>
        <translation>طباعة ملصق التعريف…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>المستشفى</translation>
    </message>
    <message>
        <source>Wristband {mrn}</source>
        <translation>سوار التعريف {mrn}</translation>
    </message>
    <message>
        <source>ID label {mrn}</source>
        <translation>ملصق التعريف {mrn}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>‏{field}: {old} ← {new}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>record #{id} merged into this one</source>
        <translation>دُمج السجل رقم {id} في هذا السجل</translation>
    </message>
    <message>
        <source>merge of record #{id} undone</source>
        <translation>أُلغي دمج السجل رقم {id}</translation>
    </message>
    <message>
        <source>registered unidentified as {alias}</source>
        <translation>سُجّل مجهول الهوية باسم {alias}</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>سُجّل</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <source>exact date</source>
        <translation>تاريخ دقيق</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>السنة فقط</translation>
    </message>
    <message>
        <source>estimated age</source>
        <translation>عمر تقديري</translation>
    </message>
    <message>
        <source>year of birth, e.g. 1970</source>
        <translation>سنة الميلاد، مثال: ١٩٧٠</translation>
    </message>
    <message>
        <source>estimated age in years, e.g. 40</source>
        <translation>العمر التقديري بالسنوات، مثال: ٤٠</translation>
    </message>
    <message>
        <source>{pattern}, e.g. {example}</source>
        <translation>‏{pattern}، مثال: {example}</translation>
    </message>
    <message>
        <source>How well the birth date is known: the exact date, only the year, or an age estimated by staff (shown as such everywhere)</source>
        <translation>مدى معرفة تاريخ الميلاد: التاريخ الدقيق، أو السنة فقط، أو عمر يقدّره الطاقم (ويُعرض كذلك في كل مكان)</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
</context>
<context>
    <name>PatientInput</name>
    <message>
        <source>{field} is required.</source>
        <translation>‏{field}: حقل إلزامي.</translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters, at most {most}).</source>
        <translation>‏{field}: طويل جدًا ({length} حرفًا، والحد الأقصى {most}).</translation>
    </message>
    <message>
        <source>Say whether the birth date is exact, only the year, or an estimated age.</source>
        <translation>حدّد ما إذا كان تاريخ الميلاد دقيقًا، أو السنة فقط، أو عمرًا تقديريًا.</translation>
    </message>
    <message>
        <source>Type the year of birth, e.g. 1970.</source>
        <translation>اكتب سنة الميلاد، مثال: ١٩٧٠.</translation>
    </message>
    <message>
        <source>{typed} is not a year; type four digits, e.g. 1970.</source>
        <translation>‏{typed} ليست سنة؛ اكتب أربعة أرقام، مثال: ١٩٧٠.</translation>
    </message>
    <message>
        <source>The year of birth is in the future.</source>
        <translation>سنة الميلاد في المستقبل.</translation>
    </message>
    <message>
        <source>Born this year and only the year known: type the exact date, or an estimated age of 0.</source>
        <translation>وُلد هذا العام والسنة فقط معروفة: اكتب التاريخ الدقيق، أو عمرًا تقديريًا ٠.</translation>
    </message>
    <message>
        <source>The year of birth is before 1880.</source>
        <translation>سنة الميلاد قبل ١٨٨٠.</translation>
    </message>
    <message>
        <source>Type the estimated age in years, e.g. 40.</source>
        <translation>اكتب العمر التقديري بالسنوات، مثال: ٤٠.</translation>
    </message>
    <message>
        <source>{typed} is not an age; type whole years from 0 to {most}, e.g. 40.</source>
        <translation>‏{typed} ليس عمرًا؛ اكتب عدد سنوات صحيحًا من ٠ إلى {most}، مثال: ٤٠.</translation>
    </message>
    <message>
        <source>Birth date is required ({pattern}).</source>
        <translation>تاريخ الميلاد إلزامي ({pattern}).</translation>
    </message>
    <message>
        <source>{typed} is not a date; type {pattern}, e.g. {example}. If only the year is known, choose &apos;year only&apos;.</source>
        <translation>‏{typed} ليس تاريخًا؛ اكتب {pattern}، مثال: {example}. إذا كانت السنة فقط معروفة، فاختر «السنة فقط».</translation>
    </message>
    <message>
        <source>{typed} is not a date; type {pattern}, e.g. {example}. If the age is estimated, choose &apos;estimated age&apos;.</source>
        <translation>‏{typed} ليس تاريخًا؛ اكتب {pattern}، مثال: {example}. إذا كان العمر تقديريًا، فاختر «عمر تقديري».</translation>
    </message>
    <message>
        <source>{typed} is not a date; type {pattern}, e.g. {example}.</source>
        <translation>‏{typed} ليس تاريخًا؛ اكتب {pattern}، مثال: {example}.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>تاريخ الميلاد في المستقبل.</translation>
    </message>
    <message>
        <source>The birth date is before 1880.</source>
        <translation>تاريخ الميلاد قبل ١٨٨٠.</translation>
    </message>
    <message>
        <source>Choose female, male, other or unknown.</source>
        <translation>اختر: أنثى، أو ذكر، أو آخر، أو غير معروف.</translation>
    </message>
    <message>
        <source>A national ID has 4 to 32 letters, digits or dashes.</source>
        <translation>يتكوّن رقم الهوية من ٤ إلى ٣٢ حرفًا أو رقمًا أو شرطة.</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces, +, (, ), ., / or - only.</source>
        <translation>لا يحتوي رقم الهاتف إلا على أرقام ومسافات و+ و( و) و. و/ و-.</translation>
    </message>
    <message>
        <source>The address is too long (300 characters at most).</source>
        <translation>العنوان طويل جدًا (٣٠٠ حرف على الأكثر).</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>A postal code has 2 to 12 letters, digits, spaces or dashes.</source>
        <translation>يتكوّن الرمز البريدي من ٢ إلى ١٢ حرفًا أو رقمًا أو مسافة أو شرطة.</translation>
    </message>
</context>
<context>
    <name>PatientListPanel</name>
    <message>
        <source>{name}  (unidentified)</source>
        <translation>‏{name}  (مجهول الهوية)</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>رقم الملف الطبي</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>الميلاد</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Type a name, MRN, birth date, phone or national ID.</source>
        <translation>اكتب اسمًا أو رقم الملف الطبي أو تاريخ الميلاد أو الهاتف أو رقم الهوية.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>No patient found. Check the spelling, or register a new patient.</source>
        <translation>لم يُعثر على أي مريض. تحقّق من الإملاء، أو سجّل مريضًا جديدًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n patients found — scroll for more</source>
        <translation>
            <numerusform>لم يُعثر على أي مريض</numerusform>
            <numerusform>عُثر على مريض واحد — مرّر لعرض المزيد</numerusform>
            <numerusform>عُثر على مريضين — مرّر لعرض المزيد</numerusform>
            <numerusform>عُثر على %Ln مرضى — مرّر لعرض المزيد</numerusform>
            <numerusform>عُثر على %Ln مريضًا — مرّر لعرض المزيد</numerusform>
            <numerusform>عُثر على %Ln مريض — مرّر لعرض المزيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patients found</source>
        <translation>
            <numerusform>لم يُعثر على أي مريض</numerusform>
            <numerusform>عُثر على مريض واحد</numerusform>
            <numerusform>عُثر على مريضين</numerusform>
            <numerusform>عُثر على %Ln مرضى</numerusform>
            <numerusform>عُثر على %Ln مريضًا</numerusform>
            <numerusform>عُثر على %Ln مريض</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientRow</name>
    <message>
        <source>{year} (year only)</source>
        <translation>‏{year} (السنة فقط)</translation>
    </message>
    <message>
        <source>c. {year} (estimated)</source>
        <translation>حوالي {year} (تقديري)</translation>
    </message>
</context>
<context>
    <name>ReceptionWorkspace</name>
    <message>
        <source>&amp;Register new patient… (Ctrl+N)</source>
        <translation>&amp;تسجيل مريض جديد… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Emergency — unidentified…</source>
        <translation>طوارئ — مجهول الهوية…</translation>
    </message>
    <message>
        <source>Register a patient nobody can identify yet under a temporary identity</source>
        <translation>تسجيل مريض لا يمكن لأحد تحديد هويته بعد تحت هوية مؤقتة</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register a new patient</source>
        <translation>تسجيل مريض جديد</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>This patient may already be registered. To register anyway, say why (at least {count} characters):</source>
        <translation>قد يكون هذا المريض مسجلًا من قبل. للتسجيل رغم ذلك، اذكر السبب ({count} أحرف على الأقل):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Emergency — unidentified…</source>
        <translation>&amp;طوارئ — مجهول الهوية…</translation>
    </message>
    <message>
        <source>Register a patient nobody can identify yet under a temporary identity (UNKNOWN year-number), with sex if known and an estimated age</source>
        <translation>تسجيل مريض لا يمكن لأحد تحديد هويته بعد تحت هوية مؤقتة (UNKNOWN سنة-رقم)، مع الجنس إن كان معروفًا وعمر تقديري</translation>
    </message>
    <message>
        <source>Existing records could not be checked. Press Register again to register anyway.</source>
        <translation>تعذّر التحقق من السجلات الموجودة. اضغط «تسجيل» مرة أخرى للتسجيل رغم ذلك.</translation>
    </message>
    <message>
        <source>Register as unidentified?</source>
        <translation>التسجيل كمجهول الهوية؟</translation>
    </message>
    <message>
        <source>The names typed here will not be used: the patient gets a temporary identity until identified. Continue?</source>
        <translation>لن تُستخدم الأسماء المكتوبة هنا: يحصل المريض على هوية مؤقتة حتى تُعرف هويته. هل تريد المتابعة؟</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>يُرجى تصحيح الحقول المشار إليها.</translation>
    </message>
    <message>
        <source>Checking for existing records…</source>
        <translation>جارٍ التحقق من السجلات الموجودة…</translation>
    </message>
    <message>
        <source>Say why you register despite the strong match.</source>
        <translation>اذكر سبب التسجيل رغم التطابق القوي.</translation>
    </message>
    <message>
        <source>{name}, MRN {mrn}, born {born} ({score}%: {reasons})</source>
        <translation>‏{name}، رقم الملف الطبي {mrn}، الميلاد: {born} ({score}٪: {reasons})</translation>
    </message>
    <message>
        <source>This patient may already be registered</source>
        <translation>قد يكون هذا المريض مسجلًا من قبل</translation>
    </message>
    <message>
        <source>A strong match exists. Open the existing record instead, or say why this is a different person (at least {count} characters) and register again.</source>
        <translation>يوجد تطابق قوي. افتح السجل الموجود بدلًا من ذلك، أو اذكر لماذا هو شخص آخر ({count} أحرف على الأقل) ثم سجّل مرة أخرى.</translation>
    </message>
    <message>
        <source>Record identity</source>
        <translation>تسجيل الهوية</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>رقم الملف الطبي</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Birth date accuracy</source>
        <translation>دقة تاريخ الميلاد</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>سجّله</translation>
    </message>
    <message>
        <source>Temporary alias</source>
        <translation>الهوية المؤقتة</translation>
    </message>
    <message>
        <source>Identification note</source>
        <translation>ملاحظة تحديد الهوية</translation>
    </message>
    <message>
        <source>dd</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>yyyy</source>
        <translation>سنة</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>{mrn} is not a valid MRN (its check digit is wrong): mistyped?</source>
        <translation>‏{mrn} ليس رقم ملف طبي صحيحًا (رقم التحقق خاطئ): خطأ في الكتابة؟</translation>
    </message>
</context>
<context>
    <name>_FormKeys</name>
    <message>
        <source>Discard?</source>
        <translation>تجاهل؟</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Discard it?</source>
        <translation>لم يُحفظ ما كتبته. هل تريد تجاهله؟</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>متابعة التحرير</translation>
    </message>
    <message>
        <source>Discard this registration?</source>
        <translation>تجاهل هذا التسجيل؟</translation>
    </message>
    <message>
        <source>Discard this correction?</source>
        <translation>تجاهل هذا التصحيح؟</translation>
    </message>
    <message>
        <source>Discard this identification?</source>
        <translation>تجاهل تحديد الهوية هذا؟</translation>
    </message>
</context>
</TS>
