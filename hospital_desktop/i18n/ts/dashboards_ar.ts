<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>DashboardWorkspace</name>
    <message>
        <source>Reception dashboard</source>
        <translation>لوحة معلومات الاستقبال</translation>
    </message>
    <message>
        <source>Clinic dashboard</source>
        <translation>لوحة معلومات العيادة</translation>
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
        <source>Refresh now</source>
        <translation>تحديث الآن</translation>
    </message>
    <message>
        <source>Figures not refreshed: {message}</source>
        <translation>لم تُحدَّث الأرقام: {message}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message numerus="yes">
        <source>Updated {time}; refreshes every %n s</source>
        <translation>
            <numerusform>حُدّثت في {time}؛ تُحدَّث باستمرار</numerusform>
            <numerusform>حُدّثت في {time}؛ تُحدَّث كل ثانية</numerusform>
            <numerusform>حُدّثت في {time}؛ تُحدَّث كل ثانيتين</numerusform>
            <numerusform>حُدّثت في {time}؛ تُحدَّث كل %Ln ثوانٍ</numerusform>
            <numerusform>حُدّثت في {time}؛ تُحدَّث كل %Ln ثانية</numerusform>
            <numerusform>حُدّثت في {time}؛ تُحدَّث كل %Ln ثانية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricPanel</name>
    <message>
        <source>figures of {time}</source>
        <translation>أرقام الساعة {time}</translation>
    </message>
    <message>
        <source>Not available: {message}</source>
        <translation>غير متاح: {message}</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>Booked</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>بالانتظار</translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation>عند الطبيب</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>تمت معاينتهم</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>لم يحضروا</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Stat</source>
        <translation>فوري</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>روتيني</translation>
    </message>
    <message>
        <source>lab result</source>
        <translation>نتيجة مختبر</translation>
    </message>
    <message>
        <source>critical lab result</source>
        <translation>نتيجة حرجة</translation>
    </message>
    <message>
        <source>corrected lab result</source>
        <translation>نتيجة مصححة</translation>
    </message>
    <message>
        <source>escalated critical result</source>
        <translation>نتيجة حرجة مُصعّدة</translation>
    </message>
    <message>
        <source>stat prescription</source>
        <translation>وصفة فورية</translation>
    </message>
    <message>
        <source>account created</source>
        <translation>إنشاء حساب</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>إعادة تفعيل</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>second factor enrolled</source>
        <translation>تفعيل العامل الثاني</translation>
    </message>
    <message>
        <source>second factor removed</source>
        <translation>إزالة العامل الثاني</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>مرضى جدد</translation>
    </message>
    <message numerus="yes">
        <source>%n new patient(s) in {days} days</source>
        <translation>
            <numerusform>لا مرضى جدد خلال {days} يومًا</numerusform>
            <numerusform>مريض جديد واحد خلال {days} يومًا</numerusform>
            <numerusform>مريضان جديدان خلال {days} يومًا</numerusform>
            <numerusform>%Ln مرضى جدد خلال {days} يومًا</numerusform>
            <numerusform>%Ln مريضًا جديدًا خلال {days} يومًا</numerusform>
            <numerusform>%Ln مريض جديد خلال {days} يومًا</numerusform>
        </translation>
    </message>
    <message>
        <source>Average wait (min)</source>
        <translation>متوسط الانتظار (دقيقة)</translation>
    </message>
    <message>
        <source>Slowest clinic&apos;s 90th percentile (min)</source>
        <translation>المئين 90 لأبطأ عيادة (دقيقة)</translation>
    </message>
    <message numerus="yes">
        <source>check-in to call: {minutes} min on average over %n visit(s)</source>
        <translation>
            <numerusform>من الوصول إلى النداء: {minutes} دقيقة في المتوسط، بلا زيارات</numerusform>
            <numerusform>من الوصول إلى النداء: {minutes} دقيقة في المتوسط على زيارة واحدة</numerusform>
            <numerusform>من الوصول إلى النداء: {minutes} دقيقة في المتوسط على زيارتين</numerusform>
            <numerusform>من الوصول إلى النداء: {minutes} دقيقة في المتوسط على %Ln زيارات</numerusform>
            <numerusform>من الوصول إلى النداء: {minutes} دقيقة في المتوسط على %Ln زيارة</numerusform>
            <numerusform>من الوصول إلى النداء: {minutes} دقيقة في المتوسط على %Ln زيارة</numerusform>
        </translation>
    </message>
    <message>
        <source>No-show rate (%)</source>
        <translation>نسبة عدم الحضور (٪)</translation>
    </message>
    <message numerus="yes">
        <source>{rate} % of %n finished appointment(s) in {days} days</source>
        <translation>
            <numerusform>{rate} ٪ من المواعيد المنتهية خلال {days} يومًا (لا مواعيد)</numerusform>
            <numerusform>{rate} ٪ من موعد منتهٍ واحد خلال {days} يومًا</numerusform>
            <numerusform>{rate} ٪ من موعدين منتهيين خلال {days} يومًا</numerusform>
            <numerusform>{rate} ٪ من %Ln مواعيد منتهية خلال {days} يومًا</numerusform>
            <numerusform>{rate} ٪ من %Ln موعدًا منتهيًا خلال {days} يومًا</numerusform>
            <numerusform>{rate} ٪ من %Ln موعد منتهٍ خلال {days} يومًا</numerusform>
        </translation>
    </message>
    <message>
        <source>Charged ({currency})</source>
        <translation>المفوتر ({currency})</translation>
    </message>
    <message>
        <source>{amount} charged in {days} days (void excluded)</source>
        <translation>فُوتر {amount} خلال {days} يومًا (دون الملغى)</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>المفوتر</translation>
    </message>
    <message>
        <source>busiest day {amount}; days without clinics show 0</source>
        <translation>أكثر الأيام نشاطًا: {amount}؛ الأيام بلا عيادات تظهر صفرًا</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>المرضى</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) on my list today</source>
        <translation>
            <numerusform>لا مرضى على قائمتي اليوم</numerusform>
            <numerusform>مريض واحد على قائمتي اليوم</numerusform>
            <numerusform>مريضان على قائمتي اليوم</numerusform>
            <numerusform>%Ln مرضى على قائمتي اليوم</numerusform>
            <numerusform>%Ln مريضًا على قائمتي اليوم</numerusform>
            <numerusform>%Ln مريض على قائمتي اليوم</numerusform>
        </translation>
    </message>
    <message>
        <source>appointments today in my departments</source>
        <translation>مواعيد اليوم في أقسامي</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>غير مؤكدة</translation>
    </message>
    <message numerus="yes">
        <source>%n unacknowledged notification(s)</source>
        <translation>
            <numerusform>لا إشعارات غير مؤكدة</numerusform>
            <numerusform>إشعار واحد غير مؤكد</numerusform>
            <numerusform>إشعاران غير مؤكدين</numerusform>
            <numerusform>%Ln إشعارات غير مؤكدة</numerusform>
            <numerusform>%Ln إشعارًا غير مؤكد</numerusform>
            <numerusform>%Ln إشعار غير مؤكد</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>تمت مراجعتها</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message numerus="yes">
        <source>%n emergency access(es) awaiting review in total</source>
        <translation>
            <numerusform>لا وصول طارئ بانتظار المراجعة</numerusform>
            <numerusform>وصول طارئ واحد بانتظار المراجعة إجمالًا</numerusform>
            <numerusform>حالتا وصول طارئ بانتظار المراجعة إجمالًا</numerusform>
            <numerusform>%Ln حالات وصول طارئ بانتظار المراجعة إجمالًا</numerusform>
            <numerusform>%Ln حالة وصول طارئ بانتظار المراجعة إجمالًا</numerusform>
            <numerusform>%Ln حالة وصول طارئ بانتظار المراجعة إجمالًا</numerusform>
        </translation>
    </message>
    <message>
        <source>self-grants, new access to patient data, one-time passwords</source>
        <translation>منح الصلاحيات للنفس، وصول جديد إلى بيانات المرضى، كلمات مرور لمرة واحدة</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>مشغولة</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>محجوزة</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>قيد التنظيف</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>خارج الخدمة</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>شاغرة</translation>
    </message>
    <message numerus="yes">
        <source>{occupied} of %n bed(s) occupied ({rate} %)</source>
        <translation>
            <numerusform>{occupied} مشغولة ولا أسرّة ({rate} ٪)</numerusform>
            <numerusform>{occupied} من سرير واحد مشغول ({rate} ٪)</numerusform>
            <numerusform>{occupied} من سريرين مشغولة ({rate} ٪)</numerusform>
            <numerusform>{occupied} من %Ln أسرّة مشغولة ({rate} ٪)</numerusform>
            <numerusform>{occupied} من %Ln سريرًا مشغولة ({rate} ٪)</numerusform>
            <numerusform>{occupied} من %Ln سرير مشغولة ({rate} ٪)</numerusform>
        </translation>
    </message>
    <message>
        <source>Average stay (days)</source>
        <translation>متوسط مدة الإقامة (أيام)</translation>
    </message>
    <message>
        <source>Longest stay (days)</source>
        <translation>أطول إقامة (أيام)</translation>
    </message>
    <message numerus="yes">
        <source>%n discharge(s) in {days} days</source>
        <translation>
            <numerusform>لا حالات خروج خلال {days} يومًا</numerusform>
            <numerusform>حالة خروج واحدة خلال {days} يومًا</numerusform>
            <numerusform>حالتا خروج خلال {days} يومًا</numerusform>
            <numerusform>%Ln حالات خروج خلال {days} يومًا</numerusform>
            <numerusform>%Ln حالة خروج خلال {days} يومًا</numerusform>
            <numerusform>%Ln حالة خروج خلال {days} يومًا</numerusform>
        </translation>
    </message>
    <message>
        <source>{priority} (median min)</source>
        <translation>{priority} (الوسيط بالدقائق)</translation>
    </message>
    <message numerus="yes">
        <source>order to release; the 8 busiest tests; %n result(s) released in {days} days</source>
        <translation>
            <numerusform>من الطلب إلى الإصدار؛ الفحوص الثمانية الأكثر طلبًا؛ لا نتائج صادرة خلال {days} يومًا</numerusform>
            <numerusform>من الطلب إلى الإصدار؛ الفحوص الثمانية الأكثر طلبًا؛ نتيجة واحدة صادرة خلال {days} يومًا</numerusform>
            <numerusform>من الطلب إلى الإصدار؛ الفحوص الثمانية الأكثر طلبًا؛ نتيجتان صادرتان خلال {days} يومًا</numerusform>
            <numerusform>من الطلب إلى الإصدار؛ الفحوص الثمانية الأكثر طلبًا؛ %Ln نتائج صادرة خلال {days} يومًا</numerusform>
            <numerusform>من الطلب إلى الإصدار؛ الفحوص الثمانية الأكثر طلبًا؛ %Ln نتيجة صادرة خلال {days} يومًا</numerusform>
            <numerusform>من الطلب إلى الإصدار؛ الفحوص الثمانية الأكثر طلبًا؛ %Ln نتيجة صادرة خلال {days} يومًا</numerusform>
        </translation>
    </message>
    <message>
        <source>To collect</source>
        <translation>لسحب العينة</translation>
    </message>
    <message>
        <source>To receive</source>
        <translation>للاستلام</translation>
    </message>
    <message>
        <source>To result</source>
        <translation>للتحليل</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>للتحقق</translation>
    </message>
    <message>
        <source>To release</source>
        <translation>للإصدار</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) not yet released</source>
        <translation>
            <numerusform>لا طلبات بانتظار الإصدار</numerusform>
            <numerusform>طلب واحد لم يصدر بعد</numerusform>
            <numerusform>طلبان لم يصدرا بعد</numerusform>
            <numerusform>%Ln طلبات لم تصدر بعد</numerusform>
            <numerusform>%Ln طلبًا لم يصدر بعد</numerusform>
            <numerusform>%Ln طلب لم يصدر بعد</numerusform>
        </translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>المخزون الحالي</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>حد إعادة الطلب</translation>
    </message>
    <message numerus="yes">
        <source>Expiring in %n days</source>
        <translation>
            <numerusform>تنتهي صلاحيتها اليوم</numerusform>
            <numerusform>تنتهي صلاحيتها خلال يوم</numerusform>
            <numerusform>تنتهي صلاحيتها خلال يومين</numerusform>
            <numerusform>تنتهي صلاحيتها خلال %Ln أيام</numerusform>
            <numerusform>تنتهي صلاحيتها خلال %Ln يومًا</numerusform>
            <numerusform>تنتهي صلاحيتها خلال %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهية الصلاحية</translation>
    </message>
    <message numerus="yes">
        <source>%n drug(s) out of stock; the first 8 low or expiring drugs</source>
        <translation>
            <numerusform>لا أدوية نافدة؛ أول 8 أدوية منخفضة المخزون أو قريبة الانتهاء</numerusform>
            <numerusform>دواء واحد نافد؛ أول 8 أدوية منخفضة المخزون أو قريبة الانتهاء</numerusform>
            <numerusform>دواءان نافدان؛ أول 8 أدوية منخفضة المخزون أو قريبة الانتهاء</numerusform>
            <numerusform>%Ln أدوية نافدة؛ أول 8 أدوية منخفضة المخزون أو قريبة الانتهاء</numerusform>
            <numerusform>%Ln دواءً نافدًا؛ أول 8 أدوية منخفضة المخزون أو قريبة الانتهاء</numerusform>
            <numerusform>%Ln دواء نافد؛ أول 8 أدوية منخفضة المخزون أو قريبة الانتهاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admitted patient(s) under my care</source>
        <translation>
            <numerusform>لا مرضى منوّمين تحت رعايتي</numerusform>
            <numerusform>مريض منوّم واحد تحت رعايتي</numerusform>
            <numerusform>مريضان منوّمان تحت رعايتي</numerusform>
            <numerusform>%Ln مرضى منوّمين تحت رعايتي</numerusform>
            <numerusform>%Ln مريضًا منوّمًا تحت رعايتي</numerusform>
            <numerusform>%Ln مريض منوّم تحت رعايتي</numerusform>
        </translation>
    </message>
    <message>
        <source>Found</source>
        <translation>المكتشفة</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>المحسومة</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>المدموجة</translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation>أشخاص مختلفون</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) waiting for review; last scan {when}</source>
        <translation>
            <numerusform>لا أزواج بانتظار المراجعة؛ آخر فحص {when}</numerusform>
            <numerusform>زوج واحد بانتظار المراجعة؛ آخر فحص {when}</numerusform>
            <numerusform>زوجان بانتظار المراجعة؛ آخر فحص {when}</numerusform>
            <numerusform>%Ln أزواج بانتظار المراجعة؛ آخر فحص {when}</numerusform>
            <numerusform>%Ln زوجًا بانتظار المراجعة؛ آخر فحص {when}</numerusform>
            <numerusform>%Ln زوج بانتظار المراجعة؛ آخر فحص {when}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) waiting for review; no scan yet (hms-admin find-duplicates)</source>
        <translation>
            <numerusform>لا أزواج بانتظار المراجعة؛ لم يُجرَ فحص بعد (hms-admin find-duplicates)</numerusform>
            <numerusform>زوج واحد بانتظار المراجعة؛ لم يُجرَ فحص بعد (hms-admin find-duplicates)</numerusform>
            <numerusform>زوجان بانتظار المراجعة؛ لم يُجرَ فحص بعد (hms-admin find-duplicates)</numerusform>
            <numerusform>%Ln أزواج بانتظار المراجعة؛ لم يُجرَ فحص بعد (hms-admin find-duplicates)</numerusform>
            <numerusform>%Ln زوجًا بانتظار المراجعة؛ لم يُجرَ فحص بعد (hms-admin find-duplicates)</numerusform>
            <numerusform>%Ln زوج بانتظار المراجعة؛ لم يُجرَ فحص بعد (hms-admin find-duplicates)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>الأزواج</translation>
    </message>
    <message>
        <source>Registrations per day</source>
        <translation>التسجيلات يوميًا</translation>
    </message>
    <message>
        <source>Outpatient waiting time (check-in to call)</source>
        <translation>وقت الانتظار في العيادات الخارجية (من الوصول إلى النداء)</translation>
    </message>
    <message numerus="yes">
        <source>No-show rate by department, last %n days</source>
        <translation>
            <numerusform>نسبة عدم الحضور حسب القسم</numerusform>
            <numerusform>نسبة عدم الحضور حسب القسم، آخر يوم</numerusform>
            <numerusform>نسبة عدم الحضور حسب القسم، آخر يومين</numerusform>
            <numerusform>نسبة عدم الحضور حسب القسم، آخر %Ln أيام</numerusform>
            <numerusform>نسبة عدم الحضور حسب القسم، آخر %Ln يومًا</numerusform>
            <numerusform>نسبة عدم الحضور حسب القسم، آخر %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revenue by department, last %n days</source>
        <translation>
            <numerusform>الإيرادات حسب القسم</numerusform>
            <numerusform>الإيرادات حسب القسم، آخر يوم</numerusform>
            <numerusform>الإيرادات حسب القسم، آخر يومين</numerusform>
            <numerusform>الإيرادات حسب القسم، آخر %Ln أيام</numerusform>
            <numerusform>الإيرادات حسب القسم، آخر %Ln يومًا</numerusform>
            <numerusform>الإيرادات حسب القسم، آخر %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Charges per day</source>
        <translation>الرسوم يوميًا</translation>
    </message>
    <message>
        <source>My patients today</source>
        <translation>مرضاي اليوم</translation>
    </message>
    <message>
        <source>My open notifications</source>
        <translation>إشعاراتي غير المؤكدة</translation>
    </message>
    <message>
        <source>Today in my departments</source>
        <translation>اليوم في أقسامي</translation>
    </message>
    <message numerus="yes">
        <source>Emergency (break-glass) accesses, last %n days</source>
        <translation>
            <numerusform>الوصول الطارئ (كسر الزجاج)</numerusform>
            <numerusform>الوصول الطارئ (كسر الزجاج)، آخر يوم</numerusform>
            <numerusform>الوصول الطارئ (كسر الزجاج)، آخر يومين</numerusform>
            <numerusform>الوصول الطارئ (كسر الزجاج)، آخر %Ln أيام</numerusform>
            <numerusform>الوصول الطارئ (كسر الزجاج)، آخر %Ln يومًا</numerusform>
            <numerusform>الوصول الطارئ (كسر الزجاج)، آخر %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged staff changes</source>
        <translation>تغييرات الموظفين المُعلَّمة</translation>
    </message>
    <message>
        <source>Bed occupancy by ward, now</source>
        <translation>إشغال الأسرّة حسب الجناح، الآن</translation>
    </message>
    <message numerus="yes">
        <source>Length of stay by ward, discharges of the last %n days</source>
        <translation>
            <numerusform>مدة الإقامة حسب الجناح</numerusform>
            <numerusform>مدة الإقامة حسب الجناح، حالات خروج آخر يوم</numerusform>
            <numerusform>مدة الإقامة حسب الجناح، حالات خروج آخر يومين</numerusform>
            <numerusform>مدة الإقامة حسب الجناح، حالات خروج آخر %Ln أيام</numerusform>
            <numerusform>مدة الإقامة حسب الجناح، حالات خروج آخر %Ln يومًا</numerusform>
            <numerusform>مدة الإقامة حسب الجناح، حالات خروج آخر %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lab turnaround by test and priority, last %n days</source>
        <translation>
            <numerusform>زمن إنجاز المختبر حسب الفحص والأولوية</numerusform>
            <numerusform>زمن إنجاز المختبر حسب الفحص والأولوية، آخر يوم</numerusform>
            <numerusform>زمن إنجاز المختبر حسب الفحص والأولوية، آخر يومين</numerusform>
            <numerusform>زمن إنجاز المختبر حسب الفحص والأولوية، آخر %Ln أيام</numerusform>
            <numerusform>زمن إنجاز المختبر حسب الفحص والأولوية، آخر %Ln يومًا</numerusform>
            <numerusform>زمن إنجاز المختبر حسب الفحص والأولوية، آخر %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Lab work not yet released</source>
        <translation>أعمال المختبر التي لم تصدر بعد</translation>
    </message>
    <message>
        <source>Stock-outs, low stock and near-expiry</source>
        <translation>نفاد المخزون وانخفاضه وقرب انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>Duplicate records (registry scan)</source>
        <translation>السجلات المكررة (فحص السجل)</translation>
    </message>
    <message>
        <source>My admitted patients</source>
        <translation>مرضاي المنوّمون</translation>
    </message>
</context>
</TS>
