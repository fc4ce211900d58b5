<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG" sourcelanguage="en">
<context>
    <name>AccessReport</name>
    <message>
        <source>Access report {mrn}</source>
        <translation>تقرير الاطلاع {mrn}</translation>
    </message>
    <message>
        <source>Record of access to a patient&apos;s health information</source>
        <translation>سجل الاطلاع على المعلومات الصحية للمريض</translation>
    </message>
    <message>
        <source>all recorded history</source>
        <translation>كامل السجل المحفوظ</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Patient: {name} · MRN: {mrn} · Born: {born} · Period: {period}</source>
        <translation>المريض: {name} · رقم الملف الطبي: {mrn} · تاريخ الميلاد: {born} · الفترة: {period}</translation>
    </message>
    <message>
        <source>Prepared by {name} on {when} from the hospital&apos;s tamper-evident audit trail. Every opening of the chart is listed with the purpose the staff member gave; emergency (break-glass) accesses are marked.</source>
        <translation>أعدّه {name} بتاريخ {when} من سجل التدقيق المحمي من التلاعب في المستشفى. يُدرج كل فتح للملف مع الغرض الذي ذكره الموظف، ويُشار إلى الدخول الطارئ (كسر الزجاج).</translation>
    </message>
    <message>
        <source>Chart openings ({count})</source>
        <translation>مرات فتح الملف ({count})</translation>
    </message>
    <message>
        <source>EMERGENCY — {purpose}</source>
        <translation>طوارئ — {purpose}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>محطة العمل</translation>
    </message>
    <message>
        <source>No chart openings recorded in this period.</source>
        <translation>لم يُسجَّل أي فتح للملف في هذه الفترة.</translation>
    </message>
    <message>
        <source>Records written about the patient ({count})</source>
        <translation>القيود المكتوبة عن المريض ({count})</translation>
    </message>
    <message>
        <source>added {record}</source>
        <translation>إضافة: {record}</translation>
    </message>
    <message>
        <source>changed {record}</source>
        <translation>تعديل: {record}</translation>
    </message>
    <message>
        <source>removed {record}</source>
        <translation>حذف: {record}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>السبب المذكور</translation>
    </message>
    <message>
        <source>No records written in this period.</source>
        <translation>لا توجد قيود مكتوبة في هذه الفترة.</translation>
    </message>
    <message>
        <source>{hospital} · access report · MRN {mrn}</source>
        <translation>{hospital} · تقرير الاطلاع · رقم الملف الطبي {mrn}</translation>
    </message>
    <message>
        <source>page {number}</source>
        <translation>صفحة {number}</translation>
    </message>
</context>
<context>
    <name>BirthDate</name>
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
        <source>{year} (yr only)</source>
        <translation>{year} (السنة فقط)</translation>
    </message>
    <message>
        <source>{year} (year only)</source>
        <translation>{year} (السنة فقط)</translation>
    </message>
    <message>
        <source>c. {year} (est.)</source>
        <translation>نحو {year} (تقديري)</translation>
    </message>
    <message>
        <source>c. {year} (estimated)</source>
        <translation>نحو {year} (تقديري)</translation>
    </message>
</context>
<context>
    <name>DischargeSummary</name>
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
        <source>Home</source>
        <translation>إلى المنزل</translation>
    </message>
    <message>
        <source>Transferred to another hospital</source>
        <translation>أُحيل إلى مستشفى آخر</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>متوفى</translation>
    </message>
    <message>
        <source>Left against medical advice</source>
        <translation>غادر خلافًا للمشورة الطبية</translation>
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
        <source>other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Discharge summary — {name} ({mrn})</source>
        <translation>ملخص الخروج — {name} ({mrn})</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>الإصدار {number}</translation>
    </message>
    <message>
        <source>Version {number} — amends the previous version: {reason}</source>
        <translation>الإصدار {number} — يعدّل الإصدار السابق: {reason}</translation>
    </message>
    <message>
        <source>Discharge summary</source>
        <translation>ملخص الخروج</translation>
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
        <source>Born</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>الجناح</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>الدخول</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>الخروج</translation>
    </message>
    <message>
        <source>not yet discharged</source>
        <translation>لم يخرج بعد</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>الطبيب المعالج</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>حالة الخروج</translation>
    </message>
    <message>
        <source>Signed electronically by {name} on {when}.</source>
        <translation>وُقّع إلكترونيًا من قبل {name} بتاريخ {when}.</translation>
    </message>
    <message>
        <source>Fingerprint of the signed text (SHA-256): {digest}</source>
        <translation>بصمة النص الموقّع (SHA-256): {digest}</translation>
    </message>
    <message>
        <source>DRAFT by {name} — not signed, not valid for the patient&apos;s records.</source>
        <translation>مسودة من {name} — غير موقّعة ولا تُعتمد في ملف المريض.</translation>
    </message>
    <message>
        <source>{mrn} · discharge summary v{version} · page {page}</source>
        <translation>{mrn} · ملخص الخروج الإصدار {version} · صفحة {page}</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>مسودة</translation>
    </message>
</context>
<context>
    <name>DispensingLabel</name>
    <message>
        <source>Dispensing label {number}</source>
        <translation>ملصق صرف الدواء {number}</translation>
    </message>
    <message>
        <source>born {born}   MRN {mrn}</source>
        <translation>الميلاد {born}   رقم الملف {mrn}</translation>
    </message>
    <message>
        <source>Rx {number}</source>
        <translation>الوصفة {number}</translation>
    </message>
    <message>
        <source>Prescriber: {name}</source>
        <translation>الطبيب الواصف: {name}</translation>
    </message>
    <message>
        <source>Lot {lot}   Exp {expiry}</source>
        <translation>التشغيلة {lot}   الانتهاء {expiry}</translation>
    </message>
    <message>
        <source>Keep out of the reach of children</source>
        <translation>يُحفظ بعيدًا عن متناول الأطفال</translation>
    </message>
    <message>
        <source>Dispensing receipt</source>
        <translation>إيصال صرف الدواء</translation>
    </message>
    <message>
        <source>Date: {when}</source>
        <translation>التاريخ: {when}</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>المريض: {name}</translation>
    </message>
    <message>
        <source>MRN: {mrn}</source>
        <translation>رقم الملف الطبي: {mrn}</translation>
    </message>
    <message>
        <source>Prescription: {number}</source>
        <translation>الوصفة: {number}</translation>
    </message>
    <message>
        <source>Quantity: {quantity}</source>
        <translation>الكمية: {quantity}</translation>
    </message>
    <message>
        <source>Lot {lot}, expires {date}</source>
        <translation>التشغيلة {lot}، تنتهي صلاحيتها في {date}</translation>
    </message>
    <message>
        <source>Charge: {amount}</source>
        <translation>المبلغ: {amount}</translation>
    </message>
    <message>
        <source>(added to your hospital account)</source>
        <translation>(أُضيف إلى حسابك في المستشفى)</translation>
    </message>
    <message>
        <source>Dispensed by {name}   ·   no. {number}</source>
        <translation>صرفه {name}   ·   رقم {number}</translation>
    </message>
    <message>
        <source>Dispensing receipt {number}</source>
        <translation>إيصال صرف الدواء {number}</translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <source>Cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>تحويل بنكي</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>التأمين</translation>
    </message>
    <message>
        <source>VAT registration {number}</source>
        <translation>الرقم الضريبي {number}</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>صفحة {number}</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>إشعار دائن</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>فاتورة</translation>
    </message>
    <message>
        <source>Issued {when}</source>
        <translation>تاريخ الإصدار {when}</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>تاريخ الاستحقاق {date}</translation>
    </message>
    <message>
        <source>Cancels invoice {number}</source>
        <translation>يلغي الفاتورة {number}</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>فاتورة باسم</translation>
    </message>
    <message>
        <source>MRN {mrn} · born {date}</source>
        <translation>رقم الملف الطبي {mrn} · تاريخ الميلاد {date}</translation>
    </message>
    <message>
        <source>Regarding</source>
        <translation>بخصوص</translation>
    </message>
    <message>
        <source>Charges of the patient&apos;s account</source>
        <translation>رسوم حساب المريض</translation>
    </message>
    <message>
        <source>Insurance: {coverage}</source>
        <translation>التأمين: {coverage}</translation>
    </message>
    <message>
        <source>VOID — cancelled by credit note {number}: {reason}</source>
        <translation>ملغاة — بموجب الإشعار الدائن {number}: {reason}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>شركة التأمين</translation>
    </message>
    <message>
        <source>Tax {rate} % on {amount}</source>
        <translation>ضريبة {rate} % على {amount}</translation>
    </message>
    <message>
        <source>Total credited</source>
        <translation>إجمالي المبلغ الدائن</translation>
    </message>
    <message>
        <source>Total amount</source>
        <translation>المبلغ الإجمالي</translation>
    </message>
    <message>
        <source>of which the insurer&apos;s share</source>
        <translation>منها حصة شركة التأمين</translation>
    </message>
    <message>
        <source>of which the patient&apos;s share</source>
        <translation>منها حصة المريض</translation>
    </message>
    <message>
        <source>Insurer declined (now the patient&apos;s)</source>
        <translation>رفضته شركة التأمين (على المريض الآن)</translation>
    </message>
    <message>
        <source>Paid by the patient</source>
        <translation>دفعه المريض</translation>
    </message>
    <message>
        <source>Paid by the insurer</source>
        <translation>دفعته شركة التأمين</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>الرصيد المستحق</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>الإيصال</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>refund of {receipt}</source>
        <translation>استرداد {receipt}</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>المدفوعات</translation>
    </message>
    <message>
        <source>Please pay the balance by {date}, quoting &lt;b&gt;{number}&lt;/b&gt;.</source>
        <translation>يرجى سداد الرصيد قبل {date} مع ذكر الرقم &lt;b&gt;{number}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Bank transfer: {account}.</source>
        <translation>التحويل البنكي: {account}.</translation>
    </message>
    <message>
        <source>The insurer&apos;s share has been claimed from your insurer; you will hear from us if any part is not paid.</source>
        <translation>طُلبت حصة التأمين من شركة التأمين، وسنبلغك إن لم يُدفع أي جزء منها.</translation>
    </message>
    <message>
        <source>Issued by {name}. Medical services are exempt from VAT unless a rate is shown.</source>
        <translation>أصدرها {name}. الخدمات الطبية معفاة من ضريبة القيمة المضافة ما لم تُذكر نسبة.</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation>إيصال استرداد</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>إيصال دفع</translation>
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
        <source>Refund of</source>
        <translation>استرداد لـ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>الرصيد الحالي</translation>
    </message>
    <message>
        <source>Received by {name}. Thank you.</source>
        <translation>استلمه {name}. شكرًا لكم.</translation>
    </message>
</context>
<context>
    <name>SpecimenLabel</name>
    <message>
        <source>URGENT</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <source>STAT</source>
        <translation>فوري</translation>
    </message>
    <message>
        <source>Specimen labels {numbers}</source>
        <translation>ملصقات العينات {numbers}</translation>
    </message>
    <message>
        <source>MRN {mrn}   born {born}   {sex}</source>
        <translation>رقم الملف {mrn}   الميلاد {born}   {sex}</translation>
    </message>
</context>
<context>
    <name>Wristband</name>
    <message>
        <source>{alias}   UNIDENTIFIED</source>
        <translation>{alias}   مجهول الهوية</translation>
    </message>
    <message>
        <source>born {born}   {sex}   MRN {mrn}</source>
        <translation>الميلاد {born}   {sex}   رقم الملف {mrn}</translation>
    </message>
    <message>
        <source>Wristband {mrn}</source>
        <translation>سوار المعصم {mrn}</translation>
    </message>
    <message>
        <source>Patient label {mrn}</source>
        <translation>ملصق المريض {mrn}</translation>
    </message>
</context>
</TS>
