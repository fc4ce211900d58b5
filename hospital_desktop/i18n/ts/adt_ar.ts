<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AdmitDialog</name>
    <message>
        <source>From the clinic</source>
        <translation>من العيادة</translation>
    </message>
    <message>
        <source>From the emergency department</source>
        <translation>من قسم الطوارئ</translation>
    </message>
    <message>
        <source>Elective</source>
        <translation>دخول مُجدوَل</translation>
    </message>
    <message>
        <source>Transfer in from another hospital</source>
        <translation>تحويل من مستشفى آخر</translation>
    </message>
    <message>
        <source>Admit into bed {bed}</source>
        <translation>إدخال إلى السرير {bed}</translation>
    </message>
    <message>
        <source>Reason for admission (clinical; not shown to reception)</source>
        <translation>سبب الدخول (سريري؛ لا يظهر للاستقبال)</translation>
    </message>
    <message>
        <source>Expected discharge</source>
        <translation>الخروج المتوقع</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Attending doctor</source>
        <translation>الطبيب المعالج</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>From</source>
        <translation>القادم من</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>العزل</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>إدخال</translation>
    </message>
    <message>
        <source>Bed {bed} ({room})</source>
        <translation>السرير {bed} ({room})</translation>
    </message>
    <message>
        <source>— choose the attending doctor —</source>
        <translation>— اختر الطبيب المعالج —</translation>
    </message>
    <message>
        <source>{name}   MRN {mrn}   born {birth_date}</source>
        <translation>{name}   رقم الملف الطبي {mrn}   تاريخ الميلاد {birth_date}</translation>
    </message>
    <message>
        <source>No patient found.</source>
        <translation>لم يُعثر على أي مريض.</translation>
    </message>
    <message>
        <source>Find and choose the patient first.</source>
        <translation>ابحث عن المريض واختره أولًا.</translation>
    </message>
    <message>
        <source>Say why the patient is admitted.</source>
        <translation>اذكر سبب دخول المريض.</translation>
    </message>
    <message>
        <source>Choose the attending doctor.</source>
        <translation>اختر الطبيب المعالج.</translation>
    </message>
</context>
<context>
    <name>BedBoard</name>
    <message>
        <source>Why is the bed reserved?</source>
        <translation>لماذا حُجز السرير؟</translation>
    </message>
    <message>
        <source>Why is the bed out of service?</source>
        <translation>لماذا السرير خارج الخدمة؟</translation>
    </message>
    <message>
        <source>Bed {bed} is free now.</source>
        <translation>السرير {bed} شاغر الآن.</translation>
    </message>
    <message>
        <source>Bed {bed} is reserved now.</source>
        <translation>السرير {bed} محجوز الآن.</translation>
    </message>
    <message>
        <source>Bed {bed} is out of service now.</source>
        <translation>السرير {bed} خارج الخدمة الآن.</translation>
    </message>
    <message>
        <source>Bed {bed} is to be cleaned now.</source>
        <translation>السرير {bed} بانتظار التنظيف الآن.</translation>
    </message>
    <message>
        <source>MRN {mrn} · day {day}</source>
        <translation>رقم الملف {mrn} · اليوم {day}</translation>
    </message>
    <message>
        <source>MRN {mrn}</source>
        <translation>رقم الملف {mrn}</translation>
    </message>
    <message>
        <source>in {when}</source>
        <translation>دخول {when}</translation>
    </message>
    <message>
        <source>out ~{date}</source>
        <translation>خروج ~{date}</translation>
    </message>
    <message>
        <source>Admit patient…</source>
        <translation>إدخال مريض…</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>نقل…</translation>
    </message>
    <message>
        <source>Cleaned — bed free</source>
        <translation>نُظّف — السرير شاغر</translation>
    </message>
    <message>
        <source>Reserve…</source>
        <translation>حجز…</translation>
    </message>
    <message>
        <source>Release reservation</source>
        <translation>إلغاء الحجز</translation>
    </message>
    <message>
        <source>Out of service…</source>
        <translation>خارج الخدمة…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>الجناح</translation>
    </message>
    <message>
        <source>{beds}: {occupied}, {free}, {reserved}, {cleaning}, {out_of_service}</source>
        <translation>{beds} — {occupied}، {free}، {reserved}، {cleaning}، {out_of_service}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln beds</source>
        <translation>
            <numerusform>الأسرّة: %Ln</numerusform>
            <numerusform>الأسرّة: %Ln</numerusform>
            <numerusform>الأسرّة: %Ln</numerusform>
            <numerusform>الأسرّة: %Ln</numerusform>
            <numerusform>الأسرّة: %Ln</numerusform>
            <numerusform>الأسرّة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln occupied</source>
        <translation>
            <numerusform>مشغول: %Ln</numerusform>
            <numerusform>مشغول: %Ln</numerusform>
            <numerusform>مشغول: %Ln</numerusform>
            <numerusform>مشغول: %Ln</numerusform>
            <numerusform>مشغول: %Ln</numerusform>
            <numerusform>مشغول: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln free</source>
        <translation>
            <numerusform>شاغر: %Ln</numerusform>
            <numerusform>شاغر: %Ln</numerusform>
            <numerusform>شاغر: %Ln</numerusform>
            <numerusform>شاغر: %Ln</numerusform>
            <numerusform>شاغر: %Ln</numerusform>
            <numerusform>شاغر: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reserved</source>
        <translation>
            <numerusform>محجوز: %Ln</numerusform>
            <numerusform>محجوز: %Ln</numerusform>
            <numerusform>محجوز: %Ln</numerusform>
            <numerusform>محجوز: %Ln</numerusform>
            <numerusform>محجوز: %Ln</numerusform>
            <numerusform>محجوز: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cleaning</source>
        <translation>
            <numerusform>قيد التنظيف: %Ln</numerusform>
            <numerusform>قيد التنظيف: %Ln</numerusform>
            <numerusform>قيد التنظيف: %Ln</numerusform>
            <numerusform>قيد التنظيف: %Ln</numerusform>
            <numerusform>قيد التنظيف: %Ln</numerusform>
            <numerusform>قيد التنظيف: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln out of service</source>
        <translation>
            <numerusform>خارج الخدمة: %Ln</numerusform>
            <numerusform>خارج الخدمة: %Ln</numerusform>
            <numerusform>خارج الخدمة: %Ln</numerusform>
            <numerusform>خارج الخدمة: %Ln</numerusform>
            <numerusform>خارج الخدمة: %Ln</numerusform>
            <numerusform>خارج الخدمة: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Admitted into bed {bed}.</source>
        <translation>أُدخل المريض إلى السرير {bed}.</translation>
    </message>
    <message>
        <source>Bed {bed}</source>
        <translation>السرير {bed}</translation>
    </message>
</context>
<context>
    <name>BedState</name>
    <message>
        <source>free</source>
        <translation>شاغر</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>مشغول</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>cleaning</source>
        <translation>قيد التنظيف</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>خارج الخدمة</translation>
    </message>
</context>
<context>
    <name>DischargePanel</name>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>موقَّع</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>إلى المنزل</translation>
    </message>
    <message>
        <source>Transfer to another hospital</source>
        <translation>نقل إلى مستشفى آخر</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>وفاة</translation>
    </message>
    <message>
        <source>Left against medical advice</source>
        <translation>خروج ضد المشورة الطبية</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>التشخيصات</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Results of note</source>
        <translation>النتائج المهمة</translation>
    </message>
    <message>
        <source>Medications on discharge</source>
        <translation>أدوية الخروج</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>{diagnosis} (provisional)</source>
        <translation>{diagnosis} (مبدئي)</translation>
    </message>
    <message>
        <source>This discharge summary is not a draft you may sign.</source>
        <translation>ملخص الخروج هذا ليس مسودة يمكنك توقيعها.</translation>
    </message>
    <message>
        <source>There is no discharge summary you may read.</source>
        <translation>لا يوجد ملخص خروج يمكنك الاطلاع عليه.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>كتبه</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>وقّعه</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>تاريخ التوقيع</translation>
    </message>
    <message>
        <source>Amendment reason</source>
        <translation>سبب التعديل</translation>
    </message>
    <message>
        <source>Fill from the record</source>
        <translation>تعبئة من الملف</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>حفظ المسودة</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>توقيع</translation>
    </message>
    <message>
        <source>Amend (new version)…</source>
        <translation>تعديل (إصدار جديد)…</translation>
    </message>
    <message>
        <source>Preview / print…</source>
        <translation>معاينة / طباعة…</translation>
    </message>
    <message>
        <source>Discharge note (optional)</source>
        <translation>ملاحظة الخروج (اختيارية)</translation>
    </message>
    <message>
        <source>Discharge patient</source>
        <translation>إخراج المريض</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>جهة الخروج</translation>
    </message>
    <message>
        <source>Discharge summary versions (a signed version never changes)</source>
        <translation>إصدارات ملخص الخروج (الإصدار الموقَّع لا يتغير أبدًا)</translation>
    </message>
    <message>
        <source>No summary yet: fill it from the record or write it, then save the draft.</source>
        <translation>لا يوجد ملخص بعد: عبّئه من الملف أو اكتبه، ثم احفظ المسودة.</translation>
    </message>
    <message>
        <source>Version {version} is a draft.</source>
        <translation>الإصدار {version} مسودة.</translation>
    </message>
    <message>
        <source>Version {version} is signed.</source>
        <translation>الإصدار {version} موقَّع.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>حُفظت المسودة.</translation>
    </message>
    <message>
        <source>Discharge summary signed.</source>
        <translation>وُقّع ملخص الخروج.</translation>
    </message>
    <message>
        <source>Amend the discharge summary</source>
        <translation>تعديل ملخص الخروج</translation>
    </message>
    <message>
        <source>Why does the signed summary need a new version?</source>
        <translation>لماذا يحتاج الملخص الموقَّع إلى إصدار جديد؟</translation>
    </message>
    <message>
        <source>New draft version: edit it, then sign it.</source>
        <translation>إصدار جديد كمسودة: عدّله ثم وقّعه.</translation>
    </message>
    <message>
        <source>discharge summary v{version}</source>
        <translation>ملخص الخروج، الإصدار {version}</translation>
    </message>
    <message numerus="yes">
        <source>{patient} discharged ({outcome}); bed {bed} goes to cleaning; %Ln more bed-day(s) charged.</source>
        <translation>
            <numerusform>خرج {patient} ({outcome})؛ ينتقل السرير {bed} إلى التنظيف؛ لم يُحتسب أي يوم إقامة إضافي.</numerusform>
            <numerusform>خرج {patient} ({outcome})؛ ينتقل السرير {bed} إلى التنظيف؛ احتُسب يوم إقامة إضافي واحد.</numerusform>
            <numerusform>خرج {patient} ({outcome})؛ ينتقل السرير {bed} إلى التنظيف؛ احتُسب يوما إقامة إضافيان.</numerusform>
            <numerusform>خرج {patient} ({outcome})؛ ينتقل السرير {bed} إلى التنظيف؛ احتُسبت %Ln أيام إقامة إضافية.</numerusform>
            <numerusform>خرج {patient} ({outcome})؛ ينتقل السرير {bed} إلى التنظيف؛ احتُسب %Ln يومَ إقامة إضافيًا.</numerusform>
            <numerusform>خرج {patient} ({outcome})؛ ينتقل السرير {bed} إلى التنظيف؛ احتُسب %Ln يوم إقامة إضافي.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FluidPanel</name>
    <message>
        <source>Oral</source>
        <translation>فموي</translation>
    </message>
    <message>
        <source>Intravenous</source>
        <translation>وريدي</translation>
    </message>
    <message>
        <source>Enteral tube</source>
        <translation>أنبوب تغذية معوي</translation>
    </message>
    <message>
        <source>Blood products</source>
        <translation>مشتقات الدم</translation>
    </message>
    <message>
        <source>Other intake</source>
        <translation>مدخول آخر</translation>
    </message>
    <message>
        <source>Urine</source>
        <translation>البول</translation>
    </message>
    <message>
        <source>Vomit</source>
        <translation>القيء</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>أنبوب التصريف</translation>
    </message>
    <message>
        <source>Stool</source>
        <translation>البراز</translation>
    </message>
    <message>
        <source>Gastric aspirate</source>
        <translation>الرشف المعدي</translation>
    </message>
    <message>
        <source>Other output</source>
        <translation>مخرج آخر</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>In (ml)</source>
        <translation>الداخل (مل)</translation>
    </message>
    <message>
        <source>Out (ml)</source>
        <translation>الخارج (مل)</translation>
    </message>
    <message>
        <source>Balance (ml)</source>
        <translation>التوازن (مل)</translation>
    </message>
    <message>
        <source>Stay (ml)</source>
        <translation>تراكمي الإقامة (مل)</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>وقت القياس</translation>
    </message>
    <message>
        <source>In / out</source>
        <translation>داخل / خارج</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>الطريق</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>مل</translation>
    </message>
    <message>
        <source>Charted by</source>
        <translation>سجّله</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>المدخول</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>المخرج</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Chart volume</source>
        <translation>تسجيل الكمية</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Measured at</source>
        <translation>وقت القياس</translation>
    </message>
    <message>
        <source>In and out per day (ml)</source>
        <translation>الداخل والخارج يوميًا (مل)</translation>
    </message>
    <message>
        <source>why it is wrong</source>
        <translation>سبب الخطأ</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
        <translation>تعليم كإدخال خاطئ</translation>
    </message>
    <message>
        <source>in</source>
        <translation>داخل</translation>
    </message>
    <message>
        <source>out</source>
        <translation>خارج</translation>
    </message>
    <message>
        <source>ENTERED IN ERROR: {reason}</source>
        <translation>إدخال خاطئ: {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{day}&lt;/b&gt;: in {intake} ml, out {output} ml, balance &lt;b&gt;{balance} ml&lt;/b&gt; · stay running balance &lt;b&gt;{running} ml&lt;/b&gt;</source>
        <translation>&lt;b&gt;{day}&lt;/b&gt;: الداخل {intake} مل، الخارج {output} مل، التوازن &lt;b&gt;{balance} مل&lt;/b&gt; · التوازن التراكمي للإقامة &lt;b&gt;{running} مل&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing charted for this stay yet.</source>
        <translation>لم يُسجَّل شيء لهذه الإقامة بعد.</translation>
    </message>
    <message>
        <source>Give the measured volume in ml.</source>
        <translation>أدخل الكمية المقيسة بالمليلتر.</translation>
    </message>
    <message>
        <source>Charted intake: {volume} ml ({route}).</source>
        <translation>سُجّل مدخول: {volume} مل ({route}).</translation>
    </message>
    <message>
        <source>Charted output: {volume} ml ({route}).</source>
        <translation>سُجّل مخرج: {volume} مل ({route}).</translation>
    </message>
    <message>
        <source>Select the entry that is wrong.</source>
        <translation>اختر الإدخال الخاطئ.</translation>
    </message>
    <message>
        <source>Say why the entry is wrong (at least 5 characters).</source>
        <translation>اذكر سبب خطأ الإدخال (5 أحرف على الأقل).</translation>
    </message>
    <message>
        <source>Entry of {volume} ml marked entered in error.</source>
        <translation>عُلّم إدخال {volume} مل كإدخال خاطئ.</translation>
    </message>
</context>
<context>
    <name>InpatientsWorkspace</name>
    <message>
        <source>Ward</source>
        <translation>الجناح</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>السرير</translation>
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
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>الطبيب المعالج</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>My inpatients (double-click the bed on the board to open any of your stays)</source>
        <translation>مرضاي المنوّمون (انقر نقرًا مزدوجًا على السرير في اللوحة لفتح أي إقامة من إقاماتك)</translation>
    </message>
    <message>
        <source>My inpatients</source>
        <translation>مرضاي المنوّمون</translation>
    </message>
    <message>
        <source>Bed board / admit</source>
        <translation>لوحة الأسرّة / الإدخال</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>العلامات الحيوية</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>الخروج</translation>
    </message>
    <message numerus="yes">
        <source>%Ln inpatient(s).</source>
        <translation>
            <numerusform>عدد المرضى المنوّمين: %Ln.</numerusform>
            <numerusform>عدد المرضى المنوّمين: %Ln.</numerusform>
            <numerusform>عدد المرضى المنوّمين: %Ln.</numerusform>
            <numerusform>عدد المرضى المنوّمين: %Ln.</numerusform>
            <numerusform>عدد المرضى المنوّمين: %Ln.</numerusform>
            <numerusform>عدد المرضى المنوّمين: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>That stay is not one you may open.</source>
        <translation>لا يمكنك فتح هذه الإقامة.</translation>
    </message>
</context>
<context>
    <name>Isolation</name>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>تلامسي</translation>
    </message>
    <message>
        <source>droplet</source>
        <translation>رذاذي</translation>
    </message>
    <message>
        <source>airborne</source>
        <translation>هوائي</translation>
    </message>
    <message>
        <source>protective</source>
        <translation>وقائي</translation>
    </message>
    <message>
        <source>Contact isolation</source>
        <translation>عزل تلامسي</translation>
    </message>
    <message>
        <source>Droplet isolation</source>
        <translation>عزل رذاذي</translation>
    </message>
    <message>
        <source>Airborne isolation</source>
        <translation>عزل هوائي</translation>
    </message>
    <message>
        <source>Protective isolation</source>
        <translation>عزل وقائي</translation>
    </message>
</context>
<context>
    <name>MarPanel</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>الدواء</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>الجرعة</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>طريق الإعطاء</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>سُجّلت بواسطة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>مستحقة الآن</translation>
    </message>
    <message>
        <source>given</source>
        <translation>أُعطيت</translation>
    </message>
    <message>
        <source>held</source>
        <translation>لم تُعطَ</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>رفضها المريض</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>مجدولة</translation>
    </message>
    <message>
        <source>when required</source>
        <translation>عند الحاجة</translation>
    </message>
    <message>
        <source>given (late)</source>
        <translation>أُعطيت (متأخرة)</translation>
    </message>
    <message>
        <source>held (late)</source>
        <translation>لم تُعطَ (متأخرة)</translation>
    </message>
    <message>
        <source>refused (late)</source>
        <translation>رفضها المريض (متأخرة)</translation>
    </message>
    <message>
        <source>{drug}: given.</source>
        <translation>{drug}: أُعطيت.</translation>
    </message>
    <message>
        <source>Dose held</source>
        <translation>جرعة لم تُعطَ</translation>
    </message>
    <message>
        <source>Why was the dose held?</source>
        <translation>لماذا لم تُعطَ الجرعة؟</translation>
    </message>
    <message>
        <source>{drug}: held.</source>
        <translation>{drug}: لم تُعطَ.</translation>
    </message>
    <message>
        <source>Dose refused</source>
        <translation>جرعة مرفوضة</translation>
    </message>
    <message>
        <source>Why was the dose refused?</source>
        <translation>لماذا رُفضت الجرعة؟</translation>
    </message>
    <message>
        <source>{drug}: refused.</source>
        <translation>{drug}: رفضها المريض.</translation>
    </message>
    <message>
        <source>Scan the patient&apos;s wristband (MRN)</source>
        <translation>امسح سوار المريض (رقم الملف الطبي)</translation>
    </message>
    <message>
        <source>Scan the medicine (dispensing label or pack)</source>
        <translation>امسح الدواء (الملصق أو العبوة)</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>أُعطيت</translation>
    </message>
    <message>
        <source>Held…</source>
        <translation>لم تُعطَ…</translation>
    </message>
    <message>
        <source>Refused…</source>
        <translation>رفضها المريض…</translation>
    </message>
    <message>
        <source>Wristband</source>
        <translation>السوار</translation>
    </message>
    <message>
        <source>{late}, {due}</source>
        <translation>{late}، {due}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln late</source>
        <translation>
            <numerusform>متأخرة: %Ln</numerusform>
            <numerusform>متأخرة: %Ln</numerusform>
            <numerusform>متأخرة: %Ln</numerusform>
            <numerusform>متأخرة: %Ln</numerusform>
            <numerusform>متأخرة: %Ln</numerusform>
            <numerusform>متأخرة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due now</source>
        <translation>
            <numerusform>مستحقة الآن: %Ln</numerusform>
            <numerusform>مستحقة الآن: %Ln</numerusform>
            <numerusform>مستحقة الآن: %Ln</numerusform>
            <numerusform>مستحقة الآن: %Ln</numerusform>
            <numerusform>مستحقة الآن: %Ln</numerusform>
            <numerusform>مستحقة الآن: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>wristband</source>
        <translation>السوار</translation>
    </message>
    <message>
        <source>This dose is already recorded.</source>
        <translation>هذه الجرعة مسجَّلة بالفعل.</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>WRONG PATIENT</source>
        <translation>مريض خاطئ</translation>
    </message>
    <message>
        <source>Wrong patient</source>
        <translation>مريض خاطئ</translation>
    </message>
    <message>
        <source>The wristband scanned ({code}) is not the wristband of {patient} (MRN {mrn}, bed {bed}). Nothing was recorded.</source>
        <translation>السوار الممسوح ({code}) ليس سوار {patient} (رقم الملف الطبي {mrn}، السرير {bed}). لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Check the patient&apos;s identity and scan their own wristband.</source>
        <translation>تحقق من هوية المريض وامسح سواره هو.</translation>
    </message>
    <message>
        <source>Choose the dose first, then scan its medicine.</source>
        <translation>اختر الجرعة أولًا، ثم امسح دواءها.</translation>
    </message>
    <message>
        <source>WRONG MEDICINE</source>
        <translation>دواء خاطئ</translation>
    </message>
    <message>
        <source>Wrong medicine</source>
        <translation>دواء خاطئ</translation>
    </message>
    <message>
        <source>The scanned code ({code}) is not {drug} of this dose ({prescription}, {dose} {route}). Do not give it. Nothing was recorded.</source>
        <translation>الرمز الممسوح ({code}) ليس {drug} الخاص بهذه الجرعة ({prescription}، {dose} {route}). لا تعطِه. لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Scan the dispensing label of this prescription or the pack of this medicine.</source>
        <translation>امسح ملصق صرف هذه الوصفة أو عبوة هذا الدواء.</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>Choose the dose first.</source>
        <translation>اختر الجرعة أولًا.</translation>
    </message>
    <message>
        <source>Scan the patient&apos;s wristband first.</source>
        <translation>امسح سوار المريض أولًا.</translation>
    </message>
    <message>
        <source>Scan the medicine of this dose first ({drug}).</source>
        <translation>امسح دواء هذه الجرعة أولًا ({drug}).</translation>
    </message>
</context>
<context>
    <name>PatientPanel</name>
    <message>
        <source>soap</source>
        <translation>SOAP</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>الحرارة (°م)</translation>
    </message>
    <message>
        <source>Heart rate (/min)</source>
        <translation>النبض (/دقيقة)</translation>
    </message>
    <message>
        <source>Systolic BP (mmHg)</source>
        <translation>الضغط الانقباضي (ملم زئبق)</translation>
    </message>
    <message>
        <source>Diastolic BP (mmHg)</source>
        <translation>الضغط الانبساطي (ملم زئبق)</translation>
    </message>
    <message>
        <source>Respiratory rate (/min)</source>
        <translation>معدل التنفس (/دقيقة)</translation>
    </message>
    <message>
        <source>SpO2 (%)</source>
        <translation>تشبع الأكسجين SpO2 (%)</translation>
    </message>
    <message>
        <source>Pain score (0-10)</source>
        <translation>درجة الألم (0-10)</translation>
    </message>
    <message>
        <source>Body temperature</source>
        <translation>حرارة الجسم</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>معدل النبض</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation>ضغط الدم الانقباضي</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>ضغط الدم الانبساطي</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>معدل التنفس</translation>
    </message>
    <message>
        <source>Oxygen saturation (SpO2)</source>
        <translation>تشبع الأكسجين (SpO2)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>الحرارة</translation>
    </message>
    <message>
        <source>Systolic BP</source>
        <translation>الضغط الانقباضي</translation>
    </message>
    <message>
        <source>Diastolic BP</source>
        <translation>الضغط الانبساطي</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Pain score</source>
        <translation>درجة الألم</translation>
    </message>
    <message>
        <source>score</source>
        <translation>درجة</translation>
    </message>
    <message>
        <source>{field}: &quot;{text}&quot; is not a number.</source>
        <translation>{field}: «{text}» ليس رقمًا.</translation>
    </message>
    <message>
        <source>{sign} {value} {unit} is outside the plausible range {low} to {high} {unit}: check the value.</source>
        <translation>{sign} {value} {unit} خارج النطاق المعقول من {low} إلى {high} {unit}: تحقق من القيمة.</translation>
    </message>
    <message>
        <source>Nothing to record: type the values you measured (empty fields are not recorded).</source>
        <translation>لا شيء للتسجيل: أدخل القيم التي قستها (الحقول الفارغة لا تُسجَّل).</translation>
    </message>
    <message>
        <source>The diastolic pressure ({diastolic}) must be below the systolic ({systolic}).</source>
        <translation>يجب أن يكون الضغط الانبساطي ({diastolic}) أقل من الانقباضي ({systolic}).</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>لم يُقَس</translation>
    </message>
    <message>
        <source>Record observations</source>
        <translation>تسجيل العلامات الحيوية</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>العلامات الحيوية</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
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
        <source>Nursing note for this shift</source>
        <translation>ملاحظة التمريض لهذه المناوبة</translation>
    </message>
    <message>
        <source>Save nursing note</source>
        <translation>حفظ ملاحظة التمريض</translation>
    </message>
    <message>
        <source>Nursing notes</source>
        <translation>ملاحظات التمريض</translation>
    </message>
    <message>
        <source>Fluid balance</source>
        <translation>توازن السوائل</translation>
    </message>
    <message>
        <source>Request pre-a&amp;uthorisation…</source>
        <translation>طلب &amp;موافقة مسبقة…</translation>
    </message>
    <message>
        <source>Ask the patient&apos;s insurer to pre-authorise this admission or items of it</source>
        <translation>طلب موافقة مسبقة من جهة تأمين المريض على هذا الدخول أو على بعض بنوده</translation>
    </message>
    <message>
        <source>Pre-authorisation requested: the insurer&apos;s answer reaches billing.</source>
        <translation>طُلبت الموافقة المسبقة: يصل رد جهة التأمين إلى قسم الحسابات.</translation>
    </message>
    <message>
        <source>Medication chart</source>
        <translation>سجل إعطاء الأدوية</translation>
    </message>
    <message>
        <source>Bed {bed} · admitted {admitted} (day {day}) · attending {attending} · {reason}</source>
        <translation>السرير {bed} · الدخول {admitted} (اليوم {day}) · الطبيب المعالج {attending} · {reason}</translation>
    </message>
    <message>
        <source>{sign}: {low} to {high} {unit}; leave empty if not measured</source>
        <translation>{sign}: من {low} إلى {high} {unit}؛ اتركه فارغًا إن لم يُقَس</translation>
    </message>
    <message>
        <source>{problem} Nothing was recorded.</source>
        <translation>{problem} لم يُسجَّل شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observations recorded: {summary}.</source>
        <translation>
            <numerusform>لم يُسجَّل أي قياس: {summary}.</numerusform>
            <numerusform>سُجّل قياس واحد: {summary}.</numerusform>
            <numerusform>سُجّل قياسان: {summary}.</numerusform>
            <numerusform>سُجّلت %Ln قياسات: {summary}.</numerusform>
            <numerusform>سُجّل %Ln قياسًا: {summary}.</numerusform>
            <numerusform>سُجّل %Ln قياس: {summary}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>اكتب الملاحظة أولًا.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>حُفظت الملاحظة.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer {patient} from bed {bed}</source>
        <translation>نقل {patient} من السرير {bed}</translation>
    </message>
    <message>
        <source>Why the patient moves</source>
        <translation>سبب نقل المريض</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>Free beds</source>
        <translation>الأسرّة الشاغرة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>{ward} — bed {bed} (reserved)</source>
        <translation>{ward} — السرير {bed} (محجوز)</translation>
    </message>
    <message>
        <source>{ward} — bed {bed}</source>
        <translation>{ward} — السرير {bed}</translation>
    </message>
    <message>
        <source>Choose the bed the patient moves to.</source>
        <translation>اختر السرير الذي يُنقل إليه المريض.</translation>
    </message>
    <message>
        <source>{patient} moved to {ward}, bed {bed}; bed {old_bed} to cleaning.</source>
        <translation>نُقل {patient} إلى {ward}، السرير {bed}؛ ينتقل السرير {old_bed} إلى التنظيف.</translation>
    </message>
</context>
<context>
    <name>VitalsChart</name>
    <message>
        <source>No observations charted in this stay</source>
        <translation>لا توجد علامات حيوية مسجّلة في هذه الإقامة</translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation>الحرارة</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>النبض</translation>
    </message>
    <message>
        <source>BP</source>
        <translation>الضغط</translation>
    </message>
    <message>
        <source>Resp. rate</source>
        <translation>التنفس</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
</context>
<context>
    <name>Ward</name>
    <message>
        <source>Nothing to record: type at least one measured value.</source>
        <translation>لا شيء للتسجيل: أدخل قيمة مقيسة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا توجد بعد</translation>
    </message>
    <message>
        <source>T {value}</source>
        <translation>الحرارة {value}</translation>
    </message>
    <message>
        <source>HR {value}</source>
        <translation>النبض {value}</translation>
    </message>
    <message>
        <source>BP {systolic}/{diastolic}</source>
        <translation>الضغط {systolic}/{diastolic}</translation>
    </message>
    <message>
        <source>RR {value}</source>
        <translation>التنفس {value}</translation>
    </message>
    <message>
        <source>SpO2 {value}%</source>
        <translation>SpO2 {value}%</translation>
    </message>
</context>
<context>
    <name>WardWorkspace</name>
    <message>
        <source>Bed</source>
        <translation>السرير</translation>
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
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>العزل</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>الطبيب المعالج</translation>
    </message>
    <message>
        <source>Expected discharge</source>
        <translation>الخروج المتوقع</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Latest observations</source>
        <translation>آخر العلامات الحيوية</translation>
    </message>
    <message>
        <source>Latest nursing note</source>
        <translation>آخر ملاحظة تمريض</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>المرضى</translation>
    </message>
    <message>
        <source>Bed board</source>
        <translation>لوحة الأسرّة</translation>
    </message>
    <message>
        <source>Handover: one line per patient of the ward, for the next shift</source>
        <translation>تسليم المناوبة: سطر لكل مريض في الجناح، للمناوبة التالية</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>تسليم المناوبة</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>الجناح</translation>
    </message>
    <message numerus="yes">
        <source>Midnight census: %Ln bed-day(s) posted.</source>
        <translation>
            <numerusform>إحصاء منتصف الليل: لم يُسجَّل أي يوم إقامة.</numerusform>
            <numerusform>إحصاء منتصف الليل: سُجّل يوم إقامة واحد.</numerusform>
            <numerusform>إحصاء منتصف الليل: سُجّل يوما إقامة.</numerusform>
            <numerusform>إحصاء منتصف الليل: سُجّلت %Ln أيام إقامة.</numerusform>
            <numerusform>إحصاء منتصف الليل: سُجّل %Ln يومَ إقامة.</numerusform>
            <numerusform>إحصاء منتصف الليل: سُجّل %Ln يوم إقامة.</numerusform>
        </translation>
    </message>
</context>
</TS>
