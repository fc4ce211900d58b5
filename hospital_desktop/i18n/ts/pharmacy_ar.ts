<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Directions</name>
    <message>
        <source>Take {dose} {unit} {frequency}</source>
        <translation>تناول {dose} {unit} {frequency}</translation>
    </message>
    <message>
        <source>Use {dose} {unit} under the tongue {frequency}</source>
        <translation>ضع {dose} {unit} تحت اللسان {frequency}</translation>
    </message>
    <message>
        <source>Inhale {dose} {unit} {frequency}</source>
        <translation>استنشق {dose} {unit} {frequency}</translation>
    </message>
    <message>
        <source>Apply {dose} {unit} {frequency}</source>
        <translation>ضع {dose} {unit} على الجلد {frequency}</translation>
    </message>
    <message>
        <source>Put {dose} {unit} into the eye {frequency}</source>
        <translation>ضع {dose} {unit} في العين {frequency}</translation>
    </message>
    <message>
        <source>Put {dose} {unit} into the ear {frequency}</source>
        <translation>ضع {dose} {unit} في الأذن {frequency}</translation>
    </message>
    <message>
        <source>Use {dose} {unit} into the nose {frequency}</source>
        <translation>ضع {dose} {unit} في الأنف {frequency}</translation>
    </message>
    <message>
        <source>Insert {dose} {unit} {frequency}</source>
        <translation>أدخل {dose} {unit} {frequency}</translation>
    </message>
    <message>
        <source>Inject {dose} {unit} under the skin {frequency}</source>
        <translation>احقن {dose} {unit} تحت الجلد {frequency}</translation>
    </message>
    <message>
        <source>Give {dose} {unit} into a muscle {frequency}</source>
        <translation>أعطِ {dose} {unit} في العضل {frequency}</translation>
    </message>
    <message>
        <source>Give {dose} {unit} into a vein {frequency}</source>
        <translation>أعطِ {dose} {unit} في الوريد {frequency}</translation>
    </message>
    <message>
        <source>Use {dose} {unit} {frequency}</source>
        <translation>استعمل {dose} {unit} {frequency}</translation>
    </message>
    <message numerus="yes">
        <source>{sig} × %Ln d</source>
        <translation>
            <numerusform>{sig} × %Ln يوم</numerusform>
            <numerusform>{sig} × %Ln يوم</numerusform>
            <numerusform>{sig} × %Ln يوم</numerusform>
            <numerusform>{sig} × %Ln أيام</numerusform>
            <numerusform>{sig} × %Ln يومًا</numerusform>
            <numerusform>{sig} × %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{directions} for %Ln days</source>
        <translation>
            <numerusform>{directions} لمدة %Ln يوم</numerusform>
            <numerusform>{directions} لمدة يوم واحد</numerusform>
            <numerusform>{directions} لمدة يومين</numerusform>
            <numerusform>{directions} لمدة %Ln أيام</numerusform>
            <numerusform>{directions} لمدة %Ln يومًا</numerusform>
            <numerusform>{directions} لمدة %Ln يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DispenseState</name>
    <message>
        <source>dispensed</source>
        <translation>مصروف</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>مُرتجع</translation>
    </message>
</context>
<context>
    <name>DispensingTab</name>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>الانتظار</translation>
    </message>
    <message>
        <source>Rx</source>
        <translation>الوصفة</translation>
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
        <source>Drug</source>
        <translation>الدواء</translation>
    </message>
    <message>
        <source>To fill</source>
        <translation>المتبقي للصرف</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>التشغيلة</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>المتوفر</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Dispensed</source>
        <translation>تاريخ الصرف</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>{hours} h {minutes}</source>
        <translation>{hours} س {minutes} د</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>&lt;b&gt;To dispense&lt;/b&gt; — stat and urgent first, then by waiting time</source>
        <translation>&lt;b&gt;بانتظار الصرف&lt;/b&gt; — الفورية والعاجلة أولًا، ثم حسب مدة الانتظار</translation>
    </message>
    <message>
        <source>DISP — Outpatient dispensary</source>
        <translation>DISP — صيدلية العيادات الخارجية</translation>
    </message>
    <message>
        <source>Lots (earliest expiry first — the first is proposed) at</source>
        <translation>التشغيلات (الأقرب انتهاءً أولًا — تُقترح الأولى) — الموقع:</translation>
    </message>
    <message>
        <source>Scan the wristband or ID card (MRN)</source>
        <translation>امسح سوار التعريف أو بطاقة المريض (رقم الملف الطبي)</translation>
    </message>
    <message>
        <source>Scan the pack (lot number)</source>
        <translation>امسح العبوة (رقم التشغيلة)</translation>
    </message>
    <message>
        <source>Dispense</source>
        <translation>صرف</translation>
    </message>
    <message>
        <source>Patient scan</source>
        <translation>مسح المريض</translation>
    </message>
    <message>
        <source>Pack scan</source>
        <translation>مسح العبوة</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Print label…</source>
        <translation>طباعة الملصق…</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>طباعة الإيصال…</translation>
    </message>
    <message>
        <source>Reason for the return (stock goes back, the charge is voided)</source>
        <translation>سبب الإرجاع (يعود المخزون ويُلغى الرسم)</translation>
    </message>
    <message>
        <source>Return selected</source>
        <translation>إرجاع المحدد</translation>
    </message>
    <message>
        <source>Scan and dispense</source>
        <translation>المسح والصرف</translation>
    </message>
    <message>
        <source>Dispensed for this prescription</source>
        <translation>ما صُرف لهذه الوصفة</translation>
    </message>
    <message>
        <source>OVERRIDE</source>
        <translation>تجاوز</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تنبيه</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln d</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln prescriptions waiting.</source>
        <translation>
            <numerusform>لا توجد وصفات بالانتظار.</numerusform>
            <numerusform>وصفة واحدة بالانتظار.</numerusform>
            <numerusform>وصفتان بالانتظار.</numerusform>
            <numerusform>%Ln وصفات بالانتظار.</numerusform>
            <numerusform>%Ln وصفة بالانتظار.</numerusform>
            <numerusform>%Ln وصفة بالانتظار.</numerusform>
        </translation>
    </message>
    <message>
        <source>{quantity} {unit}</source>
        <translation>{quantity} {unit}</translation>
    </message>
    <message>
        <source>{quantity} (partial)</source>
        <translation>{quantity} (جزئي)</translation>
    </message>
    <message>
        <source>Choose a prescription in the queue.</source>
        <translation>اختر وصفة من قائمة الانتظار.</translation>
    </message>
    <message>
        <source>MRN {mrn}   ·   born {born}</source>
        <translation>رقم الملف الطبي {mrn}   ·   تاريخ الميلاد {born}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; · {priority} · prescribed {when} by {prescriber}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; · {priority} · وُصفت في {when} بواسطة {prescriber}</translation>
    </message>
    <message>
        <source>Quantity {quantity} {unit}, dispensed {dispensed}, &lt;b&gt;to fill {remaining}&lt;/b&gt; · state: {state}, {supply}</source>
        <translation>الكمية {quantity} {unit}، المصروف {dispensed}، &lt;b&gt;المتبقي للصرف {remaining}&lt;/b&gt; · الحالة: {state}، {supply}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prescriber&apos;s override reason:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;سبب تجاوز الواصف للتنبيه:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Screening at prescribing:&lt;/b&gt;</source>
        <translation>&lt;b&gt;الفحص عند الوصف:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>proposed (first to expire)</source>
        <translation>مقترحة (الأقرب انتهاءً)</translation>
    </message>
    <message>
        <source>No usable lot of {drug} at {location} (expired lots are not offered): choose another location or transfer stock.</source>
        <translation>لا توجد تشغيلة صالحة من {drug} في {location} (لا تُعرض التشغيلات المنتهية الصلاحية): اختر موقعًا آخر أو انقل مخزونًا.</translation>
    </message>
    <message>
        <source>{state}: {reason}</source>
        <translation>{state}: {reason}</translation>
    </message>
    <message>
        <source>Scan the patient&apos;s wristband or ID card first.</source>
        <translation>امسح سوار المريض أو بطاقته أولًا.</translation>
    </message>
    <message>
        <source>Wrong patient</source>
        <translation>مريض خاطئ</translation>
    </message>
    <message>
        <source>The scanned wristband ({scan}) is not the patient of this prescription: {patient} (MRN {mrn}). Nothing was dispensed.</source>
        <translation>السوار الممسوح ({scan}) لا يخص مريض هذه الوصفة: {patient} (رقم الملف الطبي {mrn}). لم يُصرف شيء.</translation>
    </message>
    <message>
        <source>Check the patient&apos;s identity and scan their own wristband or ID card.</source>
        <translation>تحقق من هوية المريض وامسح سواره أو بطاقته هو.</translation>
    </message>
    <message>
        <source>Expired lot</source>
        <translation>تشغيلة منتهية الصلاحية</translation>
    </message>
    <message>
        <source>Lot {lot} of {drug} expired on {expiry}. Do not dispense it.</source>
        <translation>انتهت صلاحية التشغيلة {lot} من {drug} في {expiry}. لا تصرفها.</translation>
    </message>
    <message>
        <source>Put the pack aside for write-off and take one of the lots listed.</source>
        <translation>ضع العبوة جانبًا للإتلاف وخذ إحدى التشغيلات المدرجة.</translation>
    </message>
    <message>
        <source>Not a usable pack</source>
        <translation>عبوة غير صالحة</translation>
    </message>
    <message>
        <source>This pack (lot {lot}) is not a usable lot of {drug} at {location}. Nothing was dispensed.</source>
        <translation>هذه العبوة (التشغيلة {lot}) ليست تشغيلة صالحة من {drug} في {location}. لم يُصرف شيء.</translation>
    </message>
    <message>
        <source>It may be another drug or another location&apos;s stock: take one of the lots listed.</source>
        <translation>قد تكون دواءً آخر أو من مخزون موقع آخر: خذ إحدى التشغيلات المدرجة.</translation>
    </message>
    <message>
        <source>Patient confirmed.</source>
        <translation>تم التحقق من المريض.</translation>
    </message>
    <message>
        <source>Pack confirmed.</source>
        <translation>تم التحقق من العبوة.</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>Scan the patient&apos;s wristband or ID card and the pack first.</source>
        <translation>امسح أولًا سوار المريض أو بطاقته ثم العبوة.</translation>
    </message>
    <message>
        <source>Dispensed {quantity} {unit} of {drug} for {patient} ({number}). Print the label.</source>
        <translation>تم صرف {quantity} {unit} من {drug} للمريض {patient} ({number}). اطبع الملصق.</translation>
    </message>
    <message>
        <source>Not dispensed</source>
        <translation>لم يُصرف</translation>
    </message>
    <message>
        <source>Dispensing label {number}</source>
        <translation>ملصق الصرف {number}</translation>
    </message>
    <message>
        <source>Dispensing receipt {number}</source>
        <translation>إيصال الصرف {number}</translation>
    </message>
    <message>
        <source>Select the dispense that comes back.</source>
        <translation>اختر عملية الصرف المُرتجعة.</translation>
    </message>
    <message>
        <source>Say why it comes back (at least 5 characters).</source>
        <translation>اذكر سبب الإرجاع (٥ أحرف على الأقل).</translation>
    </message>
    <message>
        <source>Dispense {number} returned: {quantity} back in lot {lot}, charge voided.</source>
        <translation>أُرجعت عملية الصرف {number}: أُعيد {quantity} إلى التشغيلة {lot}، وأُلغي الرسم.</translation>
    </message>
</context>
<context>
    <name>DrugInput</name>
    <message>
        <source>Give the generic name ({shortest} to {longest} characters).</source>
        <translation>أدخل الاسم العلمي (عدد الأحرف من {shortest} إلى {longest}).</translation>
    </message>
    <message>
        <source>Give the strength ({shortest} to {longest} characters).</source>
        <translation>أدخل التركيز (عدد الأحرف من {shortest} إلى {longest}).</translation>
    </message>
    <message>
        <source>Give the form ({shortest} to {longest} characters).</source>
        <translation>أدخل الشكل الصيدلاني (عدد الأحرف من {shortest} إلى {longest}).</translation>
    </message>
    <message>
        <source>Give the unit ({shortest} to {longest} characters).</source>
        <translation>أدخل الوحدة (عدد الأحرف من {shortest} إلى {longest}).</translation>
    </message>
    <message>
        <source>The generic name</source>
        <translation>الاسم العلمي</translation>
    </message>
    <message>
        <source>The strength</source>
        <translation>التركيز</translation>
    </message>
    <message>
        <source>The form</source>
        <translation>الشكل الصيدلاني</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>The warnings</source>
        <translation>التحذيرات</translation>
    </message>
    <message>
        <source>A drug code has 2-35 capital letters, digits or dashes, starting with a letter.</source>
        <translation>يتكون رمز الدواء من ٢ إلى ٣٥ حرفًا لاتينيًا كبيرًا أو رقمًا أو شرطة، ويبدأ بحرف.</translation>
    </message>
    <message>
        <source>Choose a route from the list.</source>
        <translation>اختر طريق الإعطاء من القائمة.</translation>
    </message>
    <message>
        <source>An ATC code looks like J01CA04.</source>
        <translation>يكون رمز ATC بالشكل J01CA04.</translation>
    </message>
    <message>
        <source>Ingredients are ATC codes separated by spaces.</source>
        <translation>المكونات رموز ATC تفصل بينها مسافات.</translation>
    </message>
    <message>
        <source>A pack holds at least 1 unit.</source>
        <translation>تحتوي العبوة على وحدة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>The reorder level is 0 or more.</source>
        <translation>حد إعادة الطلب صفر أو أكثر.</translation>
    </message>
    <message>
        <source>Warnings have at most 500 characters.</source>
        <translation>لا تتجاوز التحذيرات ٥٠٠ حرف.</translation>
    </message>
</context>
<context>
    <name>FormularyTab</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>الدواء</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>التركيز</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>طريق الإعطاء</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>العبوة</translation>
    </message>
    <message>
        <source>ATC / ingredients</source>
        <translation>ATC / المكونات</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>حد إعادة الطلب</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>التحذيرات</translation>
    </message>
    <message>
        <source>e.g. AMOX500CAP</source>
        <translation>مثال: AMOX500CAP</translation>
    </message>
    <message>
        <source>Generic name</source>
        <translation>الاسم العلمي</translation>
    </message>
    <message>
        <source>e.g. 500 mg</source>
        <translation>مثال: 500 mg</translation>
    </message>
    <message>
        <source>e.g. capsule</source>
        <translation>مثال: كبسولة</translation>
    </message>
    <message>
        <source>Dispensing unit</source>
        <translation>وحدة الصرف</translation>
    </message>
    <message>
        <source>ATC code</source>
        <translation>رمز ATC</translation>
    </message>
    <message>
        <source>e.g. J01CA04</source>
        <translation>مثال: J01CA04</translation>
    </message>
    <message>
        <source>Other ingredients (ATC)</source>
        <translation>مكونات أخرى (ATC)</translation>
    </message>
    <message>
        <source>for combinations, e.g. J01CA04</source>
        <translation>للتركيبات، مثال: J01CA04</translation>
    </message>
    <message>
        <source>Label warnings</source>
        <translation>تحذيرات الملصق</translation>
    </message>
    <message>
        <source>prescribable</source>
        <translation>قابل للوصف</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Selected drug</source>
        <translation>الدواء المحدد</translation>
    </message>
    <message>
        <source>Add a drug</source>
        <translation>إضافة دواء</translation>
    </message>
    <message>
        <source>Pack size</source>
        <translation>حجم العبوة</translation>
    </message>
    <message>
        <source>Add to the formulary</source>
        <translation>إضافة إلى دليل الأدوية</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>بلا سعر</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message numerus="yes">
        <source>%Ln prescribable drugs, {total} in all.</source>
        <translation>
            <numerusform>لا توجد أدوية قابلة للوصف، {total} في المجموع.</numerusform>
            <numerusform>دواء واحد قابل للوصف، {total} في المجموع.</numerusform>
            <numerusform>دواءان قابلان للوصف، {total} في المجموع.</numerusform>
            <numerusform>%Ln أدوية قابلة للوصف، {total} في المجموع.</numerusform>
            <numerusform>%Ln دواءً قابلًا للوصف، {total} في المجموع.</numerusform>
            <numerusform>%Ln دواء قابل للوصف، {total} في المجموع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a drug first.</source>
        <translation>اختر دواءً أولًا.</translation>
    </message>
    <message>
        <source>{drug} {strength} saved.</source>
        <translation>تم حفظ {drug} {strength}.</translation>
    </message>
    <message>
        <source>{drug} {strength} added (price code {price_code}: an administrator adds its price before it can be dispensed).</source>
        <translation>تمت إضافة {drug} {strength} (رمز السعر {price_code}: يضيف المسؤول سعره قبل أن يمكن صرفه).</translation>
    </message>
</context>
<context>
    <name>LabelData</name>
    <message>
        <source>Pharmacy · {hospital}</source>
        <translation>الصيدلية · {hospital}</translation>
    </message>
</context>
<context>
    <name>PrescriptionInput</name>
    <message>
        <source>Give the dose (more than 0, less than {most}).</source>
        <translation>أدخل الجرعة (أكبر من ٠ وأقل من {most}).</translation>
    </message>
    <message>
        <source>Give the unit of the dose (at most 30 characters).</source>
        <translation>أدخل وحدة الجرعة (٣٠ حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>The instructions</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Give the quantity to dispense (1 to {most}).</source>
        <translation>أدخل الكمية المراد صرفها (من ١ إلى {most}).</translation>
    </message>
    <message>
        <source>A course lasts 1 to 365 days.</source>
        <translation>مدة العلاج من ١ إلى ٣٦٥ يومًا.</translation>
    </message>
    <message>
        <source>Choose routine, urgent or stat.</source>
        <translation>اختر عادية أو عاجلة أو فورية.</translation>
    </message>
    <message>
        <source>Instructions have at most 500 characters.</source>
        <translation>لا تتجاوز التعليمات ٥٠٠ حرف.</translation>
    </message>
    <message>
        <source>Give the reason for overriding the alert (at least {count} characters).</source>
        <translation>اذكر سبب تجاوز التنبيه ({count} أحرف على الأقل).</translation>
    </message>
</context>
<context>
    <name>PrescriptionState</name>
    <message>
        <source>active</source>
        <translation>سارية</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغاة</translation>
    </message>
</context>
<context>
    <name>PrescriptionsPanel</name>
    <message>
        <source>Rx</source>
        <translation>الوصفة</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>الدواء</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>الجرعة</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>الصرف</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>تاريخ الوصف</translation>
    </message>
    <message>
        <source>Alerts / override</source>
        <translation>التنبيهات / التجاوز</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>الوصفات</translation>
    </message>
    <message>
        <source>Drug: type a name, e.g. amoxicillin</source>
        <translation>الدواء: اكتب اسمًا، مثل amoxicillin</translation>
    </message>
    <message numerus="yes">
        <source> d</source>
        <comment>days, after the number</comment>
        <translation>
            <numerusform> يوم</numerusform>
            <numerusform> يوم</numerusform>
            <numerusform> يوم</numerusform>
            <numerusform> أيام</numerusform>
            <numerusform> يومًا</numerusform>
            <numerusform> يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>no end</source>
        <translation>بلا نهاية</translation>
    </message>
    <message>
        <source>Instructions for the patient (optional), e.g. take with food</source>
        <translation>تعليمات للمريض (اختياري)، مثل: يؤخذ مع الطعام</translation>
    </message>
    <message>
        <source>Check and prescribe</source>
        <translation>تحقق ثم صِف</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>for</source>
        <comment>a duration: for 5 days</comment>
        <translation>لمدة</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Reason to cancel the selected prescription</source>
        <translation>سبب إلغاء الوصفة المحددة</translation>
    </message>
    <message>
        <source>Cancel selected</source>
        <translation>إلغاء المحددة</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>اكتمل العلاج</translation>
    </message>
    <message>
        <source>The encounter is closed: no new prescriptions.</source>
        <translation>الزيارة مغلقة: لا وصفات جديدة.</translation>
    </message>
    <message>
        <source>OVERRIDDEN ({reason}): {alerts}</source>
        <translation>تم التجاوز ({reason}): {alerts}</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
    <message>
        <source>{supply} ({dispensed}/{quantity})</source>
        <translation>{supply} ({dispensed}/{quantity})</translation>
    </message>
    <message>
        <source>{quantity} {unit}</source>
        <translation>{quantity} {unit}</translation>
    </message>
    <message>
        <source>Open an encounter first.</source>
        <translation>افتح زيارة أولًا.</translation>
    </message>
    <message>
        <source>Choose a drug from the formulary.</source>
        <translation>اختر دواءً من دليل الأدوية.</translation>
    </message>
    <message>
        <source>Choose how often.</source>
        <translation>اختر عدد مرات الإعطاء.</translation>
    </message>
    <message>
        <source>Checking allergies and interactions…</source>
        <translation>جارٍ فحص الحساسية والتداخلات الدوائية…</translation>
    </message>
    <message>
        <source>This drug</source>
        <translation>هذا الدواء</translation>
    </message>
    <message>
        <source>Not prescribed yet: give a reason to override, or do not prescribe.</source>
        <translation>لم يُوصف بعد: اذكر سببًا للتجاوز أو لا تصفه.</translation>
    </message>
    <message>
        <source>Not prescribed yet: confirm or do not prescribe.</source>
        <translation>لم يُوصف بعد: أكّد أو لا تصفه.</translation>
    </message>
    <message numerus="yes">
        <source>{drug}: the screen found %Ln problems for this patient. Prescribe only with a reason.</source>
        <translation>
            <numerusform>{drug}: لم يجد الفحص أي مشكلة لهذا المريض. لا تصفه إلا مع ذكر السبب.</numerusform>
            <numerusform>{drug}: وجد الفحص مشكلة واحدة لهذا المريض. لا تصفه إلا مع ذكر السبب.</numerusform>
            <numerusform>{drug}: وجد الفحص مشكلتين لهذا المريض. لا تصفه إلا مع ذكر السبب.</numerusform>
            <numerusform>{drug}: وجد الفحص %Ln مشكلات لهذا المريض. لا تصفه إلا مع ذكر السبب.</numerusform>
            <numerusform>{drug}: وجد الفحص %Ln مشكلة لهذا المريض. لا تصفه إلا مع ذكر السبب.</numerusform>
            <numerusform>{drug}: وجد الفحص %Ln مشكلة لهذا المريض. لا تصفه إلا مع ذكر السبب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{drug}: the screen found %Ln problems for this patient.</source>
        <translation>
            <numerusform>{drug}: لم يجد الفحص أي مشكلة لهذا المريض.</numerusform>
            <numerusform>{drug}: وجد الفحص مشكلة واحدة لهذا المريض.</numerusform>
            <numerusform>{drug}: وجد الفحص مشكلتين لهذا المريض.</numerusform>
            <numerusform>{drug}: وجد الفحص %Ln مشكلات لهذا المريض.</numerusform>
            <numerusform>{drug}: وجد الفحص %Ln مشكلة لهذا المريض.</numerusform>
            <numerusform>{drug}: وجد الفحص %Ln مشكلة لهذا المريض.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An override needs a reason of at least %Ln characters.</source>
        <translation>
            <numerusform>يتطلب التجاوز سببًا من %Ln حرف على الأقل.</numerusform>
            <numerusform>يتطلب التجاوز سببًا من حرف واحد على الأقل.</numerusform>
            <numerusform>يتطلب التجاوز سببًا من حرفين على الأقل.</numerusform>
            <numerusform>يتطلب التجاوز سببًا من %Ln أحرف على الأقل.</numerusform>
            <numerusform>يتطلب التجاوز سببًا من %Ln حرفًا على الأقل.</numerusform>
            <numerusform>يتطلب التجاوز سببًا من %Ln حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>STOP — serious allergy or interaction</source>
        <translation>توقف — حساسية أو تداخل خطير</translation>
    </message>
    <message>
        <source>Check before prescribing</source>
        <translation>تحقق قبل الوصف</translation>
    </message>
    <message>
        <source>Override and prescribe</source>
        <translation>تجاوز التنبيه والوصف</translation>
    </message>
    <message>
        <source>Prescribe</source>
        <translation>صِف</translation>
    </message>
    <message>
        <source>Do not prescribe</source>
        <translation>لا تصف</translation>
    </message>
    <message>
        <source>Not prescribed.</source>
        <translation>لم يُوصف.</translation>
    </message>
    <message>
        <source>Prescribed: {number}. Override recorded.</source>
        <translation>تم الوصف: {number}. سُجّل التجاوز.</translation>
    </message>
    <message>
        <source>Prescribed: {number}.</source>
        <translation>تم الوصف: {number}.</translation>
    </message>
    <message>
        <source>Select the prescription to cancel.</source>
        <translation>اختر الوصفة المراد إلغاؤها.</translation>
    </message>
    <message>
        <source>Say why the prescription is cancelled (at least 5 characters).</source>
        <translation>اذكر سبب إلغاء الوصفة (٥ أحرف على الأقل).</translation>
    </message>
    <message>
        <source>{number} cancelled.</source>
        <translation>أُلغيت {number}.</translation>
    </message>
    <message>
        <source>Select the prescription whose course is completed.</source>
        <translation>اختر الوصفة التي اكتمل علاجها.</translation>
    </message>
    <message>
        <source>{number} completed.</source>
        <translation>اكتملت {number}.</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>routine</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <source>stat</source>
        <translation>فورية</translation>
    </message>
</context>
<context>
    <name>Route</name>
    <message>
        <source>oral</source>
        <translation>فموي</translation>
    </message>
    <message>
        <source>intravenous</source>
        <translation>وريدي</translation>
    </message>
    <message>
        <source>intramuscular</source>
        <translation>عضلي</translation>
    </message>
    <message>
        <source>subcutaneous</source>
        <translation>تحت الجلد</translation>
    </message>
    <message>
        <source>inhalation</source>
        <translation>استنشاقي</translation>
    </message>
    <message>
        <source>sublingual</source>
        <translation>تحت اللسان</translation>
    </message>
    <message>
        <source>topical</source>
        <translation>موضعي</translation>
    </message>
    <message>
        <source>rectal</source>
        <translation>شرجي</translation>
    </message>
    <message>
        <source>ophthalmic</source>
        <translation>عيني</translation>
    </message>
    <message>
        <source>otic</source>
        <translation>أذني</translation>
    </message>
    <message>
        <source>nasal</source>
        <translation>أنفي</translation>
    </message>
    <message>
        <source>vaginal</source>
        <translation>مهبلي</translation>
    </message>
    <message>
        <source>transdermal</source>
        <translation>عبر الجلد</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>contraindicated</source>
        <translation>مضاد استطباب</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>خطير</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تنبيه</translation>
    </message>
</context>
<context>
    <name>StockInput</name>
    <message>
        <source>A lot number has 1 to 30 letters, digits, &apos;.&apos;, &apos;/&apos; or &apos;-&apos;, as printed on the pack.</source>
        <translation>يتكون رقم التشغيلة من ١ إلى ٣٠ حرفًا لاتينيًا أو رقمًا أو &apos;.&apos; أو &apos;/&apos; أو &apos;-&apos;، كما هو مطبوع على العبوة.</translation>
    </message>
    <message>
        <source>This stock is expired or expires today: do not receive it.</source>
        <translation>هذا المخزون منتهي الصلاحية أو تنتهي صلاحيته اليوم: لا تستلمه.</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <source>Drug</source>
        <translation>الدواء</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>التشغيلة</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>المتوفر</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>Drug total / reorder at</source>
        <translation>إجمالي الدواء / حد إعادة الطلب</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>حد إعادة الطلب</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <source>&lt;b&gt;Below reorder level&lt;/b&gt; (usable stock, all locations)</source>
        <translation>&lt;b&gt;دون حد إعادة الطلب&lt;/b&gt; (المخزون الصالح، كل المواقع)</translation>
    </message>
    <message>
        <source>Goods receipt</source>
        <translation>استلام المخزون</translation>
    </message>
    <message>
        <source>lot number (scan the pack or type)</source>
        <translation>رقم التشغيلة (مسح أو كتابة)</translation>
    </message>
    <message>
        <source>Expiry date, as printed on the pack</source>
        <translation>تاريخ انتهاء الصلاحية كما هو مطبوع على العبوة</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>استلام</translation>
    </message>
    <message>
        <source>Selected lot</source>
        <translation>التشغيلة المحددة</translation>
    </message>
    <message>
        <source>Select a lot in the table.</source>
        <translation>اختر تشغيلة من الجدول.</translation>
    </message>
    <message>
        <source>reason (at least 5 characters)</source>
        <translation>السبب (٥ أحرف على الأقل)</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>Adjust by ±</source>
        <translation>تعديل بمقدار ±</translation>
    </message>
    <message>
        <source>Write off all</source>
        <translation>إتلاف الكل</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>to {location}</source>
        <translation>إلى {location}</translation>
    </message>
    <message>
        <source>EXPIRED — write off</source>
        <translation>منتهي الصلاحية — للإتلاف</translation>
    </message>
    <message numerus="yes">
        <source>expires in %Ln d</source>
        <translation>
            <numerusform>تنتهي صلاحيته اليوم</numerusform>
            <numerusform>تنتهي صلاحيته خلال يوم</numerusform>
            <numerusform>تنتهي صلاحيته خلال يومين</numerusform>
            <numerusform>تنتهي صلاحيته خلال %Ln أيام</numerusform>
            <numerusform>تنتهي صلاحيته خلال %Ln يومًا</numerusform>
            <numerusform>تنتهي صلاحيته خلال %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lots</source>
        <translation>
            <numerusform>لا تشغيلات</numerusform>
            <numerusform>تشغيلة واحدة</numerusform>
            <numerusform>تشغيلتان</numerusform>
            <numerusform>%Ln تشغيلات</numerusform>
            <numerusform>%Ln تشغيلة</numerusform>
            <numerusform>%Ln تشغيلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired</source>
        <translation>
            <numerusform>%Ln منتهية الصلاحية</numerusform>
            <numerusform>%Ln منتهية الصلاحية</numerusform>
            <numerusform>%Ln منتهية الصلاحية</numerusform>
            <numerusform>%Ln منتهية الصلاحية</numerusform>
            <numerusform>%Ln منتهية الصلاحية</numerusform>
            <numerusform>%Ln منتهية الصلاحية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expiring within {days} days</source>
        <translation>
            <numerusform>%Ln تنتهي صلاحيتها خلال {days} يومًا</numerusform>
            <numerusform>%Ln تنتهي صلاحيتها خلال {days} يومًا</numerusform>
            <numerusform>%Ln تنتهي صلاحيتها خلال {days} يومًا</numerusform>
            <numerusform>%Ln تنتهي صلاحيتها خلال {days} يومًا</numerusform>
            <numerusform>%Ln تنتهي صلاحيتها خلال {days} يومًا</numerusform>
            <numerusform>%Ln تنتهي صلاحيتها خلال {days} يومًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln drugs below reorder level</source>
        <translation>
            <numerusform>لا أدوية دون حد إعادة الطلب</numerusform>
            <numerusform>دواء واحد دون حد إعادة الطلب</numerusform>
            <numerusform>دواءان دون حد إعادة الطلب</numerusform>
            <numerusform>%Ln أدوية دون حد إعادة الطلب</numerusform>
            <numerusform>%Ln دواءً دون حد إعادة الطلب</numerusform>
            <numerusform>%Ln دواء دون حد إعادة الطلب</numerusform>
        </translation>
    </message>
    <message>
        <source>below reorder level</source>
        <translation>دون حد إعادة الطلب</translation>
    </message>
    <message>
        <source>{quantity} {unit}</source>
        <translation>{quantity} {unit}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>{drug}, lot {lot} at {location}: {quantity} {unit}</source>
        <translation>{drug}، التشغيلة {lot} في {location}: {quantity} {unit}</translation>
    </message>
    <message>
        <source>Choose the drug and the location, and give the lot number.</source>
        <translation>اختر الدواء والموقع، وأدخل رقم التشغيلة.</translation>
    </message>
    <message>
        <source>Received {quantity} {unit} of {drug}, lot {lot}.</source>
        <translation>تم استلام {quantity} {unit} من {drug}، التشغيلة {lot}.</translation>
    </message>
    <message>
        <source>Select a lot and where it goes.</source>
        <translation>اختر تشغيلة ووجهتها.</translation>
    </message>
    <message>
        <source>Transferred {quantity} {unit} of lot {lot}.</source>
        <translation>تم نقل {quantity} {unit} من التشغيلة {lot}.</translation>
    </message>
    <message>
        <source>Select the lot that was counted.</source>
        <translation>اختر التشغيلة التي جُردت.</translation>
    </message>
    <message>
        <source>Lot {lot} adjusted by {delta}: now {quantity} {unit}.</source>
        <translation>عُدّلت التشغيلة {lot} بمقدار {delta}: أصبحت {quantity} {unit}.</translation>
    </message>
    <message>
        <source>Select the lot to write off.</source>
        <translation>اختر التشغيلة المراد إتلافها.</translation>
    </message>
    <message>
        <source>Lot {lot}: {quantity} {unit} written off.</source>
        <translation>التشغيلة {lot}: أُتلف {quantity} {unit}.</translation>
    </message>
</context>
<context>
    <name>SupplyState</name>
    <message>
        <source>pending</source>
        <translation>بانتظار الصرف</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>صرف جزئي</translation>
    </message>
    <message>
        <source>dispensed</source>
        <translation>مصروفة</translation>
    </message>
</context>
</TS>
