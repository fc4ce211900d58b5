<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>LabFlag</name>
    <message>
        <source>L</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <source>H</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <source>LL critical</source>
        <translation>منخفض حرج</translation>
    </message>
    <message>
        <source>HH critical</source>
        <translation>مرتفع حرج</translation>
    </message>
    <message>
        <source>A</source>
        <translation>غير طبيعي</translation>
    </message>
    <message>
        <source>low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>high</source>
        <translation>مرتفعة</translation>
    </message>
    <message>
        <source>critical low</source>
        <translation>منخفضة حرجة</translation>
    </message>
    <message>
        <source>critical high</source>
        <translation>مرتفعة حرجة</translation>
    </message>
    <message>
        <source>abnormal</source>
        <translation>غير طبيعية</translation>
    </message>
</context>
<context>
    <name>LabOrder</name>
    <message>
        <source>ordered</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>سُحبت العينة</translation>
    </message>
    <message>
        <source>received</source>
        <translation>استُلمت العينة</translation>
    </message>
    <message>
        <source>resulted</source>
        <translation>أُدخلت النتيجة</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>released</source>
        <translation>صدرت النتيجة</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>روتيني</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <source>stat</source>
        <translation>فوري</translation>
    </message>
</context>
<context>
    <name>LabOrdersPanel</name>
    <message>
        <source>Laboratory orders</source>
        <translation>طلبات المختبر</translation>
    </message>
    <message>
        <source>Clinical information for the lab</source>
        <translation>معلومات سريرية للمختبر</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>طلب</translation>
    </message>
    <message>
        <source>Cancel selected order…</source>
        <translation>إلغاء الطلب المحدد…</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المعدل المرجعي</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>رقم الطلب</translation>
    </message>
    <message>
        <source>{name} — panel ({code})</source>
        <translation>{name} — مجموعة فحوص ({code})</translation>
    </message>
    <message>
        <source>{name} — {specimen} ({code})</source>
        <translation>{name} — {specimen} ({code})</translation>
    </message>
    <message>
        <source>Choose a test or panel from the list.</source>
        <translation>اختر فحصًا أو مجموعة فحوص من القائمة.</translation>
    </message>
    <message numerus="yes">
        <source>Ordered {name} (%n test(s)).</source>
        <translation>
            <numerusform>طُلب {name} (بلا فحوص).</numerusform>
            <numerusform>طُلب {name} (فحص واحد).</numerusform>
            <numerusform>طُلب {name} (فحصان).</numerusform>
            <numerusform>طُلب {name} (%Ln فحوص).</numerusform>
            <numerusform>طُلب {name} (%Ln فحصًا).</numerusform>
            <numerusform>طُلب {name} (%Ln فحص).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the order to cancel.</source>
        <translation>حدد الطلب المراد إلغاؤه.</translation>
    </message>
    <message>
        <source>Cancel lab order</source>
        <translation>إلغاء طلب المختبر</translation>
    </message>
    <message>
        <source>Why is {test} ({order}) cancelled?</source>
        <translation>لماذا يُلغى {test} ({order})؟</translation>
    </message>
    <message>
        <source>{test} cancelled.</source>
        <translation>أُلغي {test}.</translation>
    </message>
</context>
<context>
    <name>LabWorkspace</name>
    <message>
        <source>To collect</source>
        <translation>بانتظار سحب العينة</translation>
    </message>
    <message>
        <source>To receive</source>
        <translation>بانتظار الاستلام</translation>
    </message>
    <message>
        <source>To result</source>
        <translation>بانتظار التحليل</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>بانتظار التحقق</translation>
    </message>
    <message>
        <source>To release</source>
        <translation>بانتظار الإصدار</translation>
    </message>
    <message>
        <source>Open work</source>
        <translation>أعمال جارية</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>صادرة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Scan or type MRN, accession, order number or family name</source>
        <translation>امسح أو اكتب رقم الملف الطبي أو رقم العينة أو رقم الطلب أو اسم العائلة</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Worklist:</source>
        <translation>قائمة العمل:</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>تاريخ الطلب</translation>
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
        <source>Test</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>رقم العينة</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المعدل المرجعي</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>أدخلها</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>رقم الطلب</translation>
    </message>
    <message>
        <source>Collect (scan wristband)…</source>
        <translation>سحب العينة (مسح السوار)…</translation>
    </message>
    <message>
        <source>Receive (scan tube)…</source>
        <translation>استلام (مسح الأنبوب)…</translation>
    </message>
    <message>
        <source>Enter result…</source>
        <translation>إدخال النتيجة…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>إصدار</translation>
    </message>
    <message>
        <source>Correct released…</source>
        <translation>تصحيح نتيجة صادرة…</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>إلغاء الطلب…</translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation>الطبيب الطالب</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>صُعّد</translation>
    </message>
    <message>
        <source>Record call to clinician…</source>
        <translation>تسجيل الاتصال بالطبيب…</translation>
    </message>
    <message>
        <source>Critical results not yet acknowledged by a clinician. Phone them, read back, record the call; unacknowledged results escalate to the department&apos;s other doctors.</source>
        <translation>نتائج حرجة لم يؤكد أي طبيب اطلاعه عليها بعد. اتصل بالطبيب واطلب منه إعادة قراءة النتيجة ثم سجّل الاتصال؛ النتائج غير المؤكدة تُصعَّد إلى باقي أطباء القسم.</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>قائمة العمل</translation>
    </message>
    <message>
        <source>Critical callbacks</source>
        <translation>اتصالات النتائج الحرجة</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message numerus="yes">
        <source>Critical callbacks (%n)</source>
        <translation>
            <numerusform>اتصالات النتائج الحرجة (%Ln)</numerusform>
            <numerusform>اتصالات النتائج الحرجة (%Ln)</numerusform>
            <numerusform>اتصالات النتائج الحرجة (%Ln)</numerusform>
            <numerusform>اتصالات النتائج الحرجة (%Ln)</numerusform>
            <numerusform>اتصالات النتائج الحرجة (%Ln)</numerusform>
            <numerusform>اتصالات النتائج الحرجة (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one order.</source>
        <translation>حدد طلبًا واحدًا.</translation>
    </message>
    <message>
        <source>Select the orders to collect.</source>
        <translation>حدد الطلبات المراد سحب عيناتها.</translation>
    </message>
    <message>
        <source>Positive patient identification</source>
        <translation>التحقق من هوية المريض</translation>
    </message>
    <message>
        <source>Scan the wristband of {patient}:</source>
        <translation>امسح سوار المريض {patient}:</translation>
    </message>
    <message>
        <source>Wrong patient</source>
        <translation>مريض خاطئ</translation>
    </message>
    <message>
        <source>{refusal}. Nothing was collected: no tube is labelled.</source>
        <translation>{refusal}. لم تُسجَّل أي عينة: لا يُلصق ملصق على أي أنبوب.</translation>
    </message>
    <message>
        <source>The orders are for {patient} (MRN {mrn}). Check the patient&apos;s identity and scan their own wristband.</source>
        <translation>الطلبات للمريض {patient} (رقم الملف الطبي {mrn}). تحقق من هوية المريض وامسح سواره هو.</translation>
    </message>
    <message>
        <source>Collected: {specimens}</source>
        <translation>سُحبت العينات: {specimens}</translation>
    </message>
    <message>
        <source>specimen labels</source>
        <translation>ملصقات العينات</translation>
    </message>
    <message>
        <source>Receive specimen</source>
        <translation>استلام العينة</translation>
    </message>
    <message>
        <source>Scan the tube&apos;s accession number:</source>
        <translation>امسح رقم العينة على الأنبوب:</translation>
    </message>
    <message numerus="yes">
        <source>Received {accession}: %n test(s) to result.</source>
        <translation>
            <numerusform>استُلمت {accession}: لا فحوص بانتظار التحليل.</numerusform>
            <numerusform>استُلمت {accession}: فحص واحد بانتظار التحليل.</numerusform>
            <numerusform>استُلمت {accession}: فحصان بانتظار التحليل.</numerusform>
            <numerusform>استُلمت {accession}: %Ln فحوص بانتظار التحليل.</numerusform>
            <numerusform>استُلمت {accession}: %Ln فحصًا بانتظار التحليل.</numerusform>
            <numerusform>استُلمت {accession}: %Ln فحص بانتظار التحليل.</numerusform>
        </translation>
    </message>
    <message>
        <source>{result} — flagged {flag} (reference {range})</source>
        <translation>{result} — قيمة {flag} (المعدل المرجعي {range})</translation>
    </message>
    <message>
        <source>{result} (reference {range})</source>
        <translation>{result} (المعدل المرجعي {range})</translation>
    </message>
    <message>
        <source>Critical result</source>
        <translation>نتيجة حرجة</translation>
    </message>
    <message>
        <source>{result} — {patient} (MRN {mrn}).</source>
        <translation>{result} — {patient} (رقم الملف الطبي {mrn}).</translation>
    </message>
    <message>
        <source>Ordered by {clinician}. Check the sample and the value; once it is verified and released, phone the clinician and record the call (Critical callbacks).</source>
        <translation>طلبها {clinician}. تحقق من العينة ومن القيمة؛ وبعد التحقق منها وإصدارها اتصل بالطبيب وسجّل الاتصال (اتصالات النتائج الحرجة).</translation>
    </message>
    <message>
        <source>{test} verified.</source>
        <translation>تم التحقق من {test}.</translation>
    </message>
    <message>
        <source>{test} released to {clinician}.</source>
        <translation>صدرت نتيجة {test} إلى {clinician}.</translation>
    </message>
    <message>
        <source>{test} corrected; {clinician} is alerted again.</source>
        <translation>صُحّحت نتيجة {test}؛ أُعيد تنبيه {clinician}.</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>إلغاء الطلب</translation>
    </message>
    <message>
        <source>Why is {test} ({order}) cancelled?</source>
        <translation>لماذا يُلغى {test} ({order})؟</translation>
    </message>
    <message>
        <source>{test} cancelled.</source>
        <translation>أُلغي {test}.</translation>
    </message>
    <message>
        <source>Select the critical result you phoned.</source>
        <translation>حدد النتيجة الحرجة التي أبلغت عنها هاتفيًا.</translation>
    </message>
    <message>
        <source>Call about {test} of {patient}</source>
        <translation>اتصال بشأن {test} للمريض {patient}</translation>
    </message>
    <message>
        <source>The clinician read the result back</source>
        <translation>أعاد الطبيب قراءة النتيجة</translation>
    </message>
    <message>
        <source>Spoke to</source>
        <translation>تحدثت إلى</translation>
    </message>
    <message>
        <source>Call to {person} about {test} recorded.</source>
        <translation>سُجّل الاتصال بـ{person} بشأن {test}.</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Result — {test} for {patient} ({order})</source>
        <translation>النتيجة — {test} للمريض {patient} ({order})</translation>
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
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Reason for the new version</source>
        <translation>سبب الإصدار الجديد</translation>
    </message>
</context>
</TS>
