<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AdjustmentDialog</name>
    <message>
        <source>Adjust charge</source>
        <translation>تعديل بند</translation>
    </message>
    <message>
        <source>{charge}: {amount} (after earlier adjustments). The charge itself is never changed: the discount or correction is added with its reason.</source>
        <translation>{charge}: {amount} (بعد التعديلات السابقة). لا يُغيَّر البند نفسه أبدًا: يُضاف الخصم أو التصحيح مع سببه.</translation>
    </message>
    <message>
        <source>Discount (reduces the charge)</source>
        <translation>خصم (يُنقص البند)</translation>
    </message>
    <message>
        <source>Correction (+ or −)</source>
        <translation>تصحيح (+ أو −)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>المبلغ ({currency})</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>A discount is a positive amount.</source>
        <translation>الخصم مبلغ موجب.</translation>
    </message>
    <message>
        <source>The amount cannot be zero.</source>
        <translation>لا يمكن أن يكون المبلغ صفرًا.</translation>
    </message>
    <message>
        <source>Give a reason of at least 5 characters.</source>
        <translation>اذكر سببًا من 5 أحرف على الأقل.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer {payer}&apos;s query</source>
        <translation>الرد على استفسار {payer}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{payer}&lt;/b&gt; asks about {subject} ({patient}):</source>
        <translation>&lt;b&gt;{payer}&lt;/b&gt; تستفسر عن {subject} ({patient}):</translation>
    </message>
    <message>
        <source>Documents asked for: {documents}</source>
        <translation>المستندات المطلوبة: {documents}</translation>
    </message>
    <message>
        <source>Your answer to the payer (2 to 2000 characters)</source>
        <translation>ردّك على جهة التأمين (من 2 إلى 2000 حرف)</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>الرد (&amp;A)</translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation>إضافة مستند… (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إزالة (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Send answer</source>
        <translation>إرسال الرد (&amp;S)</translation>
    </message>
    <message>
        <source>Documents (PDF, PNG, JPEG or text; at most 10, together at most 3.5 MB)</source>
        <translation>المستندات (PDF أو PNG أو JPEG أو نص؛ 10 على الأكثر، وبمجموع 3.5 ميغابايت على الأكثر)</translation>
    </message>
    <message>
        <source>Documents for the payer</source>
        <translation>مستندات لجهة التأمين</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.txt)</source>
        <translation>مستندات (*.pdf *.png *.jpg *.jpeg *.txt)</translation>
    </message>
    <message>
        <source>At most {count} documents go with one answer.</source>
        <translation>يُرفق بالرد الواحد {count} مستندات على الأكثر.</translation>
    </message>
    <message>
        <source>{file}: the documents would come to {size} MB; at most 3.5 MB go with one answer.</source>
        <translation>{file}: سيبلغ حجم المستندات {size} ميغابايت؛ والحد الأقصى للرد الواحد 3.5 ميغابايت.</translation>
    </message>
    <message>
        <source>{file} ({size} KB)</source>
        <translation>{file} ({size} كيلوبايت)</translation>
    </message>
    <message>
        <source>Write an answer for the payer.</source>
        <translation>اكتب ردًا لجهة التأمين.</translation>
    </message>
    <message>
        <source>The answer is {length} characters long: a payer takes at most 2000.</source>
        <translation>طول الرد {length} حرفًا: وتقبل جهة التأمين 2000 حرف على الأكثر.</translation>
    </message>
</context>
<context>
    <name>Billing</name>
    <message>
        <source>Cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>بطاقة مصرفية</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>تحويل مصرفي</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>التأمين</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>استشارة</translation>
    </message>
    <message>
        <source>Laboratory test</source>
        <translation>فحص مختبري</translation>
    </message>
    <message>
        <source>Pharmacy dispense</source>
        <translation>صرف صيدلية</translation>
    </message>
    <message>
        <source>Bed day</source>
        <translation>يوم إقامة</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مُرسلة</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Partially approved</source>
        <translation>مقبولة جزئيًا</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
</context>
<context>
    <name>BillingWorkspace</name>
    <message>
        <source>Charge</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Source (clinical event)</source>
        <translation>المصدر (الإجراء السريري)</translation>
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
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>التعديل</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Patient share</source>
        <translation>حصة المريض</translation>
    </message>
    <message>
        <source>Insurer share</source>
        <translation>حصة التأمين</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>المطالبة</translation>
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
        <source>By</source>
        <translation>بواسطة</translation>
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
        <source>Unbilled</source>
        <translation>غير مفوترة</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>المستحق</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Patients with unbilled charges, oldest first (double-click to open)</source>
        <translation>مرضى لديهم بنود غير مفوترة، الأقدم أولًا (انقر نقرًا مزدوجًا للفتح)</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>البحث عن مريض</translation>
    </message>
    <message>
        <source>Add coverage…</source>
        <translation>إضافة تغطية تأمينية…</translation>
    </message>
    <message>
        <source>Cancel coverage…</source>
        <translation>إلغاء التغطية…</translation>
    </message>
    <message>
        <source>Pre-a&amp;uthorisation…</source>
        <translation>موافقة مسبقة… (&amp;U)</translation>
    </message>
    <message>
        <source>Ask the payer to pre-authorise items for this patient</source>
        <translation>طلب موافقة مسبقة من جهة التأمين على خدمات لهذا المريض</translation>
    </message>
    <message>
        <source>Bill with:</source>
        <translation>الفوترة على:</translation>
    </message>
    <message>
        <source>Select all unbilled</source>
        <translation>تحديد كل غير المفوتر</translation>
    </message>
    <message>
        <source>Discount / correct…</source>
        <translation>خصم / تصحيح…</translation>
    </message>
    <message>
        <source>note on the invoice (optional)</source>
        <translation>ملاحظة على الفاتورة (اختياري)</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>إصدار الفاتورة</translation>
    </message>
    <message>
        <source>Charges from clinical events (tick the ones to invoice)</source>
        <translation>بنود الإجراءات السريرية (حدّد ما تريد فوترته)</translation>
    </message>
    <message>
        <source>Take payment…</source>
        <translation>تحصيل دفعة…</translation>
    </message>
    <message>
        <source>Claim insurer&apos;s share</source>
        <translation>مطالبة التأمين بحصته</translation>
    </message>
    <message>
        <source>Void (credit note)…</source>
        <translation>إلغاء (إشعار دائن)…</translation>
    </message>
    <message>
        <source>Print invoice…</source>
        <translation>طباعة الفاتورة…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>استرداد…</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>طباعة الإيصال…</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>الفواتير والإشعارات الدائنة</translation>
    </message>
    <message>
        <source>Payments of the selected invoice</source>
        <translation>دفعات الفاتورة المحددة</translation>
    </message>
    <message>
        <source>The payer will likely refuse:</source>
        <translation>من المرجح أن ترفض جهة التأمين:</translation>
    </message>
    <message>
        <source>• {title}: {message}</source>
        <translation>• {title}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>Account balance {owed} (patient {patient}, insurers {insurers}) · %n unbilled charge(s)</source>
        <translation>
            <numerusform>رصيد الحساب {owed} (المريض {patient}، التأمين {insurers}) · لا بنود غير مفوترة</numerusform>
            <numerusform>رصيد الحساب {owed} (المريض {patient}، التأمين {insurers}) · بند واحد غير مفوتر</numerusform>
            <numerusform>رصيد الحساب {owed} (المريض {patient}، التأمين {insurers}) · بندان غير مفوترين</numerusform>
            <numerusform>رصيد الحساب {owed} (المريض {patient}، التأمين {insurers}) · %Ln بنود غير مفوترة</numerusform>
            <numerusform>رصيد الحساب {owed} (المريض {patient}، التأمين {insurers}) · %Ln بندًا غير مفوتر</numerusform>
            <numerusform>رصيد الحساب {owed} (المريض {patient}، التأمين {insurers}) · %Ln بند غير مفوتر</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-pay (no insurance)</source>
        <translation>دفع ذاتي (بدون تأمين)</translation>
    </message>
    <message numerus="yes">
        <source>{visit}   —   %n unbilled, {amount}</source>
        <translation>
            <numerusform>{visit}   —   لا شيء غير مفوتر، {amount}</numerusform>
            <numerusform>{visit}   —   بند غير مفوتر، {amount}</numerusform>
            <numerusform>{visit}   —   بندان غير مفوترين، {amount}</numerusform>
            <numerusform>{visit}   —   %Ln بنود غير مفوترة، {amount}</numerusform>
            <numerusform>{visit}   —   %Ln بندًا غير مفوتر، {amount}</numerusform>
            <numerusform>{visit}   —   %Ln بند غير مفوتر، {amount}</numerusform>
        </translation>
    </message>
    <message>
        <source>{visit}   —   all billed</source>
        <translation>{visit}   —   مفوترة بالكامل</translation>
    </message>
    <message>
        <source>unbilled</source>
        <translation>غير مفوتر</translation>
    </message>
    <message>
        <source>on {invoice}</source>
        <translation>على {invoice}</translation>
    </message>
    <message>
        <source>void: {reason}</source>
        <translation>ملغى: {reason}</translation>
    </message>
    <message>
        <source>void → {credit_note}</source>
        <translation>ملغاة ← {credit_note}</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>مسددة</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>refund of {receipt}: {reason}</source>
        <translation>استرداد {receipt}: {reason}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Tick the charges to invoice first (or “Select all unbilled”).</source>
        <translation>حدّد أولًا البنود المراد فوترتها (أو «تحديد كل غير المفوتر»).</translation>
    </message>
    <message>
        <source>Invoice issued.</source>
        <translation>صدرت الفاتورة.</translation>
    </message>
    <message>
        <source>Issuing the invoice…</source>
        <translation>جارٍ إصدار الفاتورة…</translation>
    </message>
    <message>
        <source>Click the charge to adjust first.</source>
        <translation>انقر أولًا على البند المراد تعديله.</translation>
    </message>
    <message>
        <source>Only unbilled charges are adjusted: void the invoice first to correct it.</source>
        <translation>لا تُعدَّل إلا البنود غير المفوترة: ألغِ الفاتورة أولًا لتصحيحها.</translation>
    </message>
    <message>
        <source>Discount recorded.</source>
        <translation>سُجّل الخصم.</translation>
    </message>
    <message>
        <source>Correction recorded.</source>
        <translation>سُجّل التصحيح.</translation>
    </message>
    <message>
        <source>Coverage added.</source>
        <translation>أُضيفت التغطية.</translation>
    </message>
    <message>
        <source>Pre-authorisation queued for the payer (see Pre-authorisations).</source>
        <translation>طلب الموافقة المسبقة في قائمة الإرسال إلى جهة التأمين (انظر الموافقات المسبقة).</translation>
    </message>
    <message>
        <source>Cancel coverage</source>
        <translation>إلغاء التغطية</translation>
    </message>
    <message>
        <source>Cancel {coverage}: recorded by mistake (a coverage that simply ended gets an end date instead).</source>
        <translation>إلغاء {coverage}: سُجّلت خطأً (أما التغطية المنتهية فيُحدَّد لها تاريخ انتهاء).</translation>
    </message>
    <message>
        <source>Coverage cancelled.</source>
        <translation>أُلغيت التغطية.</translation>
    </message>
    <message>
        <source>Payment of {amount} recorded.</source>
        <translation>سُجّلت دفعة بمبلغ {amount}.</translation>
    </message>
    <message>
        <source>Only a patient&apos;s payment is refunded here.</source>
        <translation>لا يُسترد هنا إلا ما دفعه المريض.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <source>Refund (part of) {receipt}, paid by {method}.</source>
        <translation>استرداد (جزء من) {receipt}، المدفوع {method}.</translation>
    </message>
    <message>
        <source>Refund recorded.</source>
        <translation>سُجّل الاسترداد.</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>إلغاء الفاتورة</translation>
    </message>
    <message>
        <source>Void {invoice}: a credit note cancels it and its charges become unbilled again. Nothing is deleted.</source>
        <translation>إلغاء {invoice}: يلغيها إشعار دائن وتعود بنودها غير مفوترة. لا يُحذف شيء.</translation>
    </message>
    <message>
        <source>{invoice} voided; the credit note is in the list.</source>
        <translation>أُلغيت {invoice}؛ والإشعار الدائن في القائمة.</translation>
    </message>
    <message>
        <source>Claim created: send it from the Claims workspace.</source>
        <translation>أُنشئت المطالبة: أرسلها من مساحة المطالبات.</translation>
    </message>
    <message>
        <source>Preparing the invoice…</source>
        <translation>جارٍ تجهيز الفاتورة…</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>جارٍ تجهيز الإيصال…</translation>
    </message>
</context>
<context>
    <name>CashCloseWorkspace</name>
    <message>
        <source>Receipt</source>
        <translation>الإيصال</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مُقفل</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>أمين الصندوق</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>وقت الإقفال</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>النقد المتوقع</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>النقد المعدود</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>explain any difference (required when the cash does not match)</source>
        <translation>اشرح أي فرق (إلزامي إذا لم يطابق النقد)</translation>
    </message>
    <message>
        <source>Close today&apos;s cash</source>
        <translation>إقفال صندوق اليوم</translation>
    </message>
    <message>
        <source>My cash drawer today</source>
        <translation>صندوقي اليوم</translation>
    </message>
    <message>
        <source>Payments taken</source>
        <translation>الدفعات المحصلة</translation>
    </message>
    <message>
        <source>Cash expected in the drawer</source>
        <translation>النقد المتوقع في الصندوق</translation>
    </message>
    <message>
        <source>Card payments</source>
        <translation>دفعات البطاقة</translation>
    </message>
    <message>
        <source>Bank transfers</source>
        <translation>التحويلات المصرفية</translation>
    </message>
    <message>
        <source>My payments today</source>
        <translation>دفعاتي اليوم</translation>
    </message>
    <message>
        <source>Recent cash closes</source>
        <translation>آخر إقفالات الصندوق</translation>
    </message>
    <message>
        <source>Today&apos;s cash is closed</source>
        <translation>صندوق اليوم مُقفل</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>Cash closed for today.</source>
        <translation>أُقفل الصندوق لهذا اليوم.</translation>
    </message>
</context>
<context>
    <name>ChargeRow</name>
    <message>
        <source>Not linked to a visit</source>
        <translation>غير مرتبط بزيارة</translation>
    </message>
    <message>
        <source>Visit {start} · {department} · #{id}</source>
        <translation>زيارة {start} · {department} · رقم {id}</translation>
    </message>
    <message>
        <source>Stay {start} – {end} · {department} · #{id}</source>
        <translation>إقامة من {start} إلى {end} · {department} · رقم {id}</translation>
    </message>
    <message>
        <source>Stay {start} – (in hospital) · {department} · #{id}</source>
        <translation>إقامة منذ {start} (منوَّم حاليًا) · {department} · رقم {id}</translation>
    </message>
    <message>
        <source>Stay {start} · {department} · #{id}</source>
        <translation>إقامة {start} · {department} · رقم {id}</translation>
    </message>
</context>
<context>
    <name>ClaimItemVerdict</name>
    <message>
        <source>approved</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>reduced</source>
        <translation>مخفَّض</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
</context>
<context>
    <name>ClaimWarning</name>
    <message>
        <source>Pre-authorisation missing</source>
        <translation>لا توجد موافقة مسبقة</translation>
    </message>
    <message>
        <source>Admission not pre-authorised</source>
        <translation>تنويم دون موافقة مسبقة</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>غير مشمول بالتغطية</translation>
    </message>
    <message>
        <source>Eligibility out of date</source>
        <translation>التحقق من الأهلية قديم</translation>
    </message>
</context>
<context>
    <name>ClaimsWorkspace</name>
    <message>
        <source>Claim</source>
        <translation>المطالبة</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>جهة التأمين</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>المطالَب به</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>المعتمد</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <source>At the payer</source>
        <translation>لدى جهة التأمين</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>#</source>
        <translation>م</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>وقت الطلب</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Documents asked for</source>
        <translation>المستندات المطلوبة</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation>إشعار الدفع</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>الإيصال</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>لم تُرسل</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>كل المطالبات</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>عرض (&amp;S)</translation>
    </message>
    <message>
        <source>The FHIR Claim the gateway sent and the payer&apos;s ClaimResponse appear here.</source>
        <translation>تظهر هنا المطالبة بصيغة FHIR ‏(Claim) التي أرسلتها البوابة ورد جهة التأمين (ClaimResponse).</translation>
    </message>
    <message>
        <source>Se&amp;nd to payer</source>
        <translation>إرسال إلى جهة التأمين (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Ask the payer for the status</source>
        <translation>الاستعلام عن الحالة لدى جهة التأمين (&amp;A)</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>إعادة الإرسال (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Post payer payment…</source>
        <translation>تسجيل دفعة جهة التأمين… (&amp;P)</translation>
    </message>
    <message>
        <source>A payment the payer announced on paper: remittances the gateway receives are posted by themselves (Remittances workspace)</source>
        <translation>دفعة أبلغت عنها جهة التأمين ورقيًا: أما إشعارات الدفع التي تستلمها البوابة فتُقيَّد تلقائيًا (مساحة إشعارات الدفع)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>البنود (&amp;I)</translation>
    </message>
    <message>
        <source>Requests to the payer</source>
        <translation>الطلبات إلى جهة التأمين</translation>
    </message>
    <message>
        <source>Payer queries</source>
        <translation>استفسارات جهة التأمين</translation>
    </message>
    <message>
        <source>Remittance lines</source>
        <translation>أسطر إشعارات الدفع</translation>
    </message>
    <message>
        <source>FHIR documents</source>
        <translation>مستندات FHIR</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s).</source>
        <translation>
            <numerusform>لا مطالبات.</numerusform>
            <numerusform>مطالبة واحدة.</numerusform>
            <numerusform>مطالبتان.</numerusform>
            <numerusform>%Ln مطالبات.</numerusform>
            <numerusform>%Ln مطالبة.</numerusform>
            <numerusform>%Ln مطالبة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a claim.</source>
        <translation>اختر مطالبة.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{payer}&lt;/b&gt; · invoice {invoice} · {patient}</source>
        <translation>&lt;b&gt;{payer}&lt;/b&gt; · الفاتورة {invoice} · {patient}</translation>
    </message>
    <message>
        <source>Status &lt;b&gt;{status}&lt;/b&gt;; claimed {claimed}, approved {approved}, paid {paid}</source>
        <translation>الحالة &lt;b&gt;{status}&lt;/b&gt;؛ المطالَب به {claimed}، المعتمد {approved}، المدفوع {paid}</translation>
    </message>
    <message>
        <source>Status &lt;b&gt;{status}&lt;/b&gt;; claimed {claimed}</source>
        <translation>الحالة &lt;b&gt;{status}&lt;/b&gt;؛ المطالَب به {claimed}</translation>
    </message>
    <message>
        <source> · payer&apos;s reference {reference}</source>
        <translation> · مرجع جهة التأمين {reference}</translation>
    </message>
    <message>
        <source>The payer has not got this claim. Correct what the reason names (the patient&apos;s coverage, the payer&apos;s item codes), then press Send again. If it names no reason, tell IT: the insurance gateway&apos;s log says more.</source>
        <translation>لم تستلم جهة التأمين هذه المطالبة. صحّح ما يذكره السبب (تغطية المريض، رموز الخدمات لدى جهة التأمين) ثم اضغط إعادة الإرسال. وإن لم يُذكر سبب فأبلغ قسم تقنية المعلومات: سجل بوابة التأمين يوضح أكثر.</translation>
    </message>
    <message>
        <source>The insurance gateway sends it within a minute; nothing to do.</source>
        <translation>ترسلها بوابة التأمين خلال دقيقة؛ لا حاجة لأي إجراء.</translation>
    </message>
    <message>
        <source>The payer decides later; this page shows the answer when it comes.</source>
        <translation>تقرر جهة التأمين لاحقًا؛ وتعرض هذه الصفحة الرد عند وصوله.</translation>
    </message>
    <message>
        <source>At the payer: {state}</source>
        <translation>لدى جهة التأمين: {state}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>تم الرد</translation>
    </message>
    <message numerus="yes">
        <source>Payer queries (%n open)</source>
        <translation>
            <numerusform>استفسارات جهة التأمين (لا مفتوح)</numerusform>
            <numerusform>استفسارات جهة التأمين (واحد مفتوح)</numerusform>
            <numerusform>استفسارات جهة التأمين (اثنان مفتوحان)</numerusform>
            <numerusform>استفسارات جهة التأمين (%Ln مفتوحة)</numerusform>
            <numerusform>استفسارات جهة التأمين (%Ln مفتوحًا)</numerusform>
            <numerusform>استفسارات جهة التأمين (%Ln مفتوح)</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim sent:</source>
        <translation>المطالبة المرسلة:</translation>
    </message>
    <message>
        <source>ClaimResponse:</source>
        <translation>الرد (ClaimResponse):</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>لم تُرسل.</translation>
    </message>
    <message>
        <source>Before sending the claim</source>
        <translation>قبل إرسال المطالبة</translation>
    </message>
    <message>
        <source>The payer will likely refuse part of claim {claim}:</source>
        <translation>من المرجح أن ترفض جهة التأمين جزءًا من المطالبة {claim}:</translation>
    </message>
    <message>
        <source>• {title}: {message}</source>
        <translation>• {title}: {message}</translation>
    </message>
    <message>
        <source>Send the claim anyway?</source>
        <translation>هل تُرسل المطالبة رغم ذلك؟</translation>
    </message>
    <message>
        <source>&amp;Send anyway</source>
        <translation>إرسال رغم ذلك (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Do not send</source>
        <translation>عدم الإرسال (&amp;D)</translation>
    </message>
    <message>
        <source>Not sent: resolve the warnings first, or send anyway.</source>
        <translation>لم تُرسل: عالج التنبيهات أولًا، أو أرسلها رغم ذلك.</translation>
    </message>
    <message>
        <source>Checking the claim…</source>
        <translation>جارٍ فحص المطالبة…</translation>
    </message>
    <message>
        <source>Claim {claim} is queued for the payer: the insurance gateway sends it and records the answer.</source>
        <translation>المطالبة {claim} في قائمة الإرسال إلى جهة التأمين: ترسلها بوابة التأمين وتسجّل الرد.</translation>
    </message>
    <message>
        <source>Queuing the claim…</source>
        <translation>جارٍ إدراج المطالبة للإرسال…</translation>
    </message>
    <message>
        <source>The payer is asked where claim {claim} stands.</source>
        <translation>طُلب من جهة التأمين بيان حالة المطالبة {claim}.</translation>
    </message>
    <message>
        <source>Claim {claim} is queued again (the same claim: the payer registers it once).</source>
        <translation>أُدرجت المطالبة {claim} للإرسال مجددًا (المطالبة نفسها: تسجلها جهة التأمين مرة واحدة).</translation>
    </message>
    <message>
        <source>Payment of {amount} from {payer} posted.</source>
        <translation>قُيّدت دفعة بمبلغ {amount} من {payer}.</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ دقيقة</numerusform>
            <numerusform>منذ دقيقتين</numerusform>
            <numerusform>منذ %Ln دقائق</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ ساعة</numerusform>
            <numerusform>منذ ساعتين</numerusform>
            <numerusform>منذ %Ln ساعات</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>منذ %Ln يوم</numerusform>
            <numerusform>منذ يوم</numerusform>
            <numerusform>منذ يومين</numerusform>
            <numerusform>منذ %Ln أيام</numerusform>
            <numerusform>منذ %Ln يومًا</numerusform>
            <numerusform>منذ %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>failed after %n attempt(s), {age}: {error}</source>
        <translation>
            <numerusform>فشل دون أي محاولة، {age}: {error}</numerusform>
            <numerusform>فشل بعد محاولة واحدة، {age}: {error}</numerusform>
            <numerusform>فشل بعد محاولتين، {age}: {error}</numerusform>
            <numerusform>فشل بعد %Ln محاولات، {age}: {error}</numerusform>
            <numerusform>فشل بعد %Ln محاولة، {age}: {error}</numerusform>
            <numerusform>فشل بعد %Ln محاولة، {age}: {error}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <source>Add insurance coverage</source>
        <translation>إضافة تغطية تأمينية</translation>
    </message>
    <message>
        <source>The patient&apos;s insurance card: plan, member number, validity.</source>
        <translation>بطاقة تأمين المريض: الخطة، رقم العضوية، مدة الصلاحية.</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>بدون تاريخ انتهاء</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>الخطة التأمينية</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>رقم العضوية</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>سارية من</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>سارية حتى</translation>
    </message>
    <message>
        <source>No insurance plan is set up: an administrator adds payers and plans.</source>
        <translation>لا توجد خطط تأمين معدّة: يضيف مسؤول النظام جهات التأمين وخططها.</translation>
    </message>
    <message>
        <source>Type the member number from the insurance card.</source>
        <translation>اكتب رقم العضوية المدوّن على بطاقة التأمين.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>تاريخ الانتهاء يسبق تاريخ البدء.</translation>
    </message>
</context>
<context>
    <name>CoverageRow</name>
    <message>
        <source>{payer} — {plan} · member {member} · {start} to open-ended</source>
        <translation>{payer} — {plan} · عضوية {member} · من {start} دون تاريخ انتهاء</translation>
    </message>
    <message>
        <source>{payer} — {plan} · member {member} · {start} to {end}</source>
        <translation>{payer} — {plan} · عضوية {member} · من {start} إلى {end}</translation>
    </message>
</context>
<context>
    <name>CoveredPatient</name>
    <message>
        <source>{name} · {mrn} · {payer} {plan}, member {member}</source>
        <translation>{name} · {mrn} · {payer} {plan}، عضوية {member}</translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <source>Check &amp;eligibility</source>
        <translation>التحقق من الأهلية (&amp;E)</translation>
    </message>
    <message>
        <source>Ask the payer (through the insurance gateway) whether the patient is covered today and what benefits are left</source>
        <translation>سؤال جهة التأمين (عبر بوابة التأمين) عمّا إذا كان المريض مشمولًا بالتغطية اليوم وما تبقى من منافعه</translation>
    </message>
    <message>
        <source>Insurance: no patient open.</source>
        <translation>التأمين: لا يوجد مريض مفتوح.</translation>
    </message>
    <message>
        <source>Insurance: loading…</source>
        <translation>التأمين: جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Asking the payer…</source>
        <translation>جارٍ سؤال جهة التأمين…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Insurance:&lt;/b&gt; No insurance on file</source>
        <translation>&lt;b&gt;التأمين:&lt;/b&gt; لا يوجد تأمين مسجل</translation>
    </message>
    <message>
        <source>No coverage in force today: the patient pays themselves unless billing records their insurance.</source>
        <translation>لا توجد تغطية سارية اليوم: يدفع المريض بنفسه ما لم يسجّل قسم الفوترة تأمينه.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Insurance:&lt;/b&gt; {payer} {plan}, member {member}</source>
        <translation>&lt;b&gt;التأمين:&lt;/b&gt; {payer} {plan}، عضوية {member}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Waiting for the payer…&lt;/i&gt; (asked {age})</source>
        <translation>&lt;i&gt;بانتظار رد جهة التأمين…&lt;/i&gt; (طُلب {age})</translation>
    </message>
    <message>
        <source>The payer could not be asked: {error}</source>
        <translation>تعذّر سؤال جهة التأمين: {error}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
    <message>
        <source>Press Check eligibility to ask again. If it keeps failing, the visit goes on and billing follows it up with the payer.</source>
        <translation>اضغط التحقق من الأهلية للسؤال مجددًا. وإن استمر الفشل تستمر الزيارة ويتابع قسم الفوترة الأمر مع جهة التأمين.</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>مشمول بالتغطية</translation>
    </message>
    <message>
        <source>NOT COVERED</source>
        <translation>غير مشمول بالتغطية</translation>
    </message>
    <message>
        <source>checked {age}</source>
        <translation>تم التحقق {age}</translation>
    </message>
    <message>
        <source>&lt;b&gt;out of date&lt;/b&gt; ({age}; valid {hours} h)</source>
        <translation>&lt;b&gt;قديم&lt;/b&gt; ({age}؛ صالح {hours} ساعة)</translation>
    </message>
    <message>
        <source>plan {plan}</source>
        <translation>الخطة {plan}</translation>
    </message>
    <message>
        <source>benefit period {start} – {end}</source>
        <translation>فترة المنافع {start} – {end}</translation>
    </message>
    <message>
        <source>Left: {benefits}</source>
        <translation>المتبقي: {benefits}</translation>
    </message>
    <message>
        <source>Excluded: {items}</source>
        <translation>المستثنى: {items}</translation>
    </message>
    <message>
        <source>Payer: {answer}</source>
        <translation>جهة التأمين: {answer}</translation>
    </message>
    <message>
        <source>Answered {when}</source>
        <translation>الرد في {when}</translation>
    </message>
    <message>
        <source>Not checked with the payer yet.</source>
        <translation>لم يُتحقق بعد لدى جهة التأمين.</translation>
    </message>
</context>
<context>
    <name>FinanceReportsWorkspace</name>
    <message>
        <source>0–30 days</source>
        <translation>0–30 يومًا</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 يومًا</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 يومًا</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>أكثر من 90 يومًا</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Revenue per day by department</source>
        <translation>الإيرادات اليومية حسب القسم</translation>
    </message>
    <message>
        <source>Revenue by department</source>
        <translation>الإيرادات حسب القسم</translation>
    </message>
    <message>
        <source>Outstanding balances by age</source>
        <translation>الأرصدة المستحقة حسب العمر</translation>
    </message>
    <message>
        <source>Claims by status</source>
        <translation>المطالبات حسب الحالة</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>&amp;Revenue and balances</source>
        <translation>الإيرادات والأرصدة (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Insurance claims</source>
        <translation>مطالبات التأمين (&amp;I)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>Invoiced (net of credit notes)</source>
        <translation>المفوتر (بعد خصم الإشعارات الدائنة)</translation>
    </message>
    <message>
        <source>Patients owe</source>
        <translation>مستحق على المرضى</translation>
    </message>
    <message>
        <source>Insurers owe</source>
        <translation>مستحق على جهات التأمين</translation>
    </message>
    <message>
        <source>{status} ({count})</source>
        <translation>{status} · {count}</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>المطالَب به</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>المعتمد</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <source>Revenue {first}–{last}: &lt;b&gt;{total}&lt;/b&gt; · outstanding now: &lt;b&gt;{outstanding}&lt;/b&gt; · claims: &lt;b&gt;{claims}&lt;/b&gt;</source>
        <translation>الإيرادات {first}–{last}: &lt;b&gt;{total}&lt;/b&gt; · المستحق حاليًا: &lt;b&gt;{outstanding}&lt;/b&gt; · المطالبات: &lt;b&gt;{claims}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Claims approved, % of those decided</source>
        <translation>المطالبات المقبولة، ٪ من المبتّ فيها</translation>
    </message>
    <message>
        <source>Days from sending to payment (average)</source>
        <translation>الأيام من الإرسال حتى الدفع (المتوسط)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>أيام</translation>
    </message>
    <message>
        <source>Refused by the payers, by reason</source>
        <translation>ما رفضته جهات التأمين، حسب السبب</translation>
    </message>
    <message>
        <source>{month} ({count})</source>
        <translation>{month} · {count}</translation>
    </message>
    <message>
        <source>Approved in full</source>
        <translation>مقبولة كليًا</translation>
    </message>
    <message>
        <source>Approved in part</source>
        <translation>مقبولة جزئيًا</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>متوسط الأيام</translation>
    </message>
    <message>
        <source>Refused amount</source>
        <translation>المبلغ المرفوض</translation>
    </message>
    <message>
        <source>Claims decided in the period: &lt;b&gt;{decided}&lt;/b&gt; · refused by reason: &lt;b&gt;{refused}&lt;/b&gt;</source>
        <translation>المطالبات المبتّ فيها خلال الفترة: &lt;b&gt;{decided}&lt;/b&gt; · المرفوض حسب السبب: &lt;b&gt;{refused}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Claims decided in the period: &lt;b&gt;{decided}&lt;/b&gt; · approved in full or in part: &lt;b&gt;{rate} %&lt;/b&gt; · claimed {claimed}, approved {approved} · refused by reason: &lt;b&gt;{refused}&lt;/b&gt;</source>
        <translation>المطالبات المبتّ فيها خلال الفترة: &lt;b&gt;{decided}&lt;/b&gt; · المقبولة كليًا أو جزئيًا: &lt;b&gt;{rate}٪&lt;/b&gt; · المطالَب به {claimed}، المعتمد {approved} · المرفوض حسب السبب: &lt;b&gt;{refused}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>{reason} — %n item(s), {amount}</source>
        <translation>
            <numerusform>{reason} — لا بنود، {amount}</numerusform>
            <numerusform>{reason} — بند واحد، {amount}</numerusform>
            <numerusform>{reason} — بندان، {amount}</numerusform>
            <numerusform>{reason} — %Ln بنود، {amount}</numerusform>
            <numerusform>{reason} — %Ln بندًا، {amount}</numerusform>
            <numerusform>{reason} — %Ln بند، {amount}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing refused in the period.</source>
        <translation>لا مرفوضات خلال الفترة.</translation>
    </message>
</context>
<context>
    <name>Insurance</name>
    <message>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>benefit</source>
        <translation>منفعة</translation>
    </message>
    <message>
        <source>{category}: {left} of {allowed} left</source>
        <translation>{category}: متبقٍ {left} من {allowed}</translation>
    </message>
    <message>
        <source>{category}: {left} left</source>
        <translation>{category}: متبقٍ {left}</translation>
    </message>
    <message>
        <source>{category}: {allowed} allowed, {used} used</source>
        <translation>{category}: مسموح {allowed}، مستخدم {used}</translation>
    </message>
    <message>
        <source>{category}: {allowed} allowed</source>
        <translation>{category}: مسموح {allowed}</translation>
    </message>
    <message>
        <source>{file}: only PDF, PNG, JPEG and text files can be sent to a payer.</source>
        <translation>{file}: لا يُرسل إلى جهة التأمين إلا ملفات PDF وPNG وJPEG والنصوص.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} فارغ.</translation>
    </message>
    <message>
        <source>{file} is {size} MB: at most 3.5 MB of documents go with one answer (scan at a lower resolution, or split it).</source>
        <translation>حجم {file} ‏{size} ميغابايت: والحد الأقصى لمستندات الرد الواحد 3.5 ميغابايت (امسحه بدقة أقل، أو قسّمه).</translation>
    </message>
    <message>
        <source>{file} cannot be read: {error}</source>
        <translation>تعذّرت قراءة {file}: {error}</translation>
    </message>
</context>
<context>
    <name>PayerClaim</name>
    <message>
        <source>Claim {id} · {invoice} · {patient} · {status}</source>
        <translation>المطالبة {id} · {invoice} · {patient} · {status}</translation>
    </message>
    <message>
        <source>Claim {id} · {invoice} · {patient} · {status} · {left} not yet paid</source>
        <translation>المطالبة {id} · {invoice} · {patient} · {status} · {left} غير مدفوع بعد</translation>
    </message>
</context>
<context>
    <name>PayerPaymentDialog</name>
    <message>
        <source>Post the insurer&apos;s payment</source>
        <translation>تسجيل دفعة جهة التأمين</translation>
    </message>
    <message>
        <source>{payer} approved the claim; {amount} of it is not yet paid.</source>
        <translation>قبلت {payer} المطالبة؛ ولم يُدفع منها بعد {amount}.</translation>
    </message>
    <message>
        <source>remittance advice number</source>
        <translation>رقم إشعار الدفع</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>المبلغ ({currency})</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
</context>
<context>
    <name>PayerQueriesWorkspace</name>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>جهة التأمين</translation>
    </message>
    <message>
        <source>About</source>
        <translation>بخصوص</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Documents asked for</source>
        <translation>المستندات المطلوبة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Open and answered</source>
        <translation>المفتوحة والمردود عليها</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>المفتوحة</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>المردود عليها</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>عرض (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>رد… (&amp;A)</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>الاستفسار</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>answered {day}</source>
        <translation>تم الرد في {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n open, {answered} answered.</source>
        <translation>
            <numerusform>لا مفتوح، {answered} مردود عليه.</numerusform>
            <numerusform>واحد مفتوح، {answered} مردود عليه.</numerusform>
            <numerusform>اثنان مفتوحان، {answered} مردود عليه.</numerusform>
            <numerusform>%Ln مفتوحة، {answered} مردود عليه.</numerusform>
            <numerusform>%Ln مفتوحًا، {answered} مردود عليه.</numerusform>
            <numerusform>%Ln مفتوح، {answered} مردود عليه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a query.</source>
        <translation>اختر استفسارًا.</translation>
    </message>
    <message>
        <source>Payer&apos;s reference {reference} · received {when}</source>
        <translation>مرجع جهة التأمين {reference} · ورد في {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Question:&lt;/b&gt; {question}</source>
        <translation>&lt;b&gt;السؤال:&lt;/b&gt; {question}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents asked for:&lt;/b&gt; {documents}</source>
        <translation>&lt;b&gt;المستندات المطلوبة:&lt;/b&gt; {documents}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answered&lt;/b&gt; {when} by {who}: {answer}</source>
        <translation>&lt;b&gt;تم الرد&lt;/b&gt; في {when} بواسطة {who}: {answer}</translation>
    </message>
    <message>
        <source>Sent with: {files}</source>
        <translation>المرفقات: {files}</translation>
    </message>
    <message>
        <source>Answer queued for the payer: the insurance gateway sends it with its documents.</source>
        <translation>الرد في قائمة الإرسال إلى جهة التأمين: ترسله بوابة التأمين مع مستنداته.</translation>
    </message>
    <message>
        <source>Queuing the answer…</source>
        <translation>جارٍ إدراج الرد للإرسال…</translation>
    </message>
</context>
<context>
    <name>PayerQuery</name>
    <message>
        <source>claim {id}</source>
        <translation>المطالبة {id}</translation>
    </message>
    <message>
        <source>pre-authorisation {id}</source>
        <translation>الموافقة المسبقة {id}</translation>
    </message>
</context>
<context>
    <name>PayerRequest</name>
    <message>
        <source>queued {age}, attempt {attempt} failed: {error}</source>
        <translation>في قائمة الإرسال {age}، فشلت المحاولة {attempt}: {error}</translation>
    </message>
    <message>
        <source>queued {age}</source>
        <translation>في قائمة الإرسال {age}</translation>
    </message>
    <message>
        <source>sent, waiting for the payer (sent {age})</source>
        <translation>أُرسل، بانتظار جهة التأمين (أُرسل {age})</translation>
    </message>
    <message>
        <source>answered {age}</source>
        <translation>تم الرد {age}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Take payment</source>
        <translation>تحصيل دفعة</translation>
    </message>
    <message>
        <source>Invoice {invoice}: the patient owes {amount}.</source>
        <translation>الفاتورة {invoice}: المستحق على المريض {amount}.</translation>
    </message>
    <message>
        <source>card authorisation or transfer reference (optional)</source>
        <translation>رقم تفويض البطاقة أو مرجع التحويل (اختياري)</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>طباعة الإيصال</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>المبلغ ({currency})</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
</context>
<context>
    <name>PreauthStatus</name>
    <message>
        <source>requested</source>
        <translation>مطلوبة</translation>
    </message>
    <message>
        <source>pended by the payer</source>
        <translation>معلّقة لدى جهة التأمين</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>موافق عليها</translation>
    </message>
    <message>
        <source>partly approved</source>
        <translation>موافق عليها جزئيًا</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>منتهية الصلاحية</translation>
    </message>
</context>
<context>
    <name>PreauthorizationDialog</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Request a pre-authorisation</source>
        <translation>طلب موافقة مسبقة</translation>
    </message>
    <message>
        <source>name or MRN, then Return</source>
        <translation>الاسم أو رقم الملف الطبي، ثم Enter</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>المريض (&amp;P)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>type to find an item of today&apos;s price list</source>
        <translation>اكتب للبحث عن خدمة في قائمة أسعار اليوم</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>إضافة خدمة (&amp;I)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>إزالة (&amp;V)</translation>
    </message>
    <message>
        <source>I&amp;tem</source>
        <translation>الخدمة (&amp;T)</translation>
    </message>
    <message>
        <source>Clinical reason the payer needs (diagnosis, why these items)</source>
        <translation>المبرر السريري الذي تحتاجه جهة التأمين (التشخيص وسبب هذه الخدمات)</translation>
    </message>
    <message>
        <source>Clinical &amp;reason</source>
        <translation>المبرر السريري (&amp;R)</translation>
    </message>
    <message>
        <source>Not for an admission</source>
        <translation>ليست لتنويم</translation>
    </message>
    <message>
        <source>This admission (#{admission})</source>
        <translation>هذا التنويم (رقم {admission})</translation>
    </message>
    <message>
        <source>A&amp;dmission</source>
        <translation>التنويم (&amp;D)</translation>
    </message>
    <message>
        <source>Send re&amp;quest</source>
        <translation>إرسال الطلب (&amp;Q)</translation>
    </message>
    <message>
        <source>No patient with insurance in force today matches.</source>
        <translation>لا يوجد مريض بتأمين سارٍ اليوم يطابق البحث.</translation>
    </message>
    <message>
        <source>Admission #{admission}: {start} – {end}</source>
        <translation>تنويم رقم {admission}: {start} – {end}</translation>
    </message>
    <message>
        <source>Admission #{admission}: {start} – in hospital</source>
        <translation>تنويم رقم {admission}: {start} – منوَّم حاليًا</translation>
    </message>
    <message>
        <source>Choose an item of today&apos;s price list.</source>
        <translation>اختر خدمة من قائمة أسعار اليوم.</translation>
    </message>
    <message>
        <source>A pre-authorisation asks for at most 50 items.</source>
        <translation>يشمل طلب الموافقة المسبقة 50 خدمة على الأكثر.</translation>
    </message>
    <message>
        <source>Find the patient first (only patients with insurance in force today).</source>
        <translation>ابحث عن المريض أولًا (المرضى ذوو التأمين الساري اليوم فقط).</translation>
    </message>
    <message>
        <source>Add the items the payer should pre-authorise.</source>
        <translation>أضف الخدمات المطلوبة موافقة جهة التأمين المسبقة عليها.</translation>
    </message>
    <message>
        <source>Give the clinical reason for the pre-authorisation.</source>
        <translation>اذكر المبرر السريري لطلب الموافقة المسبقة.</translation>
    </message>
    <message>
        <source>Queuing the pre-authorisation…</source>
        <translation>جارٍ إدراج طلب الموافقة المسبقة للإرسال…</translation>
    </message>
</context>
<context>
    <name>PreauthorizationsWorkspace</name>
    <message>
        <source>Requested</source>
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
        <source>Payer</source>
        <translation>جهة التأمين</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>المبلغ المطلوب</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>المعتمد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Payer reference</source>
        <translation>مرجع جهة التأمين</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>سارية من</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>سارية حتى</translation>
    </message>
    <message>
        <source>#</source>
        <translation>م</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Payer&apos;s reason</source>
        <translation>سبب جهة التأمين</translation>
    </message>
    <message>
        <source>&amp;Request pre-authorisation…</source>
        <translation>طلب موافقة مسبقة… (&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>تحديث (&amp;F)</translation>
    </message>
    <message>
        <source>Pre-authorisation</source>
        <translation>الموافقة المسبقة</translation>
    </message>
    <message>
        <source>{status} (request failed)</source>
        <translation>{status} (فشل الإرسال)</translation>
    </message>
    <message numerus="yes">
        <source>%n pre-authorisation(s), {waiting} waiting for the payer.</source>
        <translation>
            <numerusform>لا موافقات مسبقة، {waiting} بانتظار جهة التأمين.</numerusform>
            <numerusform>موافقة مسبقة واحدة، {waiting} بانتظار جهة التأمين.</numerusform>
            <numerusform>موافقتان مسبقتان، {waiting} بانتظار جهة التأمين.</numerusform>
            <numerusform>%Ln موافقات مسبقة، {waiting} بانتظار جهة التأمين.</numerusform>
            <numerusform>%Ln موافقة مسبقة، {waiting} بانتظار جهة التأمين.</numerusform>
            <numerusform>%Ln موافقة مسبقة، {waiting} بانتظار جهة التأمين.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a pre-authorisation.</source>
        <translation>اختر موافقة مسبقة.</translation>
    </message>
    <message>
        <source> · admission #{admission}</source>
        <translation> · تنويم رقم {admission}</translation>
    </message>
    <message>
        <source>Status {status}</source>
        <translation>الحالة {status}</translation>
    </message>
    <message>
        <source> · payer&apos;s reference {reference}</source>
        <translation> · مرجع جهة التأمين {reference}</translation>
    </message>
    <message>
        <source> · valid {start} – {end}</source>
        <translation> · سارية {start} – {end}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>السبب: {reason}</translation>
    </message>
    <message>
        <source>Payer: {answer}</source>
        <translation>جهة التأمين: {answer}</translation>
    </message>
    <message>
        <source>The request failed: {error}</source>
        <translation>فشل إرسال الطلب: {error}</translation>
    </message>
    <message>
        <source>The payer has not got it. Correct what the reason names, then request a new pre-authorisation.</source>
        <translation>لم تستلمه جهة التأمين. صحّح ما يذكره السبب ثم اطلب موافقة مسبقة جديدة.</translation>
    </message>
    <message>
        <source>Pre-authorisation queued for the payer.</source>
        <translation>طلب الموافقة المسبقة في قائمة الإرسال إلى جهة التأمين.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Give a reason of at least 5 characters.</source>
        <translation>اذكر سببًا من 5 أحرف على الأقل.</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>Reconcile a remittance line</source>
        <translation>مطابقة سطر إشعار دفع</translation>
    </message>
    <message>
        <source>&lt;b&gt;{payer}&lt;/b&gt; remittance {reference}, line {line}: {amount} for “{claim}” — {status}</source>
        <translation>&lt;b&gt;{payer}&lt;/b&gt;، إشعار الدفع {reference}، السطر {line}: {amount} عن «{claim}» — {status}</translation>
    </message>
    <message>
        <source>&amp;Post against claim</source>
        <translation>قيد على المطالبة (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Close with a note (e.g. returned to the payer)</source>
        <translation>إغلاق بملاحظة (مثل: أُعيد إلى جهة التأمين) (&amp;C)</translation>
    </message>
    <message>
        <source>how the line was reconciled (at least 5 characters)</source>
        <translation>كيف طوبق السطر (5 أحرف على الأقل)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>المطالبة</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>ملاحظة (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reconcile</source>
        <translation>مطابقة (&amp;R)</translation>
    </message>
    <message>
        <source>Choose the claim the payment is for.</source>
        <translation>اختر المطالبة التي تخصها الدفعة.</translation>
    </message>
    <message>
        <source>Say how the line was reconciled (at least 5 characters).</source>
        <translation>اذكر كيف طوبق السطر (5 أحرف على الأقل).</translation>
    </message>
</context>
<context>
    <name>RemittanceLineStatus</name>
    <message>
        <source>posted</source>
        <translation>مُقيَّد</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>غير مطابق</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مُغلق</translation>
    </message>
</context>
<context>
    <name>RemittancesWorkspace</name>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>جهة التأمين</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>تاريخ الدفع</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>الأسطر</translation>
    </message>
    <message>
        <source>To reconcile</source>
        <translation>للمطابقة</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Claim reference</source>
        <translation>مرجع المطالبة</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>المطالبة</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>الإيصال</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Re&amp;concile…</source>
        <translation>مطابقة… (&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>تحديث (&amp;F)</translation>
    </message>
    <message>
        <source>Payments announced by the payers, newest first</source>
        <translation>إشعارات الدفع من جهات التأمين، الأحدث أولًا</translation>
    </message>
    <message numerus="yes">
        <source>%n remittance(s); {lines} line(s) to reconcile.</source>
        <translation>
            <numerusform>لا إشعارات دفع؛ {lines} سطر للمطابقة.</numerusform>
            <numerusform>إشعار دفع واحد؛ {lines} سطر للمطابقة.</numerusform>
            <numerusform>إشعارا دفع؛ {lines} سطر للمطابقة.</numerusform>
            <numerusform>%Ln إشعارات دفع؛ {lines} سطر للمطابقة.</numerusform>
            <numerusform>%Ln إشعار دفع؛ {lines} سطر للمطابقة.</numerusform>
            <numerusform>%Ln إشعار دفع؛ {lines} سطر للمطابقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a remittance.</source>
        <translation>اختر إشعار دفع.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{payer}&lt;/b&gt; · {reference} · paid {day} · {amount}</source>
        <translation>&lt;b&gt;{payer}&lt;/b&gt; · {reference} · دُفع في {day} · {amount}</translation>
    </message>
    <message>
        <source>Line posted against the claim.</source>
        <translation>قُيّد السطر على المطالبة.</translation>
    </message>
    <message>
        <source>Line closed with the note.</source>
        <translation>أُغلق السطر بالملاحظة.</translation>
    </message>
</context>
<context>
    <name>RequestKind</name>
    <message>
        <source>Eligibility check</source>
        <translation>التحقق من الأهلية</translation>
    </message>
    <message>
        <source>Pre-authorisation</source>
        <translation>موافقة مسبقة</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>مطالبة</translation>
    </message>
    <message>
        <source>Status enquiry</source>
        <translation>استعلام عن الحالة</translation>
    </message>
    <message>
        <source>Answer to a payer query</source>
        <translation>رد على استفسار جهة التأمين</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>queued</source>
        <translation>في قائمة الإرسال</translation>
    </message>
    <message>
        <source>sent, waiting for the payer</source>
        <translation>أُرسل، بانتظار جهة التأمين</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>تم الرد</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
</context>
</TS>
