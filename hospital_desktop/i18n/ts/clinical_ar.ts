<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Allergy</name>
    <message>
        <source>drug</source>
        <translation>دواء</translation>
    </message>
    <message>
        <source>food</source>
        <translation>طعام</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>بيئية</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>خفيفة</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>شديدة</translation>
    </message>
    <message>
        <source>life-threatening</source>
        <translation>مهددة للحياة</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>غير نشطة</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>أُدخلت خطأً</translation>
    </message>
</context>
<context>
    <name>Appointment</name>
    <message>
        <source>booked</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>in consultation</source>
        <translation>عند الطبيب</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>تمت المعاينة</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
</context>
<context>
    <name>ClinicWorkspace</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>رقم الملف الطبي</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>الطبيب</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Today&apos;s appointments in my clinics (double-click or Return to start or resume)</source>
        <translation>مواعيد اليوم في عياداتي (انقر نقرًا مزدوجًا أو اضغط Enter للبدء أو المتابعة)</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>قائمة العمل</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <source>{service} (video)</source>
        <translation>{service} (عن بُعد بالفيديو)</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) today.</source>
        <translation>
            <numerusform>لا مواعيد اليوم.</numerusform>
            <numerusform>موعد واحد اليوم.</numerusform>
            <numerusform>موعدان اليوم.</numerusform>
            <numerusform>%Ln مواعيد اليوم.</numerusform>
            <numerusform>%Ln موعدًا اليوم.</numerusform>
            <numerusform>%Ln موعد اليوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>That order is not visible to you.</source>
        <translation>لا يمكنك الاطلاع على هذا الطلب.</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>primary</source>
        <translation>رئيسي</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>ثانوي</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>مبدئي</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>زال</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>أُدخل خطأً</translation>
    </message>
</context>
<context>
    <name>Encounter</name>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغاة</translation>
    </message>
</context>
<context>
    <name>EncounterView</name>
    <message>
        <source>Subjective</source>
        <translation>الأعراض (ذاتي)</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>الفحص (موضوعي)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>&amp;Note (SOAP)</source>
        <translation>&amp;ملاحظة (SOAP)</translation>
    </message>
    <message>
        <source>&amp;Vital signs</source>
        <translation>ال&amp;علامات الحيوية</translation>
    </message>
    <message>
        <source>&amp;Allergies</source>
        <translation>ال&amp;حساسية</translation>
    </message>
    <message>
        <source>&amp;Diagnoses</source>
        <translation>ال&amp;تشخيصات</translation>
    </message>
    <message>
        <source>&amp;Problem list</source>
        <translation>&amp;قائمة المشكلات</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>ال&amp;سجل الزمني</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>ال&amp;طلبات</translation>
    </message>
    <message>
        <source>C&amp;lose encounter</source>
        <translation>إ&amp;نهاء الزيارة</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>حفظ الملاحظة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>العلامة</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Choose substance…</source>
        <translation>اختر المادة…</translation>
    </message>
    <message>
        <source>Category…</source>
        <translation>الفئة…</translation>
    </message>
    <message>
        <source>reaction, e.g. hives</source>
        <translation>التفاعل، مثل الشرى</translation>
    </message>
    <message>
        <source>Severity (if known)</source>
        <translation>الشدة (إن عُرفت)</translation>
    </message>
    <message>
        <source>Add allergy</source>
        <translation>إضافة حساسية</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>لا حساسية معروفة</translation>
    </message>
    <message>
        <source>The patient (or someone for them) says there are no known allergies: recorded with your name and the time</source>
        <translation>يفيد المريض (أو من ينوب عنه) بعدم وجود حساسية معروفة: يُسجَّل باسمك مع الوقت</translation>
    </message>
    <message>
        <source>Asked, and the patient knows of none:</source>
        <translation>سُئل المريض ولا يعرف أي حساسية:</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>المادة</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>التفاعل</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الشدة</translation>
    </message>
    <message>
        <source>Allergies not yet asked — record allergies or &apos;No known allergies&apos;</source>
        <translation>لم يُسأل عن الحساسية بعد — سجّل الحساسية أو «لا حساسية معروفة»</translation>
    </message>
    <message>
        <source>Record allergies…</source>
        <translation>تسجيل الحساسية…</translation>
    </message>
    <message>
        <source>Search ICD-10 by code or words, e.g. J06 or &apos;hypertension&apos;</source>
        <translation>ابحث في ICD-10 بالرمز أو بالكلمات، مثل J06 أو «hypertension»</translation>
    </message>
    <message>
        <source>Add as primary</source>
        <translation>إضافة كتشخيص رئيسي</translation>
    </message>
    <message>
        <source>Add as secondary</source>
        <translation>إضافة كتشخيص ثانوي</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>التشخيص</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>الرتبة</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>درجة التأكد</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <source>Add to problem list</source>
        <translation>إضافة إلى قائمة المشكلات</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Amend selected note…</source>
        <translation>تصحيح الملاحظة المحددة…</translation>
    </message>
    <message>
        <source>This encounter is not visible to you.</source>
        <translation>لا يمكنك الاطلاع على هذه الزيارة.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encounter #{id}&lt;/b&gt; · {department} · {clinician} · started {started} · &lt;b&gt;{status}&lt;/b&gt; · video visit</source>
        <translation>&lt;b&gt;الزيارة رقم {id}&lt;/b&gt; · {department} · {clinician} · بدأت في {started} · &lt;b&gt;{status}&lt;/b&gt; · استشارة عن بُعد</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encounter #{id}&lt;/b&gt; · {department} · {clinician} · started {started} · &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>&lt;b&gt;الزيارة رقم {id}&lt;/b&gt; · {department} · {clinician} · بدأت في {started} · &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{kind} of note {note}: {reason}</source>
        <translation>{kind} للملاحظة {note}: {reason}</translation>
    </message>
    <message>
        <source>{kind} (remote)</source>
        <translation>{kind} (عن بُعد)</translation>
    </message>
    <message>
        <source>{unit}  (plausible {low}–{high})</source>
        <translation>{unit}  (النطاق المقبول {low}–{high})</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>اكتب الملاحظة أولًا.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>حُفظت الملاحظة.</translation>
    </message>
    <message>
        <source>{sign} {value} {unit} recorded.</source>
        <translation>تم تسجيل {sign}: {value} {unit}.</translation>
    </message>
    <message>
        <source>Choose or type the substance.</source>
        <translation>اختر المادة أو اكتبها.</translation>
    </message>
    <message>
        <source>Allergy to {substance} recorded.</source>
        <translation>سُجّلت الحساسية من {substance}.</translation>
    </message>
    <message>
        <source>No known allergies recorded.</source>
        <translation>سُجّل: لا حساسية معروفة.</translation>
    </message>
    <message>
        <source>Search and select a diagnosis first.</source>
        <translation>ابحث عن تشخيص وحدده أولًا.</translation>
    </message>
    <message>
        <source>{code} added as primary diagnosis.</source>
        <translation>أُضيف {code} كتشخيص رئيسي.</translation>
    </message>
    <message>
        <source>{code} added as secondary diagnosis.</source>
        <translation>أُضيف {code} كتشخيص ثانوي.</translation>
    </message>
    <message>
        <source>Search and select a problem first.</source>
        <translation>ابحث عن مشكلة وحددها أولًا.</translation>
    </message>
    <message>
        <source>{code} added to the problem list.</source>
        <translation>أُضيف {code} إلى قائمة المشكلات.</translation>
    </message>
    <message>
        <source>Select the note to amend in the timeline.</source>
        <translation>حدد في السجل الزمني الملاحظة المراد تصحيحها.</translation>
    </message>
    <message>
        <source>Amend note</source>
        <translation>تصحيح الملاحظة</translation>
    </message>
    <message>
        <source>Corrected text:</source>
        <translation>النص المصحح:</translation>
    </message>
    <message>
        <source>Reason for the amendment:</source>
        <translation>سبب التصحيح:</translation>
    </message>
    <message>
        <source>Amendment saved.</source>
        <translation>حُفظ التصحيح.</translation>
    </message>
    <message>
        <source>Encounter closed.</source>
        <translation>أُنهيت الزيارة.</translation>
    </message>
</context>
<context>
    <name>Note</name>
    <message>
        <source>consultation note (SOAP)</source>
        <translation>ملاحظة الاستشارة (SOAP)</translation>
    </message>
    <message>
        <source>progress note</source>
        <translation>ملاحظة متابعة</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <source>nursing note</source>
        <translation>ملاحظة تمريضية</translation>
    </message>
</context>
<context>
    <name>VitalSign</name>
    <message>
        <source>Systolic blood pressure</source>
        <translation>ضغط الدم الانقباضي</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>ضغط الدم الانبساطي</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>معدل ضربات القلب</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>معدل التنفس</translation>
    </message>
    <message>
        <source>Body temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>Oxygen saturation (SpO2)</source>
        <translation>تشبع الأكسجين (SpO₂)</translation>
    </message>
    <message>
        <source>Body weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Body height</source>
        <translation>الطول</translation>
    </message>
    <message>
        <source>Pain score (0-10)</source>
        <translation>شدة الألم (0-10)</translation>
    </message>
    <message>
        <source>final</source>
        <translation>نهائية</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>أُدخلت خطأً</translation>
    </message>
    <message>
        <source>score</source>
        <translation>درجة</translation>
    </message>
</context>
</TS>
