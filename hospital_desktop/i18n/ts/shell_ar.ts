<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Alert</name>
    <message>
        <source>Unacknowledged critical result: {title}</source>
        <translation>نتيجة حرجة لم يُقرّ باستلامها: {title}</translation>
    </message>
    <message>
        <source>Corrected: {title}</source>
        <translation>مُصحَّح: {title}</translation>
    </message>
    <message>
        <source>STAT prescription {title}</source>
        <translation>وصفة فورية {title}</translation>
    </message>
    <message>
        <source>critical high</source>
        <translation>مرتفع حرج</translation>
    </message>
    <message>
        <source>critical low</source>
        <translation>منخفض حرج</translation>
    </message>
    <message>
        <source>high</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <source>low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <source>abnormal</source>
        <translation>غير طبيعي</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Acknowledge selected</source>
        <translation>تأكيد الاطلاع على المحدد</translation>
    </message>
    <message>
        <source>Double-click to open the result; acknowledge once you have read it.</source>
        <translation>انقر نقرًا مزدوجًا لفتح النتيجة، ثم أكّد الاطلاع عليها بعد قراءتها.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>alerts offline — reconnecting…</source>
        <translation>التنبيهات غير متصلة — جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <source>Critical result ({count})</source>
        <translation>نتيجة حرجة ({count})</translation>
    </message>
    <message>
        <source>New alert ({count})</source>
        <translation>تنبيه جديد ({count})</translation>
    </message>
    <message>
        <source>Critical result</source>
        <translation>نتيجة حرجة</translation>
    </message>
    <message>
        <source>New alert</source>
        <translation>تنبيه جديد</translation>
    </message>
    <message>
        <source>Unlock the workstation to read it.</source>
        <translation>افتح قفل محطة العمل لقراءته.</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>مريض</translation>
    </message>
    <message numerus="yes">
        <source>%Ln critical results</source>
        <translation>
            <numerusform>لا نتائج حرجة</numerusform>
            <numerusform>نتيجة حرجة واحدة</numerusform>
            <numerusform>نتيجتان حرجتان</numerusform>
            <numerusform>%Ln نتائج حرجة</numerusform>
            <numerusform>%Ln نتيجة حرجة</numerusform>
            <numerusform>%Ln نتيجة حرجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unacknowledged alert(s)</source>
        <translation>
            <numerusform>لا تنبيهات غير مؤكدة</numerusform>
            <numerusform>تنبيه واحد غير مؤكد</numerusform>
            <numerusform>تنبيهان غير مؤكدين</numerusform>
            <numerusform>%Ln تنبيهات غير مؤكدة</numerusform>
            <numerusform>%Ln تنبيهًا غير مؤكد</numerusform>
            <numerusform>%Ln تنبيه غير مؤكد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln critical</source>
        <translation>
            <numerusform>حرجة: %Ln</numerusform>
            <numerusform>حرجة: %Ln</numerusform>
            <numerusform>حرجة: %Ln</numerusform>
            <numerusform>حرجة: %Ln</numerusform>
            <numerusform>حرجة: %Ln</numerusform>
            <numerusform>حرجة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln STAT</source>
        <translation>
            <numerusform>عاجلة: %Ln</numerusform>
            <numerusform>عاجلة: %Ln</numerusform>
            <numerusform>عاجلة: %Ln</numerusform>
            <numerusform>عاجلة: %Ln</numerusform>
            <numerusform>عاجلة: %Ln</numerusform>
            <numerusform>عاجلة: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the result from the alert bar (double-click) and acknowledge it once you have acted on it.</source>
        <translation>افتح النتيجة من شريط التنبيهات (نقر مزدوج) وأكّد الاطلاع عليها بعد اتخاذ الإجراء اللازم.</translation>
    </message>
    <message>
        <source>unlock to read them</source>
        <translation>افتح القفل لقراءتها</translation>
    </message>
    <message>
        <source>latest: {title}</source>
        <translation>الأحدث: {title}</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>No data for this selection</source>
        <translation>لا توجد بيانات لهذا الاختيار</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>الرمز من تطبيق المصادقة</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Workstation locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;محطة العمل مقفلة&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Your second-factor code has expired. {who}, enter your password and a new code to continue.</source>
        <translation>انتهت صلاحية رمز التحقق الثاني. {who}، أدخل كلمة المرور ورمزًا جديدًا للمتابعة.</translation>
    </message>
    <message>
        <source>Locked after inactivity. {who}, enter your password to continue.</source>
        <translation>أُقفلت بعد فترة خمول. {who}، أدخل كلمة المرور للمتابعة.</translation>
    </message>
    <message>
        <source>That is not your password.</source>
        <translation>هذه ليست كلمة مرورك.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>This account is locked or deactivated. After repeated wrong passwords or codes an account is locked for safety: ask an administrator to unlock it.</source>
        <translation>هذا الحساب مقفل أو معطَّل. يُقفل الحساب حمايةً له بعد تكرار إدخال كلمات مرور أو رموز خاطئة: اطلب من مسؤول النظام فتحه.</translation>
    </message>
    <message>
        <source>The code is wrong or was already used. Enter the 6 digits your authenticator app shows now.</source>
        <translation>الرمز خاطئ أو سبق استخدامه. أدخل الأرقام الستة التي يعرضها تطبيق المصادقة الآن.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>The server has no database named {database}. Check the profile.</source>
        <translation>لا توجد على الخادم قاعدة بيانات باسم {database}. تحقّق من ملف الاتصال.</translation>
    </message>
    <message>
        <source>The server accepts only encrypted (TLS) connections: set the profile&apos;s TLS mode to verify-full with the hospital&apos;s CA certificate.</source>
        <translation>لا يقبل الخادم إلا الاتصالات المشفرة (TLS): اضبط وضع TLS في ملف الاتصال على verify-full مع شهادة جهة التصديق الخاصة بالمستشفى.</translation>
    </message>
    <message>
        <source>The server {hosts} cannot be reached. Check the network or ask IT.</source>
        <translation>تعذّر الوصول إلى الخادم {hosts}. تحقّق من الشبكة أو اتصل بقسم تقنية المعلومات.</translation>
    </message>
    <message>
        <source>This login may not use the hospital database from this workstation.</source>
        <translation>لا يحق لهذا الحساب استخدام قاعدة بيانات المستشفى من محطة العمل هذه.</translation>
    </message>
    <message>
        <source>This login is not a Hospital Desktop staff account.</source>
        <translation>هذا الحساب ليس حساب موظف في Hospital Desktop.</translation>
    </message>
    <message>
        <source>another name</source>
        <translation>اسم آخر</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for {certified}, not for {asked}: the host in the profile must be the server&apos;s name on its certificate. Do not log in; ask IT.</source>
        <translation>شهادة الخادم صادرة لـ {certified} وليس لـ {asked}: يجب أن يكون المضيف في ملف الاتصال هو اسم الخادم المدوَّن في شهادته. لا تسجّل الدخول، واتصل بقسم تقنية المعلومات.</translation>
    </message>
    <message>
        <source>the system&apos;s CA file</source>
        <translation>ملف جهات التصديق في النظام</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by the hospital&apos;s certificate authority ({ca}): this may not be the hospital&apos;s server. Do not log in; ask IT.</source>
        <translation>شهادة الخادم غير موقَّعة من جهة التصديق الخاصة بالمستشفى ({ca}): قد لا يكون هذا خادم المستشفى. لا تسجّل الدخول، واتصل بقسم تقنية المعلومات.</translation>
    </message>
    <message>
        <source>The hospital&apos;s CA certificate file is missing or unreadable ({file}): fix the CA file in the server profile, or ask IT.</source>
        <translation>ملف شهادة جهة التصديق الخاصة بالمستشفى مفقود أو تتعذّر قراءته ({file}): صحّحه في ملف اتصال الخادم أو اتصل بقسم تقنية المعلومات.</translation>
    </message>
    <message>
        <source>The server does not offer encrypted (TLS) connections, but the profile requires them. Ask IT.</source>
        <translation>لا يوفّر الخادم اتصالات مشفرة (TLS)، لكن ملف الاتصال يشترطها. اتصل بقسم تقنية المعلومات.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the server could not be made: {detail}</source>
        <translation>تعذّر إنشاء اتصال آمن (TLS) بالخادم: {detail}</translation>
    </message>
    <message>
        <source>This account is deactivated. Ask an administrator if you still work here.</source>
        <translation>هذا الحساب معطَّل. راجع مسؤول النظام إن كنت لا تزال تعمل هنا.</translation>
    </message>
    <message>
        <source>This account has no role in the hospital system yet. Ask an administrator.</source>
        <translation>ليس لهذا الحساب أي دور في نظام المستشفى بعد. راجع مسؤول النظام.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
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
        <translation>تمريض</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>صيدلي</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>المختبر</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>الفوترة</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>مسؤول النظام</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>مدقق</translation>
    </message>
    <message>
        <source>Hospital Desktop — log in</source>
        <translation>Hospital Desktop — تسجيل الدخول</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Hospital Desktop&lt;/h2&gt;Log in with your own hospital account.</source>
        <translation>&lt;h2&gt;Hospital Desktop&lt;/h2&gt;سجّل الدخول بحسابك الشخصي في المستشفى.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <source>Remember my password (kept in the system keyring only)</source>
        <translation>تذكّر كلمة المرور (تُحفظ في سلسلة مفاتيح النظام فقط)</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Demo logins (password “{password}”)</source>
        <translation>حسابات تجريبية (كلمة المرور «{password}»)</translation>
    </message>
    <message>
        <source>Log in as {login} ({name})</source>
        <translation>تسجيل الدخول باسم {login} ({name})</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>لم يُحفظ ملف الاتصال</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>أدخل اسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>جارٍ الاتصال بـ {server}…</translation>
    </message>
    <message>
        <source>The login failed unexpectedly: {error}</source>
        <translation>فشل تسجيل الدخول على نحو غير متوقع: {error}</translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation>لم تُحفظ كلمة المرور</translation>
    </message>
    <message>
        <source>This computer has no working system keyring, so the password was not stored. Nothing was written to disk.</source>
        <translation>لا تتوفر على هذا الحاسوب سلسلة مفاتيح نظام عاملة، لذا لم تُحفظ كلمة المرور. لم يُكتب شيء على القرص.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app to continue.</source>
        <translation>أدخل الرمز من تطبيق المصادقة للمتابعة.</translation>
    </message>
    <message>
        <source>No code was entered, so you are not logged in.</source>
        <translation>لم يُدخَل أي رمز، لذا لم يتم تسجيل دخولك.</translation>
    </message>
    <message>
        <source>You logged in with a one-time password. Choose your own password to continue.</source>
        <translation>سجّلت الدخول بكلمة مرور لمرة واحدة. اختر كلمة مرورك الخاصة للمتابعة.</translation>
    </message>
    <message>
        <source>The password was not changed, so you are not logged in.</source>
        <translation>لم تُغيَّر كلمة المرور، لذا لم يتم تسجيل دخولك.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hospital Desktop — {name}</source>
        <translation>Hospital Desktop — {name}</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source> Workspace: </source>
        <translation> مساحة العمل: </translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>تغيير كلمة المرور…</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>تبديل المستخدم…</translation>
    </message>
    <message>
        <source>Log out and return to the login window (the program keeps running)</source>
        <translation>تسجيل الخروج والعودة إلى نافذة تسجيل الدخول (يبقى البرنامج قيد التشغيل)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>{name} ({login}; {roles})</source>
        <translation>{name} ({login}؛ {roles})</translation>
    </message>
    <message>
        <source>Server: {server}</source>
        <translation>الخادم: {server}</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● متصل</translation>
    </message>
    <message>
        <source>● Connection lost — reconnecting…</source>
        <translation>● انقطع الاتصال — جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>تم تغيير كلمة المرور.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The language of your screens; the window reopens in it and you stay logged in</source>
        <translation>لغة شاشاتك؛ تُعاد فتح النافذة بها مع بقاء تسجيل دخولك</translation>
    </message>
    <message>
        <source>Reopen this window in {language}? You stay logged in, but anything typed and not saved yet is lost.</source>
        <translation>إعادة فتح هذه النافذة باللغة {language}؟ سيبقى تسجيل دخولك، لكن ستفقد كل ما كُتب ولم يُحفظ بعد.</translation>
    </message>
    <message>
        <source>The language was not changed: {reason}</source>
        <translation>لم تُغيَّر اللغة: {reason}</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>جارٍ التنفيذ…</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>يرجى الانتظار</translation>
    </message>
    <message>
        <source>Something went wrong inside the program. The details were written to the log; please report them.</source>
        <translation>حدث خطأ داخلي في البرنامج. سُجّلت التفاصيل في السجل؛ يرجى الإبلاغ عنها.</translation>
    </message>
    <message>
        <source>Crash report</source>
        <translation>تقرير خطأ</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>لم يتم التنفيذ</translation>
    </message>
</context>
<context>
    <name>OverrideStop</name>
    <message>
        <source>Override</source>
        <translation>تجاوز</translation>
    </message>
    <message>
        <source>Do not proceed</source>
        <translation>عدم المتابعة</translation>
    </message>
    <message>
        <source>Reason for overriding</source>
        <translation>سبب التجاوز</translation>
    </message>
    <message numerus="yes">
        <source>{label} (at least %Ln characters)</source>
        <translation>
            <numerusform>{label}</numerusform>
            <numerusform>{label} (حرف واحد على الأقل)</numerusform>
            <numerusform>{label} (حرفان على الأقل)</numerusform>
            <numerusform>{label} (%Ln أحرف على الأقل)</numerusform>
            <numerusform>{label} (%Ln حرفًا على الأقل)</numerusform>
            <numerusform>{label} (%Ln حرف على الأقل)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more character(s) needed to override.</source>
        <translation>
            <numerusform>لا يلزم أي حرف إضافي للتجاوز.</numerusform>
            <numerusform>يلزم حرف واحد إضافي للتجاوز.</numerusform>
            <numerusform>يلزم حرفان إضافيان للتجاوز.</numerusform>
            <numerusform>يلزم %Ln أحرف إضافية للتجاوز.</numerusform>
            <numerusform>يلزم %Ln حرفًا إضافيًا للتجاوز.</numerusform>
            <numerusform>يلزم %Ln حرف إضافي للتجاوز.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; — stored with the record, audited and shown to the next person who acts on it:</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; — يُحفظ مع السجل ويخضع للتدقيق ويُعرض على الشخص التالي الذي يتخذ إجراءً بشأنه:</translation>
    </message>
    <message>
        <source>Tab to the override button to use this reason.</source>
        <translation>انتقل بمفتاح Tab إلى زر التجاوز لاستخدام هذا السبب.</translation>
    </message>
</context>
<context>
    <name>PatientBanner</name>
    <message>
        <source>F</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>M</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>X</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>U</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>لم يُحدَّد أي مريض</translation>
    </message>
    <message>
        <source>{years} y {sex}</source>
        <translation>{years} سنة، {sex}</translation>
    </message>
    <message>
        <source>c. {years} y {sex}</source>
        <translation>نحو {years} سنة، {sex}</translation>
    </message>
    <message>
        <source>MRN {mrn}   ·   {age}   ·   born {born}</source>
        <translation>رقم الملف الطبي {mrn}   ·   {age}   ·   تاريخ الميلاد {born}</translation>
    </message>
    <message>
        <source>Merged into another record</source>
        <translation>دُمج في ملف آخر</translation>
    </message>
    <message>
        <source>UNIDENTIFIED — temporary identity</source>
        <translation>مجهول الهوية — هوية مؤقتة</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Allergies: {list}</source>
        <translation>الحساسية: {list}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>No known allergies (recorded by {by}, {date})</source>
        <translation>لا حساسية معروفة (سجّلها {by}، {date})</translation>
    </message>
    <message>
        <source>No known allergies (recorded by {by})</source>
        <translation>لا حساسية معروفة (سجّلها {by})</translation>
    </message>
    <message>
        <source>Allergies not yet asked</source>
        <translation>لم يُسأل عن الحساسية بعد</translation>
    </message>
    <message>
        <source>No active allergies on record (allergy status not checked here)</source>
        <translation>لا حساسية نشطة مسجلة (لم تُفحص حالة الحساسية هنا)</translation>
    </message>
</context>
<context>
    <name>PatientSearchBox</name>
    <message>
        <source>Search: name, MRN (or scan the wristband), birth date, phone, national ID</source>
        <translation>بحث: الاسم، رقم الملف الطبي (أو امسح السوار)، تاريخ الميلاد، الهاتف، الرقم الوطني</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview — {title}</source>
        <translation>معاينة الطباعة — {title}</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>لا صفحات</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%Ln صفحات</numerusform>
            <numerusform>%Ln صفحة</numerusform>
            <numerusform>%Ln صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Server profile</source>
        <translation>ملف اتصال الخادم</translation>
    </message>
    <message>
        <source>One host, or several separated by commas for failover (host or host:port)</source>
        <translation>مضيف واحد، أو عدة مضيفين تفصل بينهم فواصل للتبديل عند العطل (host أو host:port)</translation>
    </message>
    <message>
        <source>none: dashboards and reports read from the server</source>
        <translation>لا يوجد: تقرأ لوحات المعلومات والتقارير من الخادم</translation>
    </message>
    <message>
        <source>Read-only hot standby(s) for dashboards and reports (host or host:port, comma separated); when none answers, they read from the server</source>
        <translation>خادم (أو خوادم) احتياطي للقراءة فقط للوحات المعلومات والتقارير (host أو host:port، تفصل بينها فواصل)؛ وإن لم يستجب أيٌّ منها تُقرأ من الخادم</translation>
    </message>
    <message>
        <source>the system default (PGSSLROOTCERT or ~/.postgresql/root.crt)</source>
        <translation>الافتراضي في النظام (PGSSLROOTCERT أو ~/.postgresql/root.crt)</translation>
    </message>
    <message>
        <source>The hospital CA&apos;s certificate file (PEM) that the server&apos;s certificate must be signed by; use it with TLS mode verify-full</source>
        <translation>ملف شهادة (PEM) جهة التصديق الخاصة بالمستشفى التي يجب أن تكون قد وقّعت شهادة الخادم؛ يُستخدم مع وضع TLS verify-full</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Server host(s)</source>
        <translation>مضيف (مضيفو) الخادم</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>وضع TLS</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>ملف شهادة جهة التصديق</translation>
    </message>
    <message>
        <source>Read-only replica(s)</source>
        <translation>نسخ متماثلة للقراءة فقط</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>a profile needs a name</source>
        <translation>يحتاج ملف الاتصال إلى اسم</translation>
    </message>
    <message>
        <source>give at least one server host</source>
        <translation>أدخل مضيفًا واحدًا على الأقل للخادم</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>يجب أن يكون المنفذ بين 1 و65535</translation>
    </message>
    <message>
        <source>a replica host cannot be empty</source>
        <translation>لا يمكن أن يكون مضيف النسخة المتماثلة فارغًا</translation>
    </message>
    <message>
        <source>give the database name</source>
        <translation>أدخل اسم قاعدة البيانات</translation>
    </message>
    <message>
        <source>TLS mode must be one of {modes}</source>
        <translation>يجب أن يكون وضع TLS أحد الخيارات: {modes}</translation>
    </message>
    <message>
        <source>cannot read server profiles from {path}: {error}</source>
        <translation>تتعذّر قراءة ملفات اتصال الخادم من {path}: {error}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Reception</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>العيادات</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>الجناح</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>الصيدلية</translation>
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
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>التدقيق</translation>
    </message>
</context>
<context>
    <name>SafetyStop</name>
    <message>
        <source>I have read this</source>
        <translation>اطّلعت على ذلك</translation>
    </message>
</context>
<context>
    <name>SecondFactorDialog</name>
    <message>
        <source>Hospital Desktop — code from your authenticator</source>
        <translation>Hospital Desktop — رمز تطبيق المصادقة</translation>
    </message>
    <message>
        <source>Your account {login} is protected by a second factor. Open the authenticator app on your phone and type the 6-digit code it shows for Hospital Desktop.</source>
        <translation>حسابك {login} محمي بعامل تحقق ثانٍ. افتح تطبيق المصادقة على هاتفك واكتب الرمز المكوّن من 6 أرقام الذي يعرضه لـ Hospital Desktop.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>The code has 6 digits.</source>
        <translation>يتكوّن الرمز من 6 أرقام.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>جارٍ التحقق من الرمز…</translation>
    </message>
    <message>
        <source>The code could not be checked: {error}</source>
        <translation>تعذّر التحقق من الرمز: {error}</translation>
    </message>
</context>
<context>
    <name>TypedText</name>
    <message>
        <source>{label} contains an invisible control character (often pasted from another program): retype it.</source>
        <translation>يحتوي {label} على محرف تحكم غير مرئي (غالبًا ما يكون ملصوقًا من برنامج آخر): أعد كتابته.</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>Reception dashboard</source>
        <translation>لوحة معلومات الاستقبال</translation>
    </message>
    <message>
        <source>Clinic dashboard</source>
        <translation>لوحة معلومات العيادات</translation>
    </message>
    <message>
        <source>Ward dashboard</source>
        <translation>لوحة معلومات الجناح</translation>
    </message>
    <message>
        <source>Pharmacy dashboard</source>
        <translation>لوحة معلومات الصيدلية</translation>
    </message>
    <message>
        <source>Laboratory dashboard</source>
        <translation>لوحة معلومات المختبر</translation>
    </message>
    <message>
        <source>Billing dashboard</source>
        <translation>لوحة معلومات الفوترة</translation>
    </message>
    <message>
        <source>Administration dashboard</source>
        <translation>لوحة معلومات الإدارة</translation>
    </message>
    <message>
        <source>Audit dashboard</source>
        <translation>لوحة معلومات التدقيق</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>Clinic queue</source>
        <translation>قائمة انتظار العيادة</translation>
    </message>
    <message>
        <source>Beds and admissions</source>
        <translation>الأسرّة والإدخال</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>العيادات</translation>
    </message>
    <message>
        <source>Inpatients</source>
        <translation>المرضى المنوَّمون</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>المرضى</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>المختبر</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>الجناح</translation>
    </message>
    <message>
        <source>Dispensing</source>
        <translation>صرف الأدوية</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <source>Formulary</source>
        <translation>دليل الأدوية</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>الفوترة</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>المطالبات</translation>
    </message>
    <message>
        <source>Payer queries</source>
        <translation>استفسارات الجهات الضامنة</translation>
    </message>
    <message>
        <source>Pre-authorisations</source>
        <translation>الموافقات المسبقة</translation>
    </message>
    <message>
        <source>Remittances</source>
        <translation>إشعارات السداد</translation>
    </message>
    <message>
        <source>Cash close</source>
        <translation>إقفال الصندوق</translation>
    </message>
    <message>
        <source>Financial views</source>
        <translation>التقارير المالية</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Hospital settings</source>
        <translation>إعدادات المستشفى</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>البيانات المرجعية</translation>
    </message>
    <message>
        <source>Patient index (merge)</source>
        <translation>فهرس المرضى (الدمج)</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>السجلات المكررة</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
</context>
</TS>
