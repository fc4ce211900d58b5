<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AccessLog</name>
    <message>
        <source>MRN</source>
        <translation>رقم الملف الطبي</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Access report (PDF)…</source>
        <translation>تقرير الوصول (PDF)…</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>⚠ EMERGENCY — {purpose}</source>
        <translation>⚠ طارئ — {purpose}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>محطة العمل</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chart openings shown</source>
        <translation>
            <numerusform>لا توجد مرات فتح للملف</numerusform>
            <numerusform>مرة فتح واحدة للملف معروضة</numerusform>
            <numerusform>مرتا فتح للملف معروضتان</numerusform>
            <numerusform>%Ln مرات فتح للملف معروضة</numerusform>
            <numerusform>%Ln مرة فتح للملف معروضة</numerusform>
            <numerusform>%Ln مرة فتح للملف معروضة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chart openings</source>
        <translation>
            <numerusform>لا مرات فتح للملف</numerusform>
            <numerusform>مرة فتح واحدة للملف</numerusform>
            <numerusform>مرتا فتح للملف</numerusform>
            <numerusform>%Ln مرات فتح للملف</numerusform>
            <numerusform>%Ln مرة فتح للملف</numerusform>
            <numerusform>%Ln مرة فتح للملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records written</source>
        <translation>
            <numerusform>لا سجلات مكتوبة</numerusform>
            <numerusform>سجل واحد مكتوب</numerusform>
            <numerusform>سجلان مكتوبان</numerusform>
            <numerusform>%Ln سجلات مكتوبة</numerusform>
            <numerusform>%Ln سجلًا مكتوبًا</numerusform>
            <numerusform>%Ln سجل مكتوب</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the patient&apos;s MRN for the access report.</source>
        <translation>أدخل رقم الملف الطبي للمريض لإعداد تقرير الوصول.</translation>
    </message>
    <message>
        <source>Access report for {mrn}: {openings}, {writes}.</source>
        <translation>تقرير الوصول لـ {mrn}: {openings}، {writes}.</translation>
    </message>
    <message>
        <source>Access report {mrn}</source>
        <translation>تقرير الوصول {mrn}</translation>
    </message>
</context>
<context>
    <name>AuditFlag</name>
    <message>
        <source>flagged LOW</source>
        <translation>قيمة منخفضة</translation>
    </message>
    <message>
        <source>flagged HIGH</source>
        <translation>قيمة مرتفعة</translation>
    </message>
    <message>
        <source>flagged ABNORMAL</source>
        <translation>قيمة غير طبيعية</translation>
    </message>
    <message>
        <source>flagged CRITICAL LOW</source>
        <translation>قيمة منخفضة حرجة</translation>
    </message>
    <message>
        <source>flagged CRITICAL HIGH</source>
        <translation>قيمة مرتفعة حرجة</translation>
    </message>
</context>
<context>
    <name>AuditQueries</name>
    <message>
        <source>{name} ({login})</source>
        <translation>{name} ({login})</translation>
    </message>
    <message>
        <source>{login} (database administrator)</source>
        <translation>{login} (مسؤول قاعدة البيانات)</translation>
    </message>
    <message>
        <source>{login} (not a staff login)</source>
        <translation>{login} (ليس حساب موظف)</translation>
    </message>
    <message>
        <source>No patient with MRN {mrn}.</source>
        <translation>لا يوجد مريض برقم الملف الطبي {mrn}.</translation>
    </message>
    <message>
        <source>Unknown action {action}.</source>
        <translation>إجراء غير معروف: {action}.</translation>
    </message>
    <message>
        <source>Choose an outcome.</source>
        <translation>اختر النتيجة.</translation>
    </message>
    <message>
        <source>Write a comment of at least 5 characters: what you checked and found.</source>
        <translation>اكتب تعليقًا من ٥ أحرف على الأقل: ما تحققت منه وما وجدته.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s MRN.</source>
        <translation>أدخل رقم الملف الطبي للمريض.</translation>
    </message>
    <message>
        <source>No patient with id {id}.</source>
        <translation>لا يوجد مريض بالمعرّف {id}.</translation>
    </message>
</context>
<context>
    <name>AuditWorkspace</name>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Chart access</source>
        <translation>الوصول إلى الملفات</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>المراجعات</translation>
    </message>
    <message>
        <source>Chain status</source>
        <translation>حالة السلسلة</translation>
    </message>
</context>
<context>
    <name>ChainCheck</name>
    <message>
        <source>Every write is linked into a SHA-256 hash chain. The check seals the events of finished transactions, then recomputes the whole chain from the first event: any edited, removed or inserted event shows up at the first place where the chain breaks.</source>
        <translation>تُربط كل عملية كتابة في سلسلة تجزئة SHA-256. يختم الفحص أحداث المعاملات المنتهية، ثم يعيد حساب السلسلة كاملة من الحدث الأول: أي حدث عُدّل أو حُذف أو أُدرج يظهر في أول موضع تنقطع فيه السلسلة.</translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation>التحقق من سلسلة التدقيق</translation>
    </message>
    <message>
        <source>Sealing and verifying…</source>
        <translation>جارٍ الختم والتحقق…</translation>
    </message>
    <message>
        <source>Verified {done} of {total} sealed events…</source>
        <translation>تم التحقق من {done} من أصل {total} من الأحداث المختومة…</translation>
    </message>
    <message>
        <source>{result} — checked {when}</source>
        <translation>{result} — تم الفحص في {when}</translation>
    </message>
    <message>
        <source>audit chain intact: {sealed}, {unsealed}, head {head}</source>
        <translation>سلسلة التدقيق سليمة: {sealed}، {unsealed}، الرأس {head}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sealed events</source>
        <translation>
            <numerusform>لا أحداث مختومة</numerusform>
            <numerusform>حدث واحد مختوم</numerusform>
            <numerusform>حدثان مختومان</numerusform>
            <numerusform>%Ln أحداث مختومة</numerusform>
            <numerusform>%Ln حدثًا مختومًا</numerusform>
            <numerusform>%Ln حدث مختوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln awaiting seal</source>
        <translation>
            <numerusform>%Ln بانتظار الختم</numerusform>
            <numerusform>%Ln بانتظار الختم</numerusform>
            <numerusform>%Ln بانتظار الختم</numerusform>
            <numerusform>%Ln بانتظار الختم</numerusform>
            <numerusform>%Ln بانتظار الختم</numerusform>
            <numerusform>%Ln بانتظار الختم</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغة)</translation>
    </message>
    <message>
        <source>audit chain broken at event {event}: {problem}</source>
        <translation>سلسلة التدقيق منقطعة عند الحدث {event}: {problem}</translation>
    </message>
    <message>
        <source>audit chain broken at the chain head: {problem}</source>
        <translation>سلسلة التدقيق منقطعة عند رأس السلسلة: {problem}</translation>
    </message>
    <message>
        <source>The check could not run: {message}</source>
        <translation>تعذّر تشغيل الفحص: {message}</translation>
    </message>
</context>
<context>
    <name>EventSearch</name>
    <message>
        <source>INSERT</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>UPDATE</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>&lt;b&gt;{actor}&lt;/b&gt; added {table} row {row} on {when}</source>
        <translation>&lt;b&gt;{actor}&lt;/b&gt; أضاف الصف {row} في {table} بتاريخ {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{actor}&lt;/b&gt; changed {table} row {row} on {when}</source>
        <translation>&lt;b&gt;{actor}&lt;/b&gt; عدّل الصف {row} في {table} بتاريخ {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{actor}&lt;/b&gt; removed {table} row {row} on {when}</source>
        <translation>&lt;b&gt;{actor}&lt;/b&gt; حذف الصف {row} من {table} بتاريخ {when}</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>رقم الملف الطبي</translation>
    </message>
    <message>
        <source>any user</source>
        <translation>أي مستخدم</translation>
    </message>
    <message>
        <source>any table</source>
        <translation>أي جدول</translation>
    </message>
    <message>
        <source>any</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from a date to a date</comment>
        <translation>إلى</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>محطة العمل</translation>
    </message>
    <message>
        <source>Select a write to see what it changed.</source>
        <translation>اختر عملية كتابة لترى ما غيّرته.</translation>
    </message>
    <message>
        <source>Show unchanged columns</source>
        <translation>إظهار الأعمدة غير المتغيرة</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln writes shown — scroll for more</source>
        <translation>
            <numerusform>لا عمليات كتابة معروضة — مرّر للمزيد</numerusform>
            <numerusform>عملية كتابة واحدة معروضة — مرّر للمزيد</numerusform>
            <numerusform>عمليتا كتابة معروضتان — مرّر للمزيد</numerusform>
            <numerusform>%Ln عمليات كتابة معروضة — مرّر للمزيد</numerusform>
            <numerusform>%Ln عملية كتابة معروضة — مرّر للمزيد</numerusform>
            <numerusform>%Ln عملية كتابة معروضة — مرّر للمزيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln writes shown</source>
        <translation>
            <numerusform>لا عمليات كتابة معروضة</numerusform>
            <numerusform>عملية كتابة واحدة معروضة</numerusform>
            <numerusform>عمليتا كتابة معروضتان</numerusform>
            <numerusform>%Ln عمليات كتابة معروضة</numerusform>
            <numerusform>%Ln عملية كتابة معروضة</numerusform>
            <numerusform>%Ln عملية كتابة معروضة</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>patient {patient}</source>
        <translation>المريض {patient}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>السبب: {reason}</translation>
    </message>
    <message>
        <source>result {flag}</source>
        <translation>النتيجة: {flag}</translation>
    </message>
    <message>
        <source>value {flag}</source>
        <translation>{flag}</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Justified</source>
        <translation>مبرر</translation>
    </message>
    <message>
        <source>Not justified</source>
        <translation>غير مبرر</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>يحتاج إلى متابعة</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>Awaiting review only</source>
        <translation>بانتظار المراجعة فقط</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>تاريخ المنح</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>المعالج</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>السبب المذكور</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>سبب التنبيه</translation>
    </message>
    <message>
        <source>What you checked and what you found (recorded, cannot be changed later)</source>
        <translation>ما تحققت منه وما وجدته (يُسجَّل ولا يمكن تغييره لاحقًا)</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>تعليم كمُراجَع</translation>
    </message>
    <message>
        <source>Select an emergency access or a flagged change.</source>
        <translation>اختر وصولًا طارئًا أو تغييرًا مُعلَّمًا.</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>المحدد</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>&lt;b&gt;Emergency (break-glass) chart accesses&lt;/b&gt;</source>
        <translation>&lt;b&gt;الوصول الطارئ إلى الملفات (كسر الزجاج)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flagged staff changes&lt;/b&gt; (self-grants, new access to patient data or the audit trail, one-time passwords)</source>
        <translation>&lt;b&gt;تغييرات الموظفين المُعلَّمة&lt;/b&gt; (منح الصلاحيات للنفس، وصول جديد إلى بيانات المرضى أو سجل التدقيق، كلمات مرور لمرة واحدة)</translation>
    </message>
    <message>
        <source>awaiting review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>{outcome} ({reviewer}): {comment}</source>
        <translation>{outcome} ({reviewer}): {comment}</translation>
    </message>
    <message>
        <source>Emergency access by {staff} to {patient} ({mrn}) on {when}: “{reason}”</source>
        <translation>وصول طارئ من {staff} إلى ملف {patient} ({mrn}) في {when}: «{reason}»</translation>
    </message>
    <message>
        <source>{login}: {flag} — “{reason}”</source>
        <translation>{login}: {flag} — «{reason}»</translation>
    </message>
    <message>
        <source>Select what you reviewed first.</source>
        <translation>اختر أولًا ما راجعته.</translation>
    </message>
    <message>
        <source>Review recorded.</source>
        <translation>سُجّلت المراجعة.</translation>
    </message>
</context>
</TS>
