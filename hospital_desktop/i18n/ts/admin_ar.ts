<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AdminBedState</name>
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
        <source>being cleaned</source>
        <translation>قيد التنظيف</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>خارج الخدمة</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>{state} — {reason}</source>
        <translation>{state} — {reason}</translation>
    </message>
</context>
<context>
    <name>AdminDepartmentKind</name>
    <message>
        <source>outpatient</source>
        <translation>العيادات الخارجية</translation>
    </message>
    <message>
        <source>inpatient</source>
        <translation>التنويم</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>الطوارئ</translation>
    </message>
    <message>
        <source>diagnostic</source>
        <translation>التشخيص</translation>
    </message>
    <message>
        <source>pharmacy</source>
        <translation>الصيدلية</translation>
    </message>
    <message>
        <source>administrative</source>
        <translation>إداري</translation>
    </message>
</context>
<context>
    <name>AdminLabRange</name>
    <message>
        <source>Low</source>
        <translation>الحد الأدنى</translation>
    </message>
    <message>
        <source>High</source>
        <translation>الحد الأعلى</translation>
    </message>
    <message>
        <source>Critical low</source>
        <translation>الحد الحرج الأدنى</translation>
    </message>
    <message>
        <source>Critical high</source>
        <translation>الحد الحرج الأعلى</translation>
    </message>
    <message>
        <source>Age from (years)</source>
        <translation>العمر من (سنوات)</translation>
    </message>
    <message>
        <source>Age to (years, excl.)</source>
        <translation>العمر حتى (سنوات، غير شامل)</translation>
    </message>
</context>
<context>
    <name>AdminQueries</name>
    <message>
        <source>Choose a password different from the one-time password.</source>
        <translation>اختر كلمة مرور مختلفة عن كلمة المرور المؤقتة.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>كلمتا المرور الجديدتان غير متطابقتين.</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>يجب ألا تقل كلمة المرور عن {count} أحرف.</translation>
    </message>
    <message>
        <source>Use letters and at least one digit or symbol.</source>
        <translation>استخدم حروفًا ورقمًا أو رمزًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>يجب ألا تحتوي كلمة المرور على اسم المستخدم.</translation>
    </message>
    <message>
        <source>This is one of the {count} most common passwords: choose another.</source>
        <translation>هذه إحدى كلمات المرور الأكثر شيوعًا ({count}): اختر غيرها.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>اختر دورًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>أدخل الاسم الكامل للموظف.</translation>
    </message>
    <message>
        <source>The user name {username} already exists. Choose another user name.</source>
        <translation>اسم المستخدم {username} موجود مسبقًا. اختر اسم مستخدم آخر.</translation>
    </message>
    <message>
        <source>A staff member needs at least one role; deactivate the account instead.</source>
        <translation>يجب أن يكون للموظف دور واحد على الأقل؛ عطّل الحساب بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Unknown setting {key}.</source>
        <translation>إعداد غير معروف: {key}.</translation>
    </message>
    <message>
        <source>The setting {key} is missing in this database.</source>
        <translation>الإعداد {key} غير موجود في قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>The logo is {size} kB; at most {limit} kB.</source>
        <translation>حجم الشعار {size} كيلوبايت؛ والحد الأقصى {limit} كيلوبايت.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>يجب أن يكون الشعار صورة PNG أو JPEG.</translation>
    </message>
    <message>
        <source>The price code {code} has no price valid today. Add it to the price list first.</source>
        <translation>لا يوجد سعر ساري اليوم لرمز السعر {code}. أضفه إلى قائمة الأسعار أولًا.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount.</source>
        <translation>«{value}» ليس مبلغًا.</translation>
    </message>
    <message>
        <source>An amount is positive, less than {limit}, with at most two decimals.</source>
        <translation>المبلغ موجب وأقل من {limit} وبخانتين عشريتين على الأكثر.</translation>
    </message>
    <message>
        <source>{code} has no price valid on {date}; add it as a new item.</source>
        <translation>لا يوجد سعر ساري لـ {code} في {date}؛ أضفه بندًا جديدًا.</translation>
    </message>
    <message>
        <source>A price change takes effect today or later; charges already made keep their price.</source>
        <translation>يسري تغيير السعر اليوم أو لاحقًا؛ وتحتفظ الرسوم المسجلة بسعرها.</translation>
    </message>
    <message>
        <source>The price of {code} already changes on {date}.</source>
        <translation>سعر {code} يتغير بالفعل في {date}.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>{field} must be a number (or empty for none).</source>
        <translation>يجب أن يكون «{field}» رقمًا (أو فارغًا إن لم يوجد).</translation>
    </message>
    <message>
        <source>Choose the test.</source>
        <translation>اختر التحليل.</translation>
    </message>
</context>
<context>
    <name>AdminReference</name>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>AdminRoles</name>
    <message>
        <source>Reception</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>طبيب</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>ممرض</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>صيدلي</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>المختبر</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>الفوترة</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>مدقق</translation>
    </message>
    <message>
        <source>Insurance gateway (the gateway&apos;s own login)</source>
        <translation>بوابة التأمين (حساب البوابة الخاص)</translation>
    </message>
</context>
<context>
    <name>AdminSettings</name>
    <message>
        <source>hospital name</source>
        <translation>اسم المستشفى</translation>
    </message>
    <message>
        <source>address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>idle lock</source>
        <translation>القفل عند الخمول</translation>
    </message>
    <message>
        <source>break-glass duration</source>
        <translation>مدة الوصول الطارئ</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>tax name</source>
        <translation>اسم الضريبة</translation>
    </message>
    <message>
        <source>tax registration number</source>
        <translation>الرقم الضريبي</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>formats (locale)</source>
        <translation>التنسيقات (الإعدادات الإقليمية)</translation>
    </message>
</context>
<context>
    <name>AdminStaffState</name>
    <message>
        <source>deactivated</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>locked (failed logins)</source>
        <translation>مقفل (محاولات دخول فاشلة)</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>يجب تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
</context>
<context>
    <name>AuthenticatorDialog</name>
    <message>
        <source>Authenticator for {name}</source>
        <translation>تطبيق المصادقة لـ {name}</translation>
    </message>
    <message>
        <source>With &lt;b&gt;{name}&lt;/b&gt; ({username}) at your desk: they open an authenticator app that supports SHA-256 codes (for example Aegis, FreeOTP, 2FAS, Google Authenticator), add an account and scan this code. Then they type the 6 digits the app shows.</source>
        <translation>بحضور &lt;b&gt;{name}&lt;/b&gt; ({username}) عند مكتبك: يفتح تطبيق مصادقة يدعم رموز SHA-256 (مثل Aegis أو FreeOTP أو 2FAS أو Google Authenticator)، ويضيف حسابًا ويمسح هذا الرمز، ثم يكتب الأرقام الستة التي يعرضها التطبيق.</translation>
    </message>
    <message>
        <source>Their present authenticator stops working.</source>
        <translation>سيتوقف تطبيق المصادقة الحالي عن العمل.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>جارٍ التحضير…</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>إعداد</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>الرمز من التطبيق</translation>
    </message>
    <message>
        <source>Or type this key into the app (time-based, SHA-256, 6 digits, 30 seconds):</source>
        <translation>أو اكتب هذا المفتاح في التطبيق (زمني، SHA-256، ستة أرقام، 30 ثانية):</translation>
    </message>
    <message>
        <source>Type the 6 digits the app shows now.</source>
        <translation>اكتب الأرقام الستة التي يعرضها التطبيق الآن.</translation>
    </message>
</context>
<context>
    <name>BedQueries</name>
    <message>
        <source>A bed code is 2 to 32 letters, digits, - or _, starting with a letter (e.g. MEDW-7-A).</source>
        <translation>رمز السرير من 2 إلى 32 حرفًا لاتينيًا أو رقمًا أو - أو _، ويبدأ بحرف (مثال: MEDW-7-A).</translation>
    </message>
    <message>
        <source>A room code is 2 to 32 letters, digits, - or _, starting with a letter (e.g. MEDW-7).</source>
        <translation>رمز الغرفة من 2 إلى 32 حرفًا لاتينيًا أو رقمًا أو - أو _، ويبدأ بحرف (مثال: MEDW-7).</translation>
    </message>
    <message>
        <source>The room name must have 1 to {longest} characters.</source>
        <translation>يجب أن يتكون اسم الغرفة من 1 إلى {longest} حرف.</translation>
    </message>
    <message>
        <source>The bed label must have 1 to {longest} characters.</source>
        <translation>يجب أن تتكون تسمية السرير من 1 إلى {longest} حرف.</translation>
    </message>
    <message>
        <source>This text must have 1 to {longest} characters.</source>
        <translation>يجب أن يتكون هذا النص من 1 إلى {longest} حرف.</translation>
    </message>
    <message>
        <source>This room no longer exists.</source>
        <translation>هذه الغرفة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>This bed no longer exists.</source>
        <translation>هذا السرير لم يعد موجودًا.</translation>
    </message>
</context>
<context>
    <name>BedsEditor</name>
    <message>
        <source>Room / bed</source>
        <translation>الغرفة / السرير</translation>
    </message>
    <message>
        <source>Name / label</source>
        <translation>الاسم / التسمية</translation>
    </message>
    <message>
        <source>State now</source>
        <translation>الحالة الآن</translation>
    </message>
    <message>
        <source>e.g. {code}</source>
        <translation>مثال: ‎{code}</translation>
    </message>
    <message>
        <source>e.g. Medical ward room 7</source>
        <translation>مثال: جناح الباطنة، غرفة 7</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>إضافة غرفة</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>Deactivate room</source>
        <translation>تعطيل الغرفة</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>on the board, e.g. {label}</source>
        <translation>على لوحة الأسرّة، مثال: {label}</translation>
    </message>
    <message>
        <source>Add bed</source>
        <translation>إضافة سرير</translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation>تغيير التسمية</translation>
    </message>
    <message>
        <source>Deactivate bed</source>
        <translation>تعطيل السرير</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>السرير</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Codes are fixed once made (stays refer to them); names and labels change. A bed is retired only when empty: transfer or discharge its patient, or release its reservation, first. New wards are departments of kind inpatient (Departments tab).</source>
        <translation>لا تتغير الرموز بعد إنشائها (تشير إليها الإقامات)؛ أما الأسماء والتسميات فتتغير. لا يُسحب السرير من الخدمة إلا وهو شاغر: انقل مريضه أو سجّل خروجه، أو ألغِ حجزه، أولًا. الأجنحة الجديدة أقسام من نوع التنويم (تبويب الأقسام).</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>الجناح</translation>
    </message>
    <message>
        <source>{code} — {name} (closed)</source>
        <translation>{code} — {name} (مغلق)</translation>
    </message>
    <message>
        <source>No wards yet: add a department of kind inpatient in the Departments tab.</source>
        <translation>لا توجد أجنحة بعد: أضف قسمًا من نوع التنويم في تبويب الأقسام.</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>لا غرف</numerusform>
            <numerusform>غرفة واحدة</numerusform>
            <numerusform>غرفتان</numerusform>
            <numerusform>%Ln غرف</numerusform>
            <numerusform>%Ln غرفة</numerusform>
            <numerusform>%Ln غرفة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bed(s) in use</source>
        <translation>
            <numerusform>لا أسرّة نشطة</numerusform>
            <numerusform>سرير واحد نشط</numerusform>
            <numerusform>سريران نشطان</numerusform>
            <numerusform>%Ln أسرّة نشطة</numerusform>
            <numerusform>%Ln سريرًا نشطًا</numerusform>
            <numerusform>%Ln سرير نشط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n occupied</source>
        <translation>
            <numerusform>لا سرير مشغول</numerusform>
            <numerusform>سرير واحد مشغول</numerusform>
            <numerusform>سريران مشغولان</numerusform>
            <numerusform>%Ln أسرّة مشغولة</numerusform>
            <numerusform>%Ln سريرًا مشغولًا</numerusform>
            <numerusform>%Ln سرير مشغول</numerusform>
        </translation>
    </message>
    <message>
        <source>{rooms}, {beds} ({occupied})</source>
        <translation>{rooms}، {beds} ({occupied})</translation>
    </message>
    <message>
        <source>{rooms}, {beds} ({occupied}) — the ward is closed</source>
        <translation>{rooms}، {beds} ({occupied}) — الجناح مغلق</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>معطّلة</translation>
    </message>
    <message>
        <source>Reactivate room</source>
        <translation>إعادة تفعيل الغرفة</translation>
    </message>
    <message>
        <source>Reactivate bed</source>
        <translation>إعادة تفعيل السرير</translation>
    </message>
    <message>
        <source>{state} since {when}</source>
        <translation>{state} منذ {when}</translation>
    </message>
    <message>
        <source>it can be retired only after the patient is transferred or discharged</source>
        <translation>لا يمكن سحبه من الخدمة إلا بعد نقل المريض أو خروجه</translation>
    </message>
    <message>
        <source>release the reservation before retiring it</source>
        <translation>ألغِ الحجز قبل سحبه من الخدمة</translation>
    </message>
    <message>
        <source>Type the new room&apos;s code and name, then Add room.</source>
        <translation>اكتب رمز الغرفة الجديدة واسمها، ثم «إضافة غرفة».</translation>
    </message>
    <message>
        <source>Room {room} added to {ward}.</source>
        <translation>أُضيفت الغرفة {room} إلى {ward}.</translation>
    </message>
    <message>
        <source>Room {room} renamed.</source>
        <translation>أُعيدت تسمية الغرفة {room}.</translation>
    </message>
    <message numerus="yes">
        <source>Room {room} still has %n bed(s) in use: deactivate its beds first.</source>
        <translation>
            <numerusform>لا أسرّة نشطة في الغرفة {room}.</numerusform>
            <numerusform>لا يزال في الغرفة {room} سرير واحد نشط: عطّله أولًا.</numerusform>
            <numerusform>لا يزال في الغرفة {room} سريران نشطان: عطّلهما أولًا.</numerusform>
            <numerusform>لا يزال في الغرفة {room} %Ln أسرّة نشطة: عطّل أسرّتها أولًا.</numerusform>
            <numerusform>لا يزال في الغرفة {room} %Ln سريرًا نشطًا: عطّل أسرّتها أولًا.</numerusform>
            <numerusform>لا يزال في الغرفة {room} %Ln سرير نشط: عطّل أسرّتها أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Room {room} reactivated.</source>
        <translation>أُعيد تفعيل الغرفة {room}.</translation>
    </message>
    <message>
        <source>Room {room} deactivated.</source>
        <translation>عُطّلت الغرفة {room}.</translation>
    </message>
    <message>
        <source>Type the new bed&apos;s code and label, then Add bed.</source>
        <translation>اكتب رمز السرير الجديد وتسميته، ثم «إضافة سرير».</translation>
    </message>
    <message>
        <source>Bed {label} ({code}) added.</source>
        <translation>أُضيف السرير {label} ({code}).</translation>
    </message>
    <message>
        <source>Bed {bed} relabelled.</source>
        <translation>تغيّرت تسمية السرير {bed}.</translation>
    </message>
    <message>
        <source>Bed {bed} reactivated.</source>
        <translation>أُعيد تفعيل السرير {bed}.</translation>
    </message>
    <message>
        <source>Bed {bed} deactivated.</source>
        <translation>عُطّل السرير {bed}.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose your password</source>
        <translation>اختر كلمة المرور</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>At least {count} characters, letters and at least one digit or symbol, not your user name nor a common password. Only you know it: administrators can reset it but never see it.</source>
        <translation>{count} أحرف على الأقل، تتضمن حروفًا ورقمًا أو رمزًا واحدًا على الأقل، وليست اسم المستخدم ولا كلمة مرور شائعة. لا يعرفها أحد غيرك: يستطيع مديرو النظام إعادة تعيينها لكن لا يرونها أبدًا.</translation>
    </message>
    <message>
        <source>An administrator gave you a one-time password. Choose your own password now; you cannot use the system before you do.</source>
        <translation>أعطاك مدير النظام كلمة مرور لمرة واحدة. اختر كلمة مرورك الآن؛ لا يمكنك استخدام النظام قبل ذلك.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>أعد كتابتها</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>The password was not changed. {error}</source>
        <translation>لم تُغيَّر كلمة المرور. {error}</translation>
    </message>
</context>
<context>
    <name>DepartmentsEditor</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
</context>
<context>
    <name>LabCatalogQueries</name>
    <message>
        <source>numeric</source>
        <translation>رقمي</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نصي</translation>
    </message>
    <message>
        <source>A LOINC code is 1 to 7 digits, a dash and a check digit (for example 2823-3).</source>
        <translation>رمز LOINC من 1 إلى 7 أرقام ثم شرطة ثم رقم تحقق (مثال: 2823-3).</translation>
    </message>
    <message>
        <source>LOINC code {code} is not valid: the check digit should be {digit}.</source>
        <translation>رمز LOINC {code} غير صالح: يجب أن يكون رقم التحقق {digit}.</translation>
    </message>
    <message>
        <source>at {code}</source>
        <translation>بسعر {code}</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>الاسم مطلوب.</translation>
    </message>
    <message>
        <source>The name has at most {longest} characters.</source>
        <translation>لا يتجاوز الاسم {longest} حرف.</translation>
    </message>
    <message>
        <source>The short name is required.</source>
        <translation>الاسم المختصر مطلوب.</translation>
    </message>
    <message>
        <source>The short name has at most {longest} characters.</source>
        <translation>لا يتجاوز الاسم المختصر {longest} حرفًا.</translation>
    </message>
    <message>
        <source>The specimen type is required.</source>
        <translation>نوع العينة مطلوب.</translation>
    </message>
    <message>
        <source>The specimen type has at most {longest} characters.</source>
        <translation>لا يتجاوز نوع العينة {longest} حرف.</translation>
    </message>
    <message>
        <source>The container is required.</source>
        <translation>الوعاء مطلوب.</translation>
    </message>
    <message>
        <source>The container has at most {longest} characters.</source>
        <translation>لا يتجاوز اسم الوعاء {longest} حرف.</translation>
    </message>
    <message>
        <source>A result is numeric or text.</source>
        <translation>النتيجة إما رقمية أو نصية.</translation>
    </message>
    <message>
        <source>Decimals must be a whole number from 0 to 4.</source>
        <translation>يجب أن تكون الخانات العشرية عددًا صحيحًا من 0 إلى 4.</translation>
    </message>
    <message>
        <source>A numeric test needs the unit its results are reported in (e.g. mmol/L).</source>
        <translation>يحتاج التحليل الرقمي إلى الوحدة التي تُسجَّل بها نتائجه (مثال: mmol/L).</translation>
    </message>
    <message>
        <source>The unit has at most {longest} characters.</source>
        <translation>لا تتجاوز الوحدة {longest} حرفًا.</translation>
    </message>
    <message>
        <source>Test {code} is not in the catalog.</source>
        <translation>التحليل ‎{code} غير موجود في الدليل.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>أُزيل</translation>
    </message>
    <message>
        <source>ordered with the panel</source>
        <translation>يُطلب مع المجموعة</translation>
    </message>
    <message>
        <source>test inactive: not ordered</source>
        <translation>التحليل غير نشط: لا يُطلب</translation>
    </message>
    <message>
        <source>Panel {code} is not in the catalog.</source>
        <translation>المجموعة ‎{code} غير موجودة في الدليل.</translation>
    </message>
    <message>
        <source>Choose the test to add.</source>
        <translation>اختر التحليل المراد إضافته.</translation>
    </message>
    <message>
        <source>Only an active test can be added to a panel.</source>
        <translation>لا يُضاف إلى المجموعة إلا تحليل نشط.</translation>
    </message>
    <message>
        <source>{test} is already a member of this panel.</source>
        <translation>{test} موجود بالفعل في هذه المجموعة.</translation>
    </message>
    <message>
        <source>Only a current member of the panel can be moved.</source>
        <translation>لا يمكن نقل إلا تحليل موجود حاليًا في المجموعة.</translation>
    </message>
    <message>
        <source>This test is not a current member of the panel.</source>
        <translation>هذا التحليل ليس ضمن المجموعة حاليًا.</translation>
    </message>
</context>
<context>
    <name>LabPanelsEditor</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>التحاليل</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>LOINC panel code, e.g. {code}</source>
        <translation>رمز LOINC للمجموعة، مثال: ‎{code}</translation>
    </message>
    <message>
        <source>Orderable (active)</source>
        <translation>متاح للطلب (نشط)</translation>
    </message>
    <message>
        <source>New panel</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <source>Save panel</source>
        <translation>حفظ المجموعة</translation>
    </message>
    <message>
        <source>#</source>
        <translation>م</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>التحليل</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>العينة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Add to panel</source>
        <translation>إضافة إلى المجموعة</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Remove from panel</source>
        <translation>إزالة من المجموعة</translation>
    </message>
    <message>
        <source>LOINC code</source>
        <translation>رمز LOINC</translation>
    </message>
    <message>
        <source>Members (report order)</source>
        <translation>التحاليل (ترتيب التقرير)</translation>
    </message>
    <message>
        <source>Ordering the panel orders each member that is still in it and whose test is active. A removed member stays on record; adding it again puts it last.</source>
        <translation>طلب المجموعة يطلب كل تحليل لا يزال فيها وكان نشطًا. يبقى التحليل المُزال مسجلًا؛ وإضافته من جديد تضعه في الآخر.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Members of {panel} (report order)</source>
        <translation>تحاليل {panel} (ترتيب التقرير)</translation>
    </message>
    <message>
        <source>Members (save the panel first)</source>
        <translation>التحاليل (احفظ المجموعة أولًا)</translation>
    </message>
    <message>
        <source>Check digit correct.</source>
        <translation>رقم التحقق صحيح.</translation>
    </message>
    <message>
        <source>Saved panel {code}.</source>
        <translation>حُفظت المجموعة ‎{code}.</translation>
    </message>
    <message>
        <source>Save the panel first.</source>
        <translation>احفظ المجموعة أولًا.</translation>
    </message>
    <message>
        <source>Added {test}.</source>
        <translation>أُضيف {test}.</translation>
    </message>
    <message>
        <source>Moved {test} up.</source>
        <translation>نُقل {test} لأعلى.</translation>
    </message>
    <message>
        <source>Moved {test} down.</source>
        <translation>نُقل {test} لأسفل.</translation>
    </message>
    <message>
        <source>Removed {test}: no longer ordered with the panel.</source>
        <translation>أُزيل {test}: لم يعد يُطلب مع المجموعة.</translation>
    </message>
</context>
<context>
    <name>LabRangesEditor</name>
    <message>
        <source>either</source>
        <translation>كلاهما</translation>
    </message>
    <message>
        <source>female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>التحليل</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>العمر (سنوات)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>الحد الأدنى</translation>
    </message>
    <message>
        <source>High</source>
        <translation>الحد الأعلى</translation>
    </message>
    <message>
        <source>Critical low</source>
        <translation>الحد الحرج الأدنى</translation>
    </message>
    <message>
        <source>Critical high</source>
        <translation>الحد الحرج الأعلى</translation>
    </message>
    <message>
        <source>no upper limit</source>
        <translation>بلا حد أعلى</translation>
    </message>
</context>
<context>
    <name>LabTestsEditor</name>
    <message>
        <source>Search LOINC code, name or short name</source>
        <translation>ابحث برمز LOINC أو الاسم أو الاسم المختصر</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>عرض غير النشطة</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>العينة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>e.g. {code}</source>
        <translation>مثال: ‎{code}</translation>
    </message>
    <message>
        <source>LOINC long common name</source>
        <translation>الاسم الشائع الطويل في LOINC</translation>
    </message>
    <message>
        <source>as printed on labels and reports</source>
        <translation>كما يُطبع على الملصقات والتقارير</translation>
    </message>
    <message>
        <source>UCUM, e.g. {unit}</source>
        <translation>UCUM، مثال: {unit}</translation>
    </message>
    <message>
        <source>LAB-&lt;LOINC&gt;</source>
        <translation>LAB-&lt;LOINC&gt;</translation>
    </message>
    <message>
        <source>Orderable (active)</source>
        <translation>متاح للطلب (نشط)</translation>
    </message>
    <message>
        <source>New test</source>
        <translation>تحليل جديد</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Price list…</source>
        <translation>قائمة الأسعار…</translation>
    </message>
    <message>
        <source>Reference ranges…</source>
        <translation>القيم المرجعية…</translation>
    </message>
    <message>
        <source>LOINC code</source>
        <translation>رمز LOINC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>الوعاء</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>الخانات العشرية</translation>
    </message>
    <message>
        <source>Price code</source>
        <translation>رمز السعر</translation>
    </message>
    <message>
        <source>See also:</source>
        <translation>انظر أيضًا:</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>التحليل</translation>
    </message>
    <message>
        <source>The code is fixed once saved. A deactivated test is no longer orderable; orders already placed go on. Unit and result type change only when none of its orders is in the lab.</source>
        <translation>لا يتغير الرمز بعد الحفظ. التحليل المعطّل لا يمكن طلبه؛ وتستمر الطلبات السابقة. لا تتغير الوحدة ونوع النتيجة إلا إذا لم يكن أي من طلباته في المختبر.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Fixed: orders, results and ranges refer to it.</source>
        <translation>ثابت: تشير إليه الطلبات والنتائج والقيم المرجعية.</translation>
    </message>
    <message>
        <source>Check digit correct.</source>
        <translation>رقم التحقق صحيح.</translation>
    </message>
    <message>
        <source>Digits, a dash, the check digit.</source>
        <translation>أرقام، ثم شرطة، ثم رقم التحقق.</translation>
    </message>
    <message>
        <source>Charged at {code} ({price}).</source>
        <translation>يُحتسب بسعر {code} ({price}).</translation>
    </message>
    <message>
        <source>Charged at {code} (no price).</source>
        <translation>يُحتسب بسعر {code} (بلا سعر).</translation>
    </message>
    <message>
        <source>Charged at {code}.</source>
        <translation>يُحتسب بسعر {code}.</translation>
    </message>
    <message>
        <source>Saved with price code {code}; until it has a price:</source>
        <translation>حُفظ برمز السعر {code}؛ وإلى أن يُحدَّد له سعر:</translation>
    </message>
    <message>
        <source>No price code.</source>
        <translation>لا يوجد رمز سعر.</translation>
    </message>
    <message>
        <source>{code}: {price} today.</source>
        <translation>{code}: {price} اليوم.</translation>
    </message>
    <message>
        <source>{code} has no current price.</source>
        <translation>لا يوجد سعر ساري لـ {code}.</translation>
    </message>
    <message>
        <source>Saved with {code}; until it has a current price:</source>
        <translation>حُفظ بالرمز {code}؛ وإلى أن يُحدَّد له سعر ساري:</translation>
    </message>
    <message>
        <source>Saved {code}.</source>
        <translation>حُفظ ‎{code}.</translation>
    </message>
</context>
<context>
    <name>PayerItemCodesEditor</name>
    <message>
        <source>Payer</source>
        <translation>الجهة الدافعة</translation>
    </message>
    <message>
        <source>Price code</source>
        <translation>رمز السعر</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Payer code</source>
        <translation>رمز الجهة الدافعة</translation>
    </message>
    <message>
        <source>Payer&apos;s name</source>
        <translation>التسمية لدى الجهة الدافعة</translation>
    </message>
    <message>
        <source>Pre-authorisation</source>
        <translation>موافقة مسبقة</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>The payer wants this item pre-&amp;authorised</source>
        <translation>تشترط الجهة الدافعة &amp;موافقة مسبقة على هذا البند</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>&amp;نشط</translation>
    </message>
    <message>
        <source>&amp;Payer</source>
        <translation>جهة ال&amp;دفع</translation>
    </message>
    <message>
        <source>P&amp;rice code</source>
        <translation>رمز ال&amp;سعر</translation>
    </message>
    <message>
        <source>Payer&apos;s &amp;code</source>
        <translation>&amp;رمز الجهة الدافعة</translation>
    </message>
    <message>
        <source>Payer&apos;s &amp;name</source>
        <translation>&amp;تسمية الجهة الدافعة</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>مطلوبة</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>No payer is set up.</source>
        <translation>لم تُعدّ أي جهة دافعة.</translation>
    </message>
    <message>
        <source>Choose the price code the payer&apos;s code stands for.</source>
        <translation>اختر رمز السعر الذي يقابله رمز الجهة الدافعة.</translation>
    </message>
    <message>
        <source>Type the payer&apos;s code for the item.</source>
        <translation>اكتب رمز البند لدى الجهة الدافعة.</translation>
    </message>
</context>
<context>
    <name>PayerPoliciesEditor</name>
    <message>
        <source>Payer</source>
        <translation>الجهة الدافعة</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Admissions need pre-authorisation</source>
        <translation>الدخول يتطلب موافقة مسبقة</translation>
    </message>
    <message>
        <source>Eligibility valid (hours)</source>
        <translation>صلاحية الأهلية (ساعات)</translation>
    </message>
    <message>
        <source>Admissions need the payer&apos;s pre-&amp;authorisation</source>
        <translation>يتطلب الدخول &amp;موافقة مسبقة من الجهة الدافعة</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ساعة</translation>
    </message>
    <message>
        <source>How long an eligibility answer is trusted before reception and billing see it as out of date (1 to 720 hours)</source>
        <translation>المدة التي يُعتمد فيها رد التحقق من الأهلية قبل أن يعدّه الاستقبال والفوترة منتهيًا (من 1 إلى 720 ساعة)</translation>
    </message>
    <message>
        <source>&amp;Eligibility valid for</source>
        <translation>&amp;صلاحية الأهلية</translation>
    </message>
    <message>
        <source>{hours} (default)</source>
        <translation>{hours} (افتراضي)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Select a payer.</source>
        <translation>اختر جهة دافعة.</translation>
    </message>
</context>
<context>
    <name>PriceListEditor</name>
    <message>
        <source>Search code or name</source>
        <translation>ابحث بالرمز أو الاسم</translation>
    </message>
    <message>
        <source>Show ended versions</source>
        <translation>عرض الإصدارات المنتهية</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>ساري من</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>ساري حتى</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>e.g. {amount}</source>
        <translation>مثال: {amount}</translation>
    </message>
    <message>
        <source>e.g. {codes}</source>
        <translation>مثال: {codes}</translation>
    </message>
    <message>
        <source>New price from this date</source>
        <translation>سعر جديد من هذا التاريخ</translation>
    </message>
    <message>
        <source>Add as a new item</source>
        <translation>إضافة بندًا جديدًا</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>يسري من</translation>
    </message>
    <message>
        <source>A new price ends the current version the day before; charges already made keep their price.</source>
        <translation>السعر الجديد ينهي الإصدار الحالي في اليوم السابق؛ وتحتفظ الرسوم المسجلة بسعرها.</translation>
    </message>
    <message>
        <source>{code}: {amount} from {date}.</source>
        <translation>{code}: {amount} اعتبارًا من {date}.</translation>
    </message>
    <message>
        <source>Added {code}.</source>
        <translation>أُضيف {code}.</translation>
    </message>
</context>
<context>
    <name>ReferenceWorkspace</name>
    <message>
        <source>Departments</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>Clinic rooms</source>
        <translation>غرف العيادات</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>قائمة الأسعار</translation>
    </message>
    <message>
        <source>Lab reference ranges</source>
        <translation>القيم المرجعية للمختبر</translation>
    </message>
    <message>
        <source>Wards, rooms &amp;&amp; beds</source>
        <translation>الأجنحة والغرف والأسرّة</translation>
    </message>
    <message>
        <source>Lab tests</source>
        <translation>تحاليل المختبر</translation>
    </message>
    <message>
        <source>Lab panels</source>
        <translation>مجموعات التحاليل</translation>
    </message>
    <message>
        <source>Payer item codes</source>
        <translation>رموز بنود الجهات الدافعة</translation>
    </message>
    <message>
        <source>Payer policies</source>
        <translation>سياسات الجهات الدافعة</translation>
    </message>
    <message>
        <source>The formulary is maintained by the pharmacists (Formulary workspace).</source>
        <translation>يتولى الصيادلة تحديث دليل الأدوية (مساحة عمل دليل الأدوية).</translation>
    </message>
</context>
<context>
    <name>RoomsEditor</name>
    <message>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
</context>
<context>
    <name>ServicesEditor</name>
    <message>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>Price code</source>
        <translation>رمز السعر</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Telemedicine allowed</source>
        <translation>تسمح بالتطبيب عن بُعد</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
</context>
<context>
    <name>SettingsWorkspace</name>
    <message>
        <source>(no logo)</source>
        <translation>(لا يوجد شعار)</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>اختيار صورة…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ساعة</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>المستشفى</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Logo on printouts</source>
        <translation>الشعار في المطبوعات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Language of screens and printouts</source>
        <translation>لغة الشاشات والمطبوعات</translation>
    </message>
    <message>
        <source>Formats (locale)</source>
        <translation>التنسيقات (الإعدادات الإقليمية)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Lock idle workstations after</source>
        <translation>قفل محطات العمل الخاملة بعد</translation>
    </message>
    <message>
        <source>Emergency (break-glass) access lasts</source>
        <translation>مدة الوصول الطارئ (كسر الزجاج)</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>المالية</translation>
    </message>
    <message>
        <source>Currency (ISO 4217)</source>
        <translation>العملة (ISO 4217)</translation>
    </message>
    <message>
        <source>Tax name</source>
        <translation>اسم الضريبة</translation>
    </message>
    <message>
        <source>Tax registration number</source>
        <translation>الرقم الضريبي</translation>
    </message>
    <message>
        <source>Tax rates (per item group)</source>
        <translation>نسب الضريبة (لكل مجموعة بنود)</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <source>{group}: {label} {rate} % from {date}</source>
        <translation>‏{group}: {label} {rate}٪ اعتبارًا من {date}</translation>
    </message>
    <message>
        <source>none (clinical services exempt); rates are kept with the price list</source>
        <translation>لا توجد (الخدمات العلاجية معفاة)؛ تُحفظ النسب مع قائمة الأسعار</translation>
    </message>
    <message>
        <source>{code} (not shipped: screens show English)</source>
        <translation>{code} (غير متوفرة: تظهر الشاشات بالإنجليزية)</translation>
    </message>
    <message>
        <source>A language and country code, e.g. en_GB, fr_FR, es_ES, ar_EG.</source>
        <translation>رمز اللغة والبلد، مثال: en_GB أو fr_FR أو es_ES أو ar_EG.</translation>
    </message>
    <message>
        <source>Dates {date} · times {time} · amounts {amount}</source>
        <translation>التواريخ {date} · الأوقات {time} · المبالغ {amount}</translation>
    </message>
    <message>
        <source>({locale} is not known here: formats follow {fallback})</source>
        <translation>({locale} غير معروف هنا: تُتّبع تنسيقات {fallback})</translation>
    </message>
    <message>
        <source>Logo for printouts</source>
        <translation>شعار المطبوعات</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The locale is a language and country code such as en_GB, fr_FR or ar_EG.</source>
        <translation>الإعداد الإقليمي رمز لغة وبلد مثل en_GB أو fr_FR أو ar_EG.</translation>
    </message>
    <message>
        <source>Saved: {settings}.</source>
        <translation>تم الحفظ: {settings}.</translation>
    </message>
    <message>
        <source>Workstations pick up a new idle-lock time at their next login.</source>
        <translation>تطبّق محطات العمل مدة القفل الجديدة عند تسجيل الدخول التالي.</translation>
    </message>
    <message>
        <source>Staff who have not chosen their own language see the new one at their next login.</source>
        <translation>يرى الموظفون الذين لم يختاروا لغتهم اللغة الجديدة عند تسجيل الدخول التالي.</translation>
    </message>
</context>
<context>
    <name>StaffHistory</name>
    <message>
        <source>created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>roles changed</source>
        <translation>تغيّرت الأدوار</translation>
    </message>
    <message>
        <source>departments changed</source>
        <translation>تغيّرت الأقسام</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>تغيّر الاسم</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>عُطّل</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>أُعيد تفعيله</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>أُعيد تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>changed own password</source>
        <translation>غيّر كلمة مروره</translation>
    </message>
    <message>
        <source>locked after failed logins</source>
        <translation>قُفل بعد محاولات دخول فاشلة</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>فُتح القفل</translation>
    </message>
    <message>
        <source>authenticator set up</source>
        <translation>أُعدّ تطبيق المصادقة</translation>
    </message>
    <message>
        <source>authenticator removed</source>
        <translation>أُزيل تطبيق المصادقة</translation>
    </message>
    <message>
        <source>roles {changes}</source>
        <translation>الأدوار {changes}</translation>
    </message>
    <message>
        <source>departments {before} → {after}</source>
        <translation>الأقسام {before} ‏←‏ {after}</translation>
    </message>
    <message>
        <source>created as {roles}</source>
        <translation>أُنشئ بدور {roles}</translation>
    </message>
    <message>
        <source>name {before} → {after}</source>
        <translation>الاسم {before} ‏←‏ {after}</translation>
    </message>
</context>
<context>
    <name>StaffWorkspace</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separates the items of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Search by name or user name</source>
        <translation>ابحث بالاسم أو اسم المستخدم</translation>
    </message>
    <message>
        <source>Show deactivated</source>
        <translation>عرض المعطّلين</translation>
    </message>
    <message>
        <source>New staff member…</source>
        <translation>موظف جديد…</translation>
    </message>
    <message>
        <source>Select a staff member</source>
        <translation>اختر موظفًا</translation>
    </message>
    <message>
        <source>Each person chooses the language and formats of their own screens on their workstation; an administrator cannot change them.</source>
        <translation>يختار كل موظف لغة شاشاته وتنسيقاتها من محطة عمله؛ ولا يستطيع مدير النظام تغييرها.</translation>
    </message>
    <message>
        <source>Roles (database group roles)</source>
        <translation>الأدوار (مجموعات قاعدة البيانات)</translation>
    </message>
    <message>
        <source>Reason for this change (recorded in the audit trail)</source>
        <translation>سبب هذا التغيير (يُسجَّل في سجل التدقيق)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Create login</source>
        <translation>إنشاء الحساب</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>تعطيل…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>إعادة التفعيل</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Set up authenticator…</source>
        <translation>إعداد تطبيق المصادقة…</translation>
    </message>
    <message>
        <source>Remove authenticator</source>
        <translation>إزالة تطبيق المصادقة</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>{language} — chosen by {username}</source>
        <translation>{language} — اختارها {username}</translation>
    </message>
    <message>
        <source>The hospital&apos;s: {language}</source>
        <translation>لغة المستشفى: {language}</translation>
    </message>
    <message>
        <source>The hospital&apos;s</source>
        <translation>لغة المستشفى</translation>
    </message>
    <message>
        <source>Replace authenticator…</source>
        <translation>استبدال تطبيق المصادقة…</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>موظف جديد</translation>
    </message>
    <message>
        <source>a one-time password is made when you create the login</source>
        <translation>تُنشأ كلمة مرور لمرة واحدة عند إنشاء الحساب</translation>
    </message>
    <message>
        <source>The hospital&apos;s, until the person chooses their own</source>
        <translation>لغة المستشفى، إلى أن يختار الموظف لغته</translation>
    </message>
    <message>
        <source>{state} since {when}</source>
        <translation>{state} منذ {when}</translation>
    </message>
    <message>
        <source>{state} · authenticator app set up</source>
        <translation>{state} · تطبيق المصادقة مُعدّ</translation>
    </message>
    <message>
        <source>{state} · password only</source>
        <translation>{state} · كلمة المرور فقط</translation>
    </message>
    <message>
        <source>Created {username}.</source>
        <translation>أُنشئ الحساب {username}.</translation>
    </message>
    <message>
        <source>One-time password for &lt;b&gt;{username}&lt;/b&gt;: {password}&lt;br&gt;Give it to the person in private. It works for 72 hours and must be changed at the first login. It is not shown again.</source>
        <translation>كلمة المرور لمرة واحدة لـ &lt;b&gt;{username}&lt;/b&gt;: {password}&lt;br&gt;سلّمها للموظف على انفراد. تصلح لمدة 72 ساعة ويجب تغييرها عند أول تسجيل دخول. لن تُعرض مرة أخرى.</translation>
    </message>
    <message>
        <source>Give a reason for the change of roles (at least 5 characters).</source>
        <translation>اذكر سبب تغيير الأدوار (5 أحرف على الأقل).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Give the reason for deactivating this account (at least 5 characters).</source>
        <translation>اذكر سبب تعطيل هذا الحساب (5 أحرف على الأقل).</translation>
    </message>
    <message numerus="yes">
        <source>{username} deactivated; %n open session(s) ended. The history stays.</source>
        <translation>
            <numerusform>عُطّل {username}؛ لم تكن هناك جلسات مفتوحة. يبقى السجل محفوظًا.</numerusform>
            <numerusform>عُطّل {username}؛ أُنهيت جلسة مفتوحة واحدة. يبقى السجل محفوظًا.</numerusform>
            <numerusform>عُطّل {username}؛ أُنهيت جلستان مفتوحتان. يبقى السجل محفوظًا.</numerusform>
            <numerusform>عُطّل {username}؛ أُنهيت %Ln جلسات مفتوحة. يبقى السجل محفوظًا.</numerusform>
            <numerusform>عُطّل {username}؛ أُنهيت %Ln جلسة مفتوحة. يبقى السجل محفوظًا.</numerusform>
            <numerusform>عُطّل {username}؛ أُنهيت %Ln جلسة مفتوحة. يبقى السجل محفوظًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the reason for reactivating this account (at least 5 characters).</source>
        <translation>اذكر سبب إعادة تفعيل هذا الحساب (5 أحرف على الأقل).</translation>
    </message>
    <message>
        <source>Give the reason for the reset (at least 5 characters), e.g. &apos;forgotten, identity checked in person&apos;.</source>
        <translation>اذكر سبب إعادة التعيين (5 أحرف على الأقل)، مثال: «نسيها، وتم التحقق من الهوية شخصيًا».</translation>
    </message>
    <message>
        <source>Give the reason for unlocking (at least 5 characters), e.g. &apos;mistyped, identity checked by phone&apos;.</source>
        <translation>اذكر سبب فتح القفل (5 أحرف على الأقل)، مثال: «أخطاء في الكتابة، وتم التحقق من الهوية هاتفيًا».</translation>
    </message>
    <message>
        <source>{username} can log in again.</source>
        <translation>يمكن لـ {username} تسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>{username} now logs in with password and authenticator code.</source>
        <translation>أصبح {username} يسجّل الدخول بكلمة المرور ورمز تطبيق المصادقة.</translation>
    </message>
    <message>
        <source>Give the reason for removing the authenticator (at least 5 characters), e.g. &apos;phone lost&apos;. The auditor reviews it.</source>
        <translation>اذكر سبب إزالة تطبيق المصادقة (5 أحرف على الأقل)، مثال: «فُقد الهاتف». يراجعه المدقق.</translation>
    </message>
    <message>
        <source>{username} logs in with the password alone until a new authenticator is set up.</source>
        <translation>يسجّل {username} الدخول بكلمة المرور وحدها إلى أن يُعدّ تطبيق مصادقة جديد.</translation>
    </message>
</context>
<context>
    <name>_Editor</name>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>_PayerEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
</TS>
