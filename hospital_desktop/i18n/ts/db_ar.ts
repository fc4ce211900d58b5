<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>db</name>
    <message>
        <source>Admission {0} already has a discharge summary: edit its draft or amend the signed one.</source>
        <translation>للإدخال {0} ملخص خروج بالفعل: عدّل مسودته أو أضف تعديلًا على النسخة الموقّعة.</translation>
    </message>
    <message>
        <source>An admission comes from the clinic, emergency, elective or transfer_in, not {0}.</source>
        <translation>يأتي الإدخال من العيادة أو الطوارئ أو دخول مجدول أو تحويل وارد (clinic، emergency، elective، transfer_in)، وليس «{0}».</translation>
    </message>
    <message>
        <source>Admission {0} was discharged on {1}.</source>
        <translation>انتهى الإدخال {0} بخروج المريض في {1}.</translation>
    </message>
    <message>
        <source>No admission {0}.</source>
        <translation>لا يوجد الإدخال {0}.</translation>
    </message>
    <message>
        <source>An admission needs a patient and a bed.</source>
        <translation>يحتاج الإدخال إلى مريض وسرير.</translation>
    </message>
    <message>
        <source>No admission with id {0}.</source>
        <translation>لا يوجد إدخال بالمعرّف {0}.</translation>
    </message>
    <message>
        <source>Admission {0} is not on your ward nor your patient&apos;s.</source>
        <translation>الإدخال {0} ليس في جناحك ولا لأحد مرضاك.</translation>
    </message>
    <message>
        <source>An amendment amends a summary of the same admission.</source>
        <translation>يعدّل التعديلُ ملخصًا للإدخال نفسه.</translation>
    </message>
    <message>
        <source>The attending must be an active doctor (staff id {0}).</source>
        <translation>يجب أن يكون الطبيب المعالج طبيبًا على رأس عمله (المعرّف {0}).</translation>
    </message>
    <message>
        <source>A bed becomes occupied or free of a patient only by admission, transfer or discharge.</source>
        <translation>لا يصبح السرير مشغولًا أو شاغرًا إلا بإدخال أو نقل أو خروج.</translation>
    </message>
    <message>
        <source>A bed code is 2 to 32 letters, digits, &quot;-&quot; or &quot;_&quot;, starting with a letter (not &quot;{0}&quot;).</source>
        <translation>رمز السرير من 2 إلى 32 حرفًا أو رقمًا أو «-» أو «_» ويبدأ بحرف (وليس «{0}»).</translation>
    </message>
    <message>
        <source>Bed {0} is {1}; free beds on the ward now: {2}.</source>
        <translation>السرير {0} في حالة «{1}»؛ الأسرّة الشاغرة في الجناح الآن: {2}.</translation>
    </message>
    <message>
        <source>Bed {0} is no longer in use.</source>
        <translation>السرير {0} لم يعد مستخدمًا.</translation>
    </message>
    <message>
        <source>No bed with id {0}.</source>
        <translation>لا يوجد سرير بالمعرّف {0}.</translation>
    </message>
    <message>
        <source>Bed {0} is not on your ward.</source>
        <translation>السرير {0} ليس في جناحك.</translation>
    </message>
    <message>
        <source>Bed {0} is occupied by a patient: transfer or discharge first.</source>
        <translation>السرير {0} يشغله مريض: انقل المريض أو أتمّ خروجه أولًا.</translation>
    </message>
    <message>
        <source>Bed {0} is reserved ({1}): release the reservation first.</source>
        <translation>السرير {0} محجوز ({1}): ألغِ الحجز أولًا.</translation>
    </message>
    <message>
        <source>Bed {0} is {1}: it can be retired only when empty.</source>
        <translation>السرير {0} في حالة «{1}»: لا يمكن سحبه من الخدمة إلا وهو فارغ.</translation>
    </message>
    <message>
        <source>Bed {0} cannot go from {1} to {2}.</source>
        <translation>لا يمكن أن ينتقل السرير {0} من حالة «{1}» إلى حالة «{2}».</translation>
    </message>
    <message>
        <source>Say why the bed is {0}.</source>
        <translation>اذكر سبب انتقال السرير إلى حالة «{0}».</translation>
    </message>
    <message>
        <source>{0} ({1}) is not a ward: beds belong to rooms of departments of kind inpatient.</source>
        <translation>{0} ({1}) ليس جناح تنويم: الأسرّة تتبع غرف أقسام التنويم.</translation>
    </message>
    <message>
        <source>No department with id {0}.</source>
        <translation>لا يوجد قسم بالمعرّف {0}.</translation>
    </message>
    <message>
        <source>Department {0} is not a ward (a department of kind inpatient).</source>
        <translation>القسم {0} ليس جناحًا (قسم تنويم).</translation>
    </message>
    <message>
        <source>A discharge is home, transfer_out, deceased or against_advice, not {0}.</source>
        <translation>يكون الخروج إلى المنزل أو بالتحويل أو بالوفاة أو على مسؤولية المريض (home، transfer_out، deceased، against_advice)، وليس «{0}».</translation>
    </message>
    <message>
        <source>Discharge summary {0} is not of your patient.</source>
        <translation>ملخص الخروج {0} ليس لأحد مرضاك.</translation>
    </message>
    <message>
        <source>A discharge summary is signed with at least its diagnoses and its follow-up.</source>
        <translation>يوقَّع ملخص الخروج وفيه على الأقل التشخيصات وخطة المتابعة.</translation>
    </message>
    <message>
        <source>A discharge summary starts as a draft and is then signed.</source>
        <translation>يبدأ ملخص الخروج مسودةً ثم يوقَّع.</translation>
    </message>
    <message>
        <source>Discharge summary {0} (version {1}) is signed and can never change: write a new version.</source>
        <translation>ملخص الخروج {0} (النسخة {1}) موقّع ولا يمكن تغييره أبدًا: اكتب نسخة جديدة.</translation>
    </message>
    <message>
        <source>Only doctors and admissions staff admit patients.</source>
        <translation>لا يُدخل المرضى إلا الأطباء وموظفو الإدخال.</translation>
    </message>
    <message>
        <source>Only doctors discharge patients.</source>
        <translation>لا يُخرج المرضى إلا الأطباء.</translation>
    </message>
    <message>
        <source>Only doctors hand a patient over to another attending doctor.</source>
        <translation>لا يسلّم المريض إلى طبيب معالج آخر إلا الأطباء.</translation>
    </message>
    <message>
        <source>This dose was already recorded ({0} at {1}).</source>
        <translation>سُجّلت هذه الجرعة من قبل ({0} الساعة {1}).</translation>
    </message>
    <message>
        <source>A dose is given, held or refused, not {0}.</source>
        <translation>تُعطى الجرعة أو تُعلَّق أو يرفضها المريض، وليس «{0}».</translation>
    </message>
    <message>
        <source>The dose of {0} is not due yet (at {1}).</source>
        <translation>لم يحن بعد موعد جرعة {0} (الموعد {1}).</translation>
    </message>
    <message>
        <source>Say why the dose was {0}.</source>
        <translation>اذكر سبب تسجيل الجرعة على أنها «{0}».</translation>
    </message>
    <message>
        <source>Dose record {0} is already marked entered in error.</source>
        <translation>سجل الجرعة {0} معلَّم بالفعل على أنه أُدخل خطأً.</translation>
    </message>
    <message>
        <source>Scan the patient&apos;s wristband before recording the dose.</source>
        <translation>امسح سوار المريض قبل تسجيل الجرعة.</translation>
    </message>
    <message>
        <source>{0} is not a scheduled time of prescription {1}.</source>
        <translation>{0} ليس موعدًا مقررًا للوصفة {1}.</translation>
    </message>
    <message>
        <source>WRONG PATIENT: the wristband scanned ({0}) is not this patient&apos;s; nothing was recorded.</source>
        <translation>مريض خاطئ: السوار الممسوح ({0}) ليس لهذا المريض؛ لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Encounter {0} is the stay of an admitted patient: discharge the patient to close it.</source>
        <translation>الزيارة {0} هي إقامة مريض منوَّم: أتمّ خروج المريض لإغلاقها.</translation>
    </message>
    <message>
        <source>The expected discharge date is before the admission.</source>
        <translation>تاريخ الخروج المتوقع قبل تاريخ الإدخال.</translation>
    </message>
    <message>
        <source>The expected discharge date {0} is in the past.</source>
        <translation>تاريخ الخروج المتوقع {0} قد مضى.</translation>
    </message>
    <message>
        <source>Fluid entry {0} is already marked entered in error.</source>
        <translation>قيد توازن السوائل {0} معلَّم بالفعل على أنه أُدخل خطأً.</translation>
    </message>
    <message>
        <source>A fluid volume is charted within 24 hours of measuring it, and not before the admission.</source>
        <translation>يُسجَّل حجم السوائل خلال 24 ساعة من قياسه، وليس قبل الإدخال.</translation>
    </message>
    <message>
        <source>A fluid volume cannot be measured in the future.</source>
        <translation>لا يمكن أن يكون قياس حجم السوائل في المستقبل.</translation>
    </message>
    <message>
        <source>Only hospital staff post bed-days.</source>
        <translation>لا يسجّل أيام التنويم إلا موظفو المستشفى.</translation>
    </message>
    <message>
        <source>Isolation is none, contact, droplet, airborne or protective, not {0}.</source>
        <translation>العزل: لا شيء أو تلامسي أو رذاذي أو هوائي أو وقائي (none، contact، droplet، airborne، protective)، وليس «{0}».</translation>
    </message>
    <message>
        <source>Marking a dose record entered in error needs a reason of at least 5 characters.</source>
        <translation>لتعليم سجل جرعة على أنه أُدخل خطأً، اذكر سببًا من 5 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Marking a fluid entry entered in error needs a reason of at least 5 characters.</source>
        <translation>لتعليم قيد توازن سوائل على أنه أُدخل خطأً، اذكر سببًا من 5 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Name the attending doctor.</source>
        <translation>حدّد الطبيب المعالج.</translation>
    </message>
    <message>
        <source>No dose record {0} on your ward.</source>
        <translation>لا يوجد سجل جرعة {0} في جناحك.</translation>
    </message>
    <message>
        <source>No fluid entry {0} on your ward.</source>
        <translation>لا يوجد قيد توازن سوائل {0} في جناحك.</translation>
    </message>
    <message>
        <source>No prescription {0} of a patient on your ward.</source>
        <translation>لا توجد الوصفة {0} لمريض في جناحك.</translation>
    </message>
    <message>
        <source>No price for {0} valid on {1}: the bed-day cannot be charged.</source>
        <translation>لا يوجد سعر لـ {0} ساري في {1}: لا يمكن احتساب يوم التنويم.</translation>
    </message>
    <message>
        <source>No stay {0} on your ward.</source>
        <translation>لا توجد إقامة {0} في جناحك.</translation>
    </message>
    <message>
        <source>Only nurses and doctors chart fluids.</source>
        <translation>لا يسجّل توازن السوائل إلا الممرضون والأطباء.</translation>
    </message>
    <message>
        <source>Only nurses and doctors correct the chart.</source>
        <translation>لا يصحّح السجل التمريضي إلا الممرضون والأطباء.</translation>
    </message>
    <message>
        <source>Only nurses and doctors record doses.</source>
        <translation>لا يسجّل الجرعات إلا الممرضون والأطباء.</translation>
    </message>
    <message>
        <source>Patient {0} is already admitted (admission {1}, since {2}).</source>
        <translation>المريض {0} منوَّم بالفعل (الإدخال {1}، منذ {2}).</translation>
    </message>
    <message>
        <source>The patient already lies in this bed.</source>
        <translation>المريض يشغل هذا السرير بالفعل.</translation>
    </message>
    <message>
        <source>The patient was discharged on {0}.</source>
        <translation>خرج المريض في {0}.</translation>
    </message>
    <message>
        <source>The patient was discharged: the fluid chart of the stay is closed.</source>
        <translation>خرج المريض: أُغلق سجل توازن السوائل لهذه الإقامة.</translation>
    </message>
    <message>
        <source>Patient {0} was merged into patient {1}: admit the surviving record.</source>
        <translation>دُمج المريض {0} في المريض {1}: أدخِل السجل الباقي.</translation>
    </message>
    <message>
        <source>Only the ward&apos;s clinicians change the plan.</source>
        <translation>لا يغيّر الخطة إلا الأطباء والممرضون في الجناح.</translation>
    </message>
    <message>
        <source>Prescription {0} is {1}.</source>
        <translation>الوصفة {0} في حالة «{1}».</translation>
    </message>
    <message>
        <source>A room code is 2 to 32 letters, digits, &quot;-&quot; or &quot;_&quot;, starting with a letter (not &quot;{0}&quot;).</source>
        <translation>رمز الغرفة من 2 إلى 32 حرفًا أو رقمًا أو «-» أو «_» ويبدأ بحرف (وليس «{0}»).</translation>
    </message>
    <message>
        <source>Room {0} is deactivated: reactivate the room before adding or reactivating its beds.</source>
        <translation>الغرفة {0} معطّلة: أعد تفعيلها قبل إضافة أسرّتها أو إعادة تفعيلها.</translation>
    </message>
    <message>
        <source>Room {0} still has {1} bed(s) in use ({2}): deactivate its beds first.</source>
        <translation>في الغرفة {0} ما زال {1} سرير مستخدم ({2}): عطّل أسرّتها أولًا.</translation>
    </message>
    <message>
        <source>Room {0} is not on that ward: a bed lies on the ward of its room.</source>
        <translation>الغرفة {0} ليست في ذلك الجناح: السرير يتبع جناح غرفته.</translation>
    </message>
    <message>
        <source>{0} ({1}) is not a ward: rooms and beds belong to departments of kind inpatient.</source>
        <translation>{0} ({1}) ليس جناح تنويم: الغرف والأسرّة تتبع أقسام التنويم.</translation>
    </message>
    <message>
        <source>Say which admission.</source>
        <translation>حدّد الإدخال.</translation>
    </message>
    <message>
        <source>Say which bed.</source>
        <translation>حدّد السرير.</translation>
    </message>
    <message>
        <source>Say which bed the patient moves to.</source>
        <translation>حدّد السرير الذي ينتقل إليه المريض.</translation>
    </message>
    <message>
        <source>Say which scheduled dose of {0} this is.</source>
        <translation>حدّد أي جرعة مقررة من {0} هذه.</translation>
    </message>
    <message>
        <source>Say why the patient is admitted (at least 3 characters).</source>
        <translation>اذكر سبب إدخال المريض (3 أحرف على الأقل).</translation>
    </message>
    <message>
        <source>Say why the patient moves (at least 3 characters).</source>
        <translation>اذكر سبب نقل المريض (3 أحرف على الأقل).</translation>
    </message>
    <message>
        <source>Sign the discharge summary before discharging the patient {0}.</source>
        <translation>وقّع ملخص الخروج قبل إخراج المريض ({0}).</translation>
    </message>
    <message>
        <source>Version {0} is not the latest: amend the latest version.</source>
        <translation>النسخة {0} ليست الأحدث: عدّل النسخة الأحدث.</translation>
    </message>
    <message>
        <source>Version {0} is still a draft: edit it instead of amending it.</source>
        <translation>النسخة {0} ما زالت مسودة: حرّرها بدلًا من تعديلها.</translation>
    </message>
    <message>
        <source>Ward {0} is closed: reopen it before adding or reactivating rooms.</source>
        <translation>الجناح {0} مغلق: أعد فتحه قبل إضافة غرف أو إعادة تفعيلها.</translation>
    </message>
    <message>
        <source>Ward {0} is closed: reopen it before adding or reactivating beds.</source>
        <translation>الجناح {0} مغلق: أعد فتحه قبل إضافة أسرّة أو إعادة تفعيلها.</translation>
    </message>
    <message>
        <source>Ward {0} still has {1} room(s) in use ({2}): deactivate its rooms and beds first.</source>
        <translation>في الجناح {0} ما زالت {1} غرفة مستخدمة ({2}): عطّل غرفه وأسرّته أولًا.</translation>
    </message>
    <message>
        <source>Ward {0} still has {1} room(s) in use ({2}): deactivate its rooms and beds first before it becomes {3}.</source>
        <translation>في الجناح {0} ما زالت {1} غرفة مستخدمة ({2}): عطّل غرفه وأسرّته أولًا قبل أن يتحوّل إلى النوع «{3}».</translation>
    </message>
    <message>
        <source>Only ward nurses, admissions staff and administrators change bed states.</source>
        <translation>لا يغيّر حالة الأسرّة إلا ممرضو الجناح وموظفو الإدخال والمسؤولون.</translation>
    </message>
    <message>
        <source>Only ward staff, doctors and admissions staff transfer patients.</source>
        <translation>لا ينقل المرضى إلا موظفو الجناح والأطباء وموظفو الإدخال.</translation>
    </message>
    <message>
        <source>audit.{0} is append-only: {1} is not allowed.</source>
        <translation>audit.{0} يقبل الإضافة فقط: العملية {1} غير مسموح بها.</translation>
    </message>
    <message>
        <source>No emergency access grant {0}.</source>
        <translation>لا يوجد وصول طارئ {0}.</translation>
    </message>
    <message>
        <source>You cannot review your own actions; another auditor must.</source>
        <translation>لا يمكنك مراجعة إجراءاتك بنفسك؛ يجب أن يراجعها مدقق آخر.</translation>
    </message>
    <message>
        <source>Say how many events to seal (0 or more).</source>
        <translation>حدّد عدد الأحداث المطلوب ختمها (0 أو أكثر).</translation>
    </message>
    <message>
        <source>No staff change {0}.</source>
        <translation>لا يوجد تغيير على الموظفين {0}.</translation>
    </message>
    <message>
        <source>An adjustment is a discount or a correction, not {0}.</source>
        <translation>التسوية خصم أو تصحيح، وليست «{0}».</translation>
    </message>
    <message>
        <source>An adjustment needs a reason of at least 5 characters.</source>
        <translation>تحتاج التسوية إلى سبب من 5 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The adjustment would make charge {0} negative ({1} {2} left).</source>
        <translation>ستجعل التسوية البند {0} سالبًا (سيتبقى {1} {2}).</translation>
    </message>
    <message>
        <source>{0} must be a positive amount.</source>
        <translation>يجب أن يكون {0} مبلغًا موجبًا.</translation>
    </message>
    <message>
        <source>{0} is too large ({1}).</source>
        <translation>{0} كبير جدًا ({1}).</translation>
    </message>
    <message>
        <source>{0} has more than two decimals ({1}).</source>
        <translation>{0} فيه أكثر من منزلتين عشريتين ({1}).</translation>
    </message>
    <message>
        <source>An answer &quot;{0}&quot; cannot approve {1} of a claim of {2}.</source>
        <translation>لا يمكن للرد «{0}» أن يوافق على {1} من مطالبة قيمتها {2}.</translation>
    </message>
    <message>
        <source>The answer names item {0} that the claim does not have, or approves more than claimed.</source>
        <translation>يذكر الرد البند {0} غير الموجود في المطالبة، أو يوافق على أكثر من المطلوب.</translation>
    </message>
    <message>
        <source>The answer is not a FHIR ClaimResponse.</source>
        <translation>الرد ليس ClaimResponse بصيغة FHIR.</translation>
    </message>
    <message>
        <source>Only billing staff do this.</source>
        <translation>لا يقوم بهذا إلا موظفو الفوترة.</translation>
    </message>
    <message>
        <source>Cancelling a coverage needs a reason of at least 5 characters.</source>
        <translation>يحتاج إلغاء التغطية إلى سبب من 5 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>A cash close is for today or an earlier day.</source>
        <translation>يكون إقفال الصندوق لليوم أو ليوم سابق.</translation>
    </message>
    <message>
        <source>Charge {0} is already on an issued invoice and cannot be invoiced.</source>
        <translation>البند {0} مدرج بالفعل في فاتورة صادرة ولا يمكن فوترته.</translation>
    </message>
    <message>
        <source>Charge {0} belongs to another patient.</source>
        <translation>البند {0} يخص مريضًا آخر.</translation>
    </message>
    <message>
        <source>A charge goes from open to invoiced (and back when its invoice is voided) or void, not {0} to {1}.</source>
        <translation>ينتقل البند من مفتوح إلى مفوتر (ويعود عند إلغاء فاتورته) أو إلى ملغى، وليس من «{0}» إلى «{1}».</translation>
    </message>
    <message>
        <source>Charge {0} is invoiced by issuing an invoice for it (billing.issue_invoice).</source>
        <translation>يُفوتر البند {0} بإصدار فاتورة له (billing.issue_invoice).</translation>
    </message>
    <message>
        <source>Charge {0} is on an issued invoice: void the invoice first.</source>
        <translation>البند {0} مدرج في فاتورة صادرة: ألغِ الفاتورة أولًا.</translation>
    </message>
    <message>
        <source>Charge {0} is on an issued invoice: void the invoice to reopen it.</source>
        <translation>البند {0} مدرج في فاتورة صادرة: ألغِ الفاتورة لإعادة فتحه.</translation>
    </message>
    <message>
        <source>The charge list names a charge twice (or is empty).</source>
        <translation>تذكر القائمة البند نفسه مرتين (أو أنها فارغة).</translation>
    </message>
    <message>
        <source>No charge with id {0}.</source>
        <translation>لا يوجد بند بالمعرّف {0}.</translation>
    </message>
    <message>
        <source>Charge {0} is {1} and cannot be invoiced.</source>
        <translation>البند {0} في حالة «{1}» ولا يمكن فوترته.</translation>
    </message>
    <message>
        <source>Charge {0} is {1}: only open charges are adjusted (void its invoice first).</source>
        <translation>البند {0} في حالة «{1}»: لا تُسوّى إلا البنود المفتوحة (ألغِ فاتورته أولًا).</translation>
    </message>
    <message>
        <source>Charge {0} is void and cannot change.</source>
        <translation>البند {0} ملغى ولا يمكن تغييره.</translation>
    </message>
    <message>
        <source>A claim answer is approved, partial or rejected, not {0}.</source>
        <translation>الرد على المطالبة موافقة أو جزئي أو رفض (approved، partial، rejected)، وليس «{0}».</translation>
    </message>
    <message>
        <source>No claim with id {0}.</source>
        <translation>لا توجد مطالبة بالمعرّف {0}.</translation>
    </message>
    <message>
        <source>Claim {0} is {1}: the payer pays approved claims only.</source>
        <translation>المطالبة {0} في حالة «{1}»: لا تدفع الجهة الدافعة إلا المطالبات الموافق عليها.</translation>
    </message>
    <message>
        <source>Claim {0} is {1}: only a submitted claim receives an answer.</source>
        <translation>المطالبة {0} في حالة «{1}»: لا يتلقى ردًا إلا مطالبة مرسلة.</translation>
    </message>
    <message>
        <source>A correction is a non-zero amount with at most two decimals.</source>
        <translation>التصحيح مبلغ غير صفري بمنزلتين عشريتين على الأكثر.</translation>
    </message>
    <message>
        <source>The correction is too large ({0}).</source>
        <translation>التصحيح كبير جدًا ({0}).</translation>
    </message>
    <message>
        <source>The counted cash is an amount of zero or more with at most two decimals.</source>
        <translation>النقد المعدود مبلغ صفر أو أكثر بمنزلتين عشريتين على الأكثر.</translation>
    </message>
    <message>
        <source>The counted cash ({0}) differs from the expected cash ({1}) by {2}: explain the difference in a note.</source>
        <translation>النقد المعدود ({0}) يختلف عن النقد المتوقع ({1}) بمقدار {2}: اشرح الفرق في ملاحظة.</translation>
    </message>
    <message>
        <source>The counted cash is too large ({0}).</source>
        <translation>النقد المعدود كبير جدًا ({0}).</translation>
    </message>
    <message>
        <source>Coverage {0} is cancelled.</source>
        <translation>التغطية {0} ملغاة.</translation>
    </message>
    <message>
        <source>Coverage {0} is cancelled and cannot change.</source>
        <translation>التغطية {0} ملغاة ولا يمكن تغييرها.</translation>
    </message>
    <message>
        <source>Coverage {0} is not the patient&apos;s.</source>
        <translation>التغطية {0} ليست لهذا المريض.</translation>
    </message>
    <message>
        <source>{0} is a credit note: it cannot be voided.</source>
        <translation>{0} إشعار دائن: لا يمكن إلغاؤه.</translation>
    </message>
    <message>
        <source>Financial reports are for billing and administration.</source>
        <translation>التقارير المالية مخصصة للفوترة والإدارة.</translation>
    </message>
    <message>
        <source>Invoice {0} already has a claim.</source>
        <translation>للفاتورة {0} مطالبة بالفعل.</translation>
    </message>
    <message>
        <source>Invoice {0} is already void.</source>
        <translation>الفاتورة {0} ملغاة بالفعل.</translation>
    </message>
    <message>
        <source>Invoice {0} has a claim waiting for the payer&apos;s answer: void it once the claim is answered.</source>
        <translation>للفاتورة {0} مطالبة بانتظار رد الجهة الدافعة: ألغِها بعد الرد على المطالبة.</translation>
    </message>
    <message>
        <source>Invoice {0} has no payer share to claim.</source>
        <translation>ليس في الفاتورة {0} حصة على الجهة الدافعة للمطالبة بها.</translation>
    </message>
    <message>
        <source>No invoice with id {0}.</source>
        <translation>لا توجد فاتورة بالمعرّف {0}.</translation>
    </message>
    <message>
        <source>The invoice note is longer than 500 characters.</source>
        <translation>ملاحظة الفاتورة أطول من 500 حرف.</translation>
    </message>
    <message>
        <source>Invoice {0} has payments of {1} {2}: refund them before voiding it.</source>
        <translation>على الفاتورة {0} دفعات بقيمة {1} {2}: ردّها قبل إلغاء الفاتورة.</translation>
    </message>
    <message>
        <source>Invoice {0} is void.</source>
        <translation>الفاتورة {0} ملغاة.</translation>
    </message>
    <message>
        <source>Invoice {0} is void: nothing to pay.</source>
        <translation>الفاتورة {0} ملغاة: لا شيء للدفع.</translation>
    </message>
    <message>
        <source>The items approve {0} but the answer approves {1}.</source>
        <translation>توافق البنود على {0} لكن الرد يوافق على {1}.</translation>
    </message>
    <message>
        <source>No price for {0} valid on {1}: the consultation of encounter {2} cannot be charged.</source>
        <translation>لا يوجد سعر لـ {0} ساري في {1}: لا يمكن احتساب استشارة الزيارة {2}.</translation>
    </message>
    <message>
        <source>The patient owes {0} {1} on invoice {2}: {3} is too much.</source>
        <translation>على المريض {0} {1} في الفاتورة {2}: المبلغ {3} أكثر من المستحق.</translation>
    </message>
    <message>
        <source>A patient pays by cash, card or bank transfer, not {0}.</source>
        <translation>يدفع المريض نقدًا أو بالبطاقة أو بالتحويل المصرفي، وليس «{0}».</translation>
    </message>
    <message>
        <source>The payer approved {0} {1} and has paid {2}: {3} is too much.</source>
        <translation>وافقت الجهة الدافعة على {0} {1} ودفعت {2}: المبلغ {3} أكثر من المستحق.</translation>
    </message>
    <message>
        <source>Payment {0} is a payer&apos;s payment and cannot be refunded here.</source>
        <translation>الدفعة {0} من جهة دافعة ولا يمكن ردّها هنا.</translation>
    </message>
    <message>
        <source>Only {0} {1} of payment {2} is left to refund.</source>
        <translation>لم يتبقَّ للرد من الدفعة {2} إلا {0} {1}.</translation>
    </message>
    <message>
        <source>No payment with id {0}.</source>
        <translation>لا توجد دفعة بالمعرّف {0}.</translation>
    </message>
    <message>
        <source>The payment reference is longer than 100 characters.</source>
        <translation>مرجع الدفعة أطول من 100 حرف.</translation>
    </message>
    <message>
        <source>A refund needs a reason of at least 5 characters.</source>
        <translation>يحتاج الاسترداد إلى سبب من 5 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Payment {0} is a refund and cannot be refunded here.</source>
        <translation>الدفعة {0} استرداد ولا يمكن ردّها.</translation>
    </message>
    <message>
        <source>A report period is from a day to a later day, at most ten years.</source>
        <translation>فترة التقرير من يوم إلى يوم لاحق، لمدة عشر سنوات على الأكثر.</translation>
    </message>
    <message>
        <source>Select at least one charge to invoice.</source>
        <translation>اختر بندًا واحدًا على الأقل لفوترته.</translation>
    </message>
    <message>
        <source>The selected charges are in different currencies: invoice them separately.</source>
        <translation>البنود المختارة بعملات مختلفة: افصل فواتيرها.</translation>
    </message>
    <message>
        <source>A void reason is given when voiding a charge.</source>
        <translation>يُذكر سبب الإلغاء عند إلغاء البند.</translation>
    </message>
    <message>
        <source>Voiding a charge needs a reason of at least 5 characters.</source>
        <translation>يحتاج إلغاء البند إلى سبب من 5 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Voiding an invoice needs a reason of at least 5 characters.</source>
        <translation>يحتاج إلغاء الفاتورة إلى سبب من 5 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Your cash for {0} is already closed.</source>
        <translation>صندوقك ليوم {0} مقفل بالفعل.</translation>
    </message>
    <message>
        <source>Your cash for {0} is closed: no more payments can be taken that day.</source>
        <translation>صندوقك ليوم {0} مقفل: لا يمكن قبض دفعات أخرى في ذلك اليوم.</translation>
    </message>
    <message>
        <source>Allergy {0} was entered in error and cannot change.</source>
        <translation>أُدخلت الحساسية {0} خطأً ولا يمكن تغييرها.</translation>
    </message>
    <message>
        <source>Changing an allergy to {0} needs a reason of at least 5 characters.</source>
        <translation>لنقل الحساسية إلى حالة «{0}»، اذكر سببًا من 5 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Only an amendment has an amendment reason.</source>
        <translation>لا يكون سبب التعديل إلا للتعديل.</translation>
    </message>
    <message>
        <source>An amendment belongs to the encounter of the note it corrects (encounter {0}).</source>
        <translation>ينتمي التعديل إلى زيارة الملاحظة التي يصححها (الزيارة {0}).</translation>
    </message>
    <message>
        <source>An amendment names the note it corrects (amends_id).</source>
        <translation>يذكر التعديل الملاحظة التي يصححها (amends_id).</translation>
    </message>
    <message>
        <source>An amendment needs a reason of at least 5 characters.</source>
        <translation>يحتاج التعديل إلى سبب من 5 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>An amendment must be for a note of the same patient (note {0} belongs to another patient).</source>
        <translation>يجب أن يخص التعديل ملاحظة للمريض نفسه (الملاحظة {0} تخص مريضًا آخر).</translation>
    </message>
    <message>
        <source>Diagnosis {0} was entered in error and cannot change.</source>
        <translation>أُدخل التشخيص {0} خطأً ولا يمكن تغييره.</translation>
    </message>
    <message>
        <source>A diagnosis is only ever marked entered_in_error.</source>
        <translation>لا يُعلَّم التشخيص إلا على أنه أُدخل خطأً.</translation>
    </message>
    <message>
        <source>A diagnosis can only go from provisional to confirmed.</source>
        <translation>لا ينتقل التشخيص إلا من مبدئي إلى مؤكد.</translation>
    </message>
    <message>
        <source>Only a doctor or nurse caring for patient {0} can record &quot;no known allergies&quot;.</source>
        <translation>لا يسجّل «لا حساسية معروفة» إلا طبيب أو ممرض يعالج المريض {0}.</translation>
    </message>
    <message>
        <source>Only doctors close encounters.</source>
        <translation>لا يغلق الزيارات إلا الأطباء.</translation>
    </message>
    <message>
        <source>Encounter {0} already has a primary diagnosis ({1}): add this one as secondary, or mark that one entered in error first.</source>
        <translation>للزيارة {0} تشخيص رئيسي بالفعل ({1}): أضف هذا تشخيصًا ثانويًا، أو علّم ذاك أولًا على أنه أُدخل خطأً.</translation>
    </message>
    <message>
        <source>Encounter {0} is already {1}.</source>
        <translation>الزيارة {0} في حالة «{1}» بالفعل.</translation>
    </message>
    <message>
        <source>Encounter {0} is {1}: no new {2} can be added (amend one of its notes instead).</source>
        <translation>الزيارة {0} في حالة «{1}»: لا يمكن إضافة {2} جديدة (عدّل إحدى ملاحظاتها بدلًا من ذلك).</translation>
    </message>
    <message>
        <source>Encounter {0} is neither yours nor your department&apos;s.</source>
        <translation>الزيارة {0} ليست لك ولا لقسمك.</translation>
    </message>
    <message>
        <source>Encounter {0} has no SOAP note: write the consultation note before closing it.</source>
        <translation>ليس للزيارة {0} ملاحظة SOAP: اكتب ملاحظة الاستشارة قبل إغلاقها.</translation>
    </message>
    <message>
        <source>No encounter with id {0}.</source>
        <translation>لا توجد زيارة بالمعرّف {0}.</translation>
    </message>
    <message>
        <source>Encounter {0} is {1} and cannot be changed.</source>
        <translation>الزيارة {0} في حالة «{1}» ولا يمكن تغييرها.</translation>
    </message>
    <message>
        <source>An error reason goes with entered_in_error only.</source>
        <translation>لا يكون سبب الخطأ إلا مع حالة «أُدخل خطأً».</translation>
    </message>
    <message>
        <source>Marking a diagnosis entered in error needs a reason of at least 5 characters.</source>
        <translation>لتعليم تشخيص على أنه أُدخل خطأً، اذكر سببًا من 5 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Marking a problem entered in error needs a reason of at least 5 characters.</source>
        <translation>لتعليم مشكلة على أنها أُدخلت خطأً، اذكر سببًا من 5 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Marking a vital sign entered in error needs a reason of at least 5 characters.</source>
        <translation>لتعليم علامة حيوية على أنها أُدخلت خطأً، اذكر سببًا من 5 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>A new diagnosis is active.</source>
        <translation>التشخيص الجديد نشط.</translation>
    </message>
    <message>
        <source>A new problem is active.</source>
        <translation>المشكلة الجديدة نشطة.</translation>
    </message>
    <message>
        <source>A new vital sign is final.</source>
        <translation>العلامة الحيوية الجديدة نهائية.</translation>
    </message>
    <message>
        <source>No note {0} that you may amend.</source>
        <translation>لا توجد ملاحظة {0} يمكنك تعديلها.</translation>
    </message>
    <message>
        <source>Note {0} is itself an amendment: amend the original note {1}.</source>
        <translation>الملاحظة {0} هي نفسها تعديل: عدّل الملاحظة الأصلية {1}.</translation>
    </message>
    <message>
        <source>Nurses write nursing notes (and amend nursing notes), not {0} notes.</source>
        <translation>يكتب الممرضون ملاحظات تمريضية (ويعدّلون ملاحظات تمريضية)، لا ملاحظات من نوع «{0}».</translation>
    </message>
    <message>
        <source>Nursing notes are written by nurses.</source>
        <translation>يكتب الملاحظات التمريضية الممرضون.</translation>
    </message>
    <message>
        <source>The onset of a problem ({0}) cannot be in the future.</source>
        <translation>لا يمكن أن تكون بداية المشكلة ({0}) في المستقبل.</translation>
    </message>
    <message>
        <source>An open encounter has no end time: close it with clinical.close_encounter({0}).</source>
        <translation>ليس للزيارة المفتوحة وقت انتهاء: أغلقها باستخدام clinical.close_encounter({0}).</translation>
    </message>
    <message>
        <source>Patient {0} has active allergies ({1}): &quot;no known allergies&quot; cannot be recorded.</source>
        <translation>لدى المريض {0} حساسيات نشطة ({1}): لا يمكن تسجيل «لا حساسية معروفة».</translation>
    </message>
    <message>
        <source>Problem {0} was entered in error and cannot change.</source>
        <translation>أُدخلت المشكلة {0} خطأً ولا يمكن تغييرها.</translation>
    </message>
    <message>
        <source>Say what the patient is allergic to (substance or substance_code).</source>
        <translation>اذكر ما يتحسس منه المريض (substance أو substance_code).</translation>
    </message>
    <message>
        <source>A status reason is given with a change of status.</source>
        <translation>يُذكر سبب الحالة مع تغيير الحالة.</translation>
    </message>
    <message>
        <source>An uncoded allergy needs its category (drug, food, environment or other).</source>
        <translation>تحتاج الحساسية غير المرمّزة إلى فئتها (دواء أو طعام أو بيئة أو غير ذلك).</translation>
    </message>
    <message>
        <source>Unknown substance code &quot;{0}&quot; (see clinical.allergy_substance).</source>
        <translation>رمز مادة غير معروف «{0}» (انظر clinical.allergy_substance).</translation>
    </message>
    <message>
        <source>Unknown vital sign kind &quot;{0}&quot; (one of: {1}).</source>
        <translation>نوع علامة حيوية غير معروف «{0}» (أحد: {1}).</translation>
    </message>
    <message>
        <source>Vital sign {0} is already marked entered in error.</source>
        <translation>العلامة الحيوية {0} معلَّمة بالفعل على أنها أُدخلت خطأً.</translation>
    </message>
    <message>
        <source>A vital sign is only ever marked entered_in_error.</source>
        <translation>لا تُعلَّم العلامة الحيوية إلا على أنها أُدخلت خطأً.</translation>
    </message>
    <message>
        <source>{0} of {1} {2} is not plausible: the plausible range is {3} to {4} {5}.</source>
        <translation>{0} بقيمة {1} {2} غير معقول: النطاق المعقول من {3} إلى {4} {5}.</translation>
    </message>
    <message>
        <source>A vital sign cannot be measured in the future ({0}).</source>
        <translation>لا يمكن قياس علامة حيوية في المستقبل ({0}).</translation>
    </message>
    <message>
        <source>{0} is recorded in {1}, not in {2}.</source>
        <translation>يُسجَّل {0} بوحدة {1}، وليس {2}.</translation>
    </message>
    <message>
        <source>Only an administrator manages staff.</source>
        <translation>لا يدير الموظفين إلا المسؤول.</translation>
    </message>
    <message>
        <source>Only administrators and auditors see this.</source>
        <translation>مخصص للمسؤولين والمدققين فقط.</translation>
    </message>
    <message>
        <source>Only doctors and nurses may open a chart in an emergency.</source>
        <translation>لا يفتح ملفًا في حالة طارئة إلا الأطباء والممرضون.</translation>
    </message>
    <message>
        <source>Say why the chart is opened.</source>
        <translation>اذكر سبب فتح الملف.</translation>
    </message>
    <message>
        <source>Only active staff open charts.</source>
        <translation>لا يفتح الملفات إلا الموظفون على رأس عملهم.</translation>
    </message>
    <message>
        <source>{0} must be a day between the years 1800 and 2999.</source>
        <translation>يجب أن يكون {0} يومًا بين عامَي 1800 و2999.</translation>
    </message>
    <message>
        <source>Department {0} is closed.</source>
        <translation>القسم {0} مغلق.</translation>
    </message>
    <message>
        <source>Unknown department code {0}.</source>
        <translation>رمز قسم غير معروف {0}.</translation>
    </message>
    <message>
        <source>An emergency access needs a reason of at least 10 characters.</source>
        <translation>يحتاج الوصول الطارئ إلى سبب من 10 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The full name must have 1 to 200 characters.</source>
        <translation>يجب أن يتكون الاسم الكامل من 1 إلى 200 حرف.</translation>
    </message>
    <message>
        <source>Granting yourself a role needs a reason of at least 10 characters; it is flagged for the auditor.</source>
        <translation>لمنح نفسك دورًا، اذكر سببًا من 10 أحرف على الأقل؛ سيُنبَّه المدقق إلى ذلك.</translation>
    </message>
    <message>
        <source>Only the hospital group roles can be granted, not {0}.</source>
        <translation>لا يمكن منح إلا أدوار مجموعات المستشفى، وليس {0}.</translation>
    </message>
    <message>
        <source>Only an active staff member chooses their language here.</source>
        <translation>لا يختار لغته هنا إلا موظف على رأس عمله.</translation>
    </message>
    <message>
        <source>A database login named {0} already exists.</source>
        <translation>يوجد بالفعل حساب دخول باسم {0} في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>A failed login cannot be in the future ({0}).</source>
        <translation>لا يمكن أن تكون محاولة الدخول الفاشلة في المستقبل ({0}).</translation>
    </message>
    <message>
        <source>A failed login needs the user name, the time and the server&apos;s session id.</source>
        <translation>تحتاج محاولة الدخول الفاشلة إلى اسم المستخدم والوقت ومعرّف جلسة الخادم.</translation>
    </message>
    <message>
        <source>Only the login guard records failed logins.</source>
        <translation>لا يسجّل محاولات الدخول الفاشلة إلا حارس الدخول.</translation>
    </message>
    <message>
        <source>Login {0} holds an owner role and is not managed from the admin workstation.</source>
        <translation>الحساب {0} يحمل دور المالك ولا يُدار من محطة الإدارة.</translation>
    </message>
    <message>
        <source>There is no database login {0}.</source>
        <translation>لا يوجد حساب دخول {0} في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Login {0} is a privileged database role and is not managed from the admin workstation.</source>
        <translation>الحساب {0} دور مميز في قاعدة البيانات ولا يُدار من محطة الإدارة.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account; ask another administrator.</source>
        <translation>لا يمكنك تعطيل حسابك بنفسك؛ اطلب ذلك من مسؤول آخر.</translation>
    </message>
    <message>
        <source>You cannot remove your own administrator role; ask another administrator.</source>
        <translation>لا يمكنك إزالة دور المسؤول عن نفسك؛ اطلب ذلك من مسؤول آخر.</translation>
    </message>
    <message>
        <source>Change your own password with &quot;Change my password&quot;, not with a reset.</source>
        <translation>غيّر كلمة مرورك من «تغيير كلمة المرور»، لا بإعادة التعيين.</translation>
    </message>
    <message>
        <source>Another administrator removes your second factor.</source>
        <translation>يزيل عاملَ التحقق الثاني الخاص بك مسؤولٌ آخر.</translation>
    </message>
    <message>
        <source>Only an active staff member changes their password here.</source>
        <translation>لا يغيّر كلمة مروره هنا إلا موظف على رأس عمله.</translation>
    </message>
    <message>
        <source>A password must be sent as a SCRAM-SHA-256 verifier computed by the client, never in clear.</source>
        <translation>يجب إرسال كلمة المرور على شكل مُحقِّق SCRAM-SHA-256 يحسبه العميل، وليس نصًا صريحًا أبدًا.</translation>
    </message>
    <message>
        <source>No patient with id {0}.</source>
        <translation>لا يوجد مريض بالمعرّف {0}.</translation>
    </message>
    <message>
        <source>Give a reason of at least {0} characters (it goes into the audit trail).</source>
        <translation>اذكر سببًا من {0} أحرف على الأقل (يُسجَّل في سجل التدقيق).</translation>
    </message>
    <message>
        <source>Unknown role {0}: choose from {1}.</source>
        <translation>دور غير معروف {0}: اختر من {1}.</translation>
    </message>
    <message>
        <source>Only an active, unlocked staff login enters a second-factor code.</source>
        <translation>لا يُدخل رمز عامل التحقق الثاني إلا حساب موظف على رأس عمله وغير مقفل.</translation>
    </message>
    <message>
        <source>The code does not match: scan the QR code again and type the 6 digits the app shows now.</source>
        <translation>الرمز غير مطابق: امسح رمز QR مرة أخرى واكتب الأرقام الستة التي يعرضها التطبيق الآن.</translation>
    </message>
    <message>
        <source>No second factor is set up for your login.</source>
        <translation>لم يُعدّ عامل تحقق ثانٍ لحسابك.</translation>
    </message>
    <message>
        <source>An authenticator secret has 20 to 64 random bytes.</source>
        <translation>سرّ المصادقة من 20 إلى 64 بايتًا عشوائيًا.</translation>
    </message>
    <message>
        <source>The break-glass duration must be between 0.25 and 72 hours.</source>
        <translation>يجب أن تكون مدة الوصول الطارئ بين 0.25 و72 ساعة.</translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO 4217 code such as GBP, EUR or USD.</source>
        <translation>العملة رمز ISO 4217 من ثلاثة أحرف مثل GBP أو EUR أو USD.</translation>
    </message>
    <message>
        <source>The address must be text of at most 300 characters.</source>
        <translation>يجب أن يكون العنوان نصًا من 300 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image of at most 256 kB.</source>
        <translation>يجب أن يكون الشعار صورة PNG أو JPEG بحجم 256 كيلوبايت على الأكثر.</translation>
    </message>
    <message>
        <source>The hospital name must have 2 to 120 characters.</source>
        <translation>يجب أن يتكون اسم المستشفى من 2 إلى 120 حرفًا.</translation>
    </message>
    <message>
        <source>The idle lock time must be a whole number of minutes from 1 to 240.</source>
        <translation>يجب أن تكون مدة القفل عند الخمول عددًا صحيحًا من الدقائق من 1 إلى 240.</translation>
    </message>
    <message>
        <source>The language is an ISO 639 code such as en, fr, es or ar.</source>
        <translation>اللغة رمز ISO 639 مثل en أو fr أو es أو ar.</translation>
    </message>
    <message>
        <source>The locale is a language and country code such as en_GB, fr_FR or ar_EG.</source>
        <translation>الإعدادات المحلية رمز لغة وبلد مثل en_GB أو fr_FR أو ar_EG.</translation>
    </message>
    <message>
        <source>A login is locked after a whole number of 3 to 100 failed logins.</source>
        <translation>يُقفل الحساب بعد عدد صحيح من 3 إلى 100 محاولة دخول فاشلة.</translation>
    </message>
    <message>
        <source>Failed logins are counted over a whole number of 1 to 1440 minutes.</source>
        <translation>تُحتسب محاولات الدخول الفاشلة خلال عدد صحيح من 1 إلى 1440 دقيقة.</translation>
    </message>
    <message>
        <source>A second-factor code is valid for 1 to 24 hours of a session.</source>
        <translation>يبقى رمز عامل التحقق الثاني صالحًا من 1 إلى 24 ساعة من الجلسة.</translation>
    </message>
    <message>
        <source>The tax registration number has at most 40 characters.</source>
        <translation>الرقم الضريبي من 40 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>The tax label must have 1 to 20 characters.</source>
        <translation>يجب أن يتكون اسم الضريبة من 1 إلى 20 حرفًا.</translation>
    </message>
    <message>
        <source>{0} is already deactivated.</source>
        <translation>{0} معطّل بالفعل.</translation>
    </message>
    <message>
        <source>{0} is deactivated: reactivate the account instead.</source>
        <translation>{0} معطّل: أعد تفعيل الحساب بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Staff member {0} already exists.</source>
        <translation>الموظف {0} موجود بالفعل.</translation>
    </message>
    <message>
        <source>{0} has no second factor.</source>
        <translation>ليس لدى {0} عامل تحقق ثانٍ.</translation>
    </message>
    <message>
        <source>{0} is active.</source>
        <translation>{0} نشط.</translation>
    </message>
    <message>
        <source>{0} is deactivated.</source>
        <translation>{0} معطّل.</translation>
    </message>
    <message>
        <source>A staff member needs at least one role.</source>
        <translation>يحتاج الموظف إلى دور واحد على الأقل.</translation>
    </message>
    <message>
        <source>No staff member with id {0}.</source>
        <translation>لا يوجد موظف بالمعرّف {0}.</translation>
    </message>
    <message>
        <source>{0} is not locked.</source>
        <translation>{0} غير مقفل.</translation>
    </message>
    <message>
        <source>Invalid user name {0}: 2-63 characters, lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, starting with a letter, not starting with pg_ or hms_.</source>
        <translation>اسم مستخدم غير صالح {0}: من 2 إلى 63 حرفًا، أحرف لاتينية صغيرة أو أرقام أو «.» أو «_» أو «-»، يبدأ بحرف ولا يبدأ بـ pg_ أو hms_.</translation>
    </message>
    <message>
        <source>{0} is a reserved word in the database and cannot be a user name.</source>
        <translation>{0} كلمة محجوزة في قاعدة البيانات ولا يمكن أن تكون اسم مستخدم.</translation>
    </message>
    <message>
        <source>This figure is for hms_admin, hms_doctor, hms_nurse only.</source>
        <translation>هذا المؤشر مخصص لـ hms_admin وhms_doctor وhms_nurse فقط.</translation>
    </message>
    <message>
        <source>This figure is for hms_admin, hms_lab only.</source>
        <translation>هذا المؤشر مخصص لـ hms_admin وhms_lab فقط.</translation>
    </message>
    <message>
        <source>This figure is for hms_admin, hms_pharmacist only.</source>
        <translation>هذا المؤشر مخصص لـ hms_admin وhms_pharmacist فقط.</translation>
    </message>
    <message>
        <source>This figure is for hms_admin, hms_nurse, hms_doctor, hms_reception only.</source>
        <translation>هذا المؤشر مخصص لـ hms_admin وhms_nurse وhms_doctor وhms_reception فقط.</translation>
    </message>
    <message>
        <source>A figure looks back 0 to 3660 days.</source>
        <translation>يمتد المؤشر إلى الوراء من 0 إلى 3660 يومًا.</translation>
    </message>
    <message>
        <source>Only staff refresh dashboards.</source>
        <translation>لا يحدّث لوحات المعلومات إلا الموظفون.</translation>
    </message>
    <message>
        <source>Ask about at most 50 items, each by its price code.</source>
        <translation>استفسر عن 50 بندًا على الأكثر، كلٌّ برمز سعره.</translation>
    </message>
    <message>
        <source>Ask for the status of a claim the payer has and has not decided.</source>
        <translation>اطلب حالة مطالبة لدى الجهة الدافعة لم تبتّ فيها بعد.</translation>
    </message>
    <message>
        <source>Attachment &quot;{0}&quot; is not base64 content.</source>
        <translation>المرفق «{0}» ليس محتوى base64.</translation>
    </message>
    <message>
        <source>Only billing staff answer payer queries.</source>
        <translation>لا يرد على استفسارات الجهات الدافعة إلا موظفو الفوترة.</translation>
    </message>
    <message>
        <source>Only billing staff reconcile remittances.</source>
        <translation>لا يطابق كشوف السداد إلا موظفو الفوترة.</translation>
    </message>
    <message>
        <source>Only billing and ward staff ask for pre-authorisations.</source>
        <translation>لا يطلب الموافقات المسبقة إلا موظفو الفوترة والجناح.</translation>
    </message>
    <message>
        <source>Claim {0} is not a claim on this payer.</source>
        <translation>المطالبة {0} ليست مطالبة لدى هذه الجهة الدافعة.</translation>
    </message>
    <message>
        <source>Claim {0} is {1} and is not sent again.</source>
        <translation>المطالبة {0} في حالة «{1}» ولا تُرسل مرة أخرى.</translation>
    </message>
    <message>
        <source>A claim response cannot answer a {0} request.</source>
        <translation>لا يمكن لرد المطالبة أن يجيب عن طلب من نوع «{0}».</translation>
    </message>
    <message>
        <source>The document to send is not a FHIR resource.</source>
        <translation>المستند المطلوب إرساله ليس موردًا بصيغة FHIR.</translation>
    </message>
    <message>
        <source>The documents together are {0} MB: at most 3.5 MB go with one answer (a payer takes at most 5 MB per message).</source>
        <translation>حجم المستندات معًا {0} ميغابايت: يُرفق مع الرد الواحد 3.5 ميغابايت على الأكثر (تقبل الجهة الدافعة 5 ميغابايت على الأكثر لكل رسالة).</translation>
    </message>
    <message>
        <source>An eligibility answer must answer an eligibility request.</source>
        <translation>يجب أن يجيب رد الأهلية عن طلب أهلية.</translation>
    </message>
    <message>
        <source>Only a failed request is sent again.</source>
        <translation>لا يُعاد إرسال إلا الطلب الفاشل.</translation>
    </message>
    <message>
        <source>Give the clinical reason for the pre-authorisation.</source>
        <translation>اذكر السبب السريري للموافقة المسبقة.</translation>
    </message>
    <message>
        <source>Give a period of at most ten years whose end is not before its start.</source>
        <translation>حدّد فترة لا تزيد على عشر سنوات ولا تسبق نهايتُها بدايتَها.</translation>
    </message>
    <message>
        <source>Only the insurance gateway does this.</source>
        <translation>لا تقوم بهذا إلا بوابة التأمين.</translation>
    </message>
    <message>
        <source>Item {0}: no price code {1} on the price list today.</source>
        <translation>البند {0}: لا يوجد رمز السعر {1} في قائمة الأسعار اليوم.</translation>
    </message>
    <message>
        <source>Item {0}: the quantity is a number from 0.01 to 365.</source>
        <translation>البند {0}: الكمية عدد من 0.01 إلى 365.</translation>
    </message>
    <message>
        <source>The items are free of charge: nothing to pre-authorise.</source>
        <translation>البنود مجانية: لا شيء يحتاج إلى موافقة مسبقة.</translation>
    </message>
    <message>
        <source>At most 10 attachments.</source>
        <translation>10 مرفقات على الأكثر.</translation>
    </message>
    <message>
        <source>No admission {0} of this patient.</source>
        <translation>لا يوجد الإدخال {0} لهذا المريض.</translation>
    </message>
    <message>
        <source>No unmatched or refused remittance line with id {0}.</source>
        <translation>لا يوجد بند كشف سداد غير مطابق أو مرفوض بالمعرّف {0}.</translation>
    </message>
    <message>
        <source>The patient has no insurance coverage in force today: record the coverage first.</source>
        <translation>ليس للمريض تغطية تأمينية سارية اليوم: سجّل التغطية أولًا.</translation>
    </message>
    <message>
        <source>The patient has no insurance coverage in force today: billing records the patient&apos;s insurance first.</source>
        <translation>ليس للمريض تغطية تأمينية سارية اليوم: يجب أن تسجّل الفوترة تأمين المريض أولًا.</translation>
    </message>
    <message>
        <source>No patient with id {0} (or it was merged into another record).</source>
        <translation>لا يوجد مريض بالمعرّف {0} (أو دُمج في سجل آخر).</translation>
    </message>
    <message>
        <source>Patient {0} is not in your care: ask for pre-authorisations of your own patients.</source>
        <translation>المريض {0} ليس في رعايتك: اطلب الموافقات المسبقة لمرضاك أنت.</translation>
    </message>
    <message>
        <source>The payer&apos;s {0} is not an amount: {1}.</source>
        <translation>أرسلت الجهة الدافعة لـ {0} قيمة ليست مبلغًا: {1}.</translation>
    </message>
    <message>
        <source>Payer {0} answered request {1} that was never sent to it.</source>
        <translation>ردّت الجهة الدافعة {0} على الطلب {1} الذي لم يُرسل إليها قط.</translation>
    </message>
    <message>
        <source>No payer {0}.</source>
        <translation>لا توجد جهة دافعة {0}.</translation>
    </message>
    <message>
        <source>No payer query with id {0}.</source>
        <translation>لا يوجد استفسار جهة دافعة بالمعرّف {0}.</translation>
    </message>
    <message>
        <source>A pre-authorisation answer is decided, approved, partial, rejected or pending, not {0}.</source>
        <translation>رد الموافقة المسبقة: مقرَّر أو موافقة أو جزئي أو رفض أو معلّق (decided، approved، partial، rejected، pending)، وليس «{0}».</translation>
    </message>
    <message>
        <source>A pre-authorisation asks for 1 to 50 items.</source>
        <translation>تطلب الموافقة المسبقة من 1 إلى 50 بندًا.</translation>
    </message>
    <message>
        <source>This query has been answered already.</source>
        <translation>تمّ الرد على هذا الاستفسار بالفعل.</translation>
    </message>
    <message>
        <source>The reading of the answer is missing.</source>
        <translation>قراءة الرد مفقودة.</translation>
    </message>
    <message>
        <source>Only reception and billing staff check insurance eligibility.</source>
        <translation>لا يتحقق من أهلية التأمين إلا موظفو الاستقبال والفوترة.</translation>
    </message>
    <message>
        <source>Only reception and billing staff read insurance eligibility.</source>
        <translation>لا يطّلع على أهلية التأمين إلا موظفو الاستقبال والفوترة.</translation>
    </message>
    <message>
        <source>Request {0} was already sent with a different document: a retry sends the same one.</source>
        <translation>أُرسل الطلب {0} بالفعل بمستند مختلف: إعادة المحاولة ترسل المستند نفسه.</translation>
    </message>
    <message>
        <source>No request with id {0}.</source>
        <translation>لا يوجد طلب بالمعرّف {0}.</translation>
    </message>
    <message>
        <source>Say how the line was reconciled.</source>
        <translation>اذكر كيف طوبق البند.</translation>
    </message>
    <message>
        <source>Say how the line was reconciled in at most 500 characters of plain text.</source>
        <translation>اذكر كيف طوبق البند في 500 حرف من النص العادي على الأكثر.</translation>
    </message>
    <message>
        <source>Take 1 to 500 requests with a lease of 1 to 3600 seconds.</source>
        <translation>خذ من 1 إلى 500 طلب بمدة حجز من 1 إلى 3600 ثانية.</translation>
    </message>
    <message>
        <source>Write an answer for the payer (2 to 2000 characters of plain text).</source>
        <translation>اكتب ردًا للجهة الدافعة (من 2 إلى 2000 حرف من النص العادي).</translation>
    </message>
    <message>
        <source>Only hms_doctor or hms_lab may cancel laboratory orders.</source>
        <translation>لا يلغي طلبات المختبر إلا hms_doctor أو hms_lab.</translation>
    </message>
    <message>
        <source>Cancelling an order needs a reason of at least 5 characters.</source>
        <translation>يحتاج إلغاء الطلب إلى سبب من 5 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Choose the orders to collect.</source>
        <translation>اختر الطلبات المطلوب سحب عيناتها.</translation>
    </message>
    <message>
        <source>Only hms_lab or hms_nurse may collect specimens.</source>
        <translation>لا يسحب العينات إلا hms_lab أو hms_nurse.</translation>
    </message>
    <message>
        <source>Wrong patient: the scanned wristband ({0}) is not the patient of these orders.</source>
        <translation>مريض خاطئ: السوار الممسوح ({0}) ليس لمريض هذه الطلبات.</translation>
    </message>
    <message>
        <source>Only hms_lab may correct laboratory results.</source>
        <translation>لا يصحّح نتائج المختبر إلا hms_lab.</translation>
    </message>
    <message>
        <source>A correction needs a reason of at least 5 characters.</source>
        <translation>يحتاج التصحيح إلى سبب من 5 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Only hms_lab may record critical-result calls.</source>
        <translation>لا يسجّل اتصالات النتائج الحرجة إلا hms_lab.</translation>
    </message>
    <message>
        <source>Encounter {0} is not one of your patients&apos;.</source>
        <translation>الزيارة {0} ليست لأحد مرضاك.</translation>
    </message>
    <message>
        <source>Only hms_lab may enter laboratory results.</source>
        <translation>لا يُدخل نتائج المختبر إلا hms_lab.</translation>
    </message>
    <message>
        <source>Lab order {0} has no {1} message for the LIS.</source>
        <translation>ليس لطلب المختبر {0} رسالة {1} لنظام المختبر.</translation>
    </message>
    <message>
        <source>A lab order starts as ordered.</source>
        <translation>يبدأ طلب المختبر في حالة «مطلوب».</translation>
    </message>
    <message>
        <source>A lab result is never edited: enter a new version with a reason.</source>
        <translation>لا تُحرَّر نتيجة المختبر أبدًا: أدخل نسخة جديدة مع سبب.</translation>
    </message>
    <message>
        <source>Limit 1-500, lease &gt;= 1 s and backlog 0-87600 h.</source>
        <translation>الحد من 1 إلى 500، ومدة الحجز ثانية واحدة على الأقل، والمتأخرات من 0 إلى 87600 ساعة.</translation>
    </message>
    <message>
        <source>Only hms_lab may record the LIS&apos;s answers.</source>
        <translation>لا يسجّل ردود نظام المختبر إلا hms_lab.</translation>
    </message>
    <message>
        <source>A LOINC code is 1 to 7 digits, a dash and a check digit (for example 2823-3), not &quot;{0}&quot;.</source>
        <translation>رمز LOINC من 1 إلى 7 أرقام وشرطة ورقم تحقق (مثل 2823-3)، وليس «{0}».</translation>
    </message>
    <message>
        <source>LOINC code {0} is already a panel in the catalog.</source>
        <translation>رمز LOINC {0} لوحة موجودة بالفعل في الدليل.</translation>
    </message>
    <message>
        <source>LOINC code {0} is already a test in the catalog.</source>
        <translation>رمز LOINC {0} تحليل موجود بالفعل في الدليل.</translation>
    </message>
    <message>
        <source>LOINC code {0} is not valid: the check digit should be {1}.</source>
        <translation>رمز LOINC {0} غير صالح: يجب أن يكون رقم التحقق {1}.</translation>
    </message>
    <message>
        <source>No price for lab test {0} (nor LAB-DEFAULT) valid on {1}.</source>
        <translation>لا يوجد سعر لتحليل المختبر {0} (ولا لـ LAB-DEFAULT) ساري في {1}.</translation>
    </message>
    <message>
        <source>Only hms_doctor may order laboratory tests.</source>
        <translation>لا يطلب تحاليل المختبر إلا hms_doctor.</translation>
    </message>
    <message>
        <source>Order {0} has no critical result to phone.</source>
        <translation>ليس للطلب {0} نتيجة حرجة للإبلاغ عنها هاتفيًا.</translation>
    </message>
    <message>
        <source>No lab order {0}.</source>
        <translation>لا يوجد طلب المختبر {0}.</translation>
    </message>
    <message>
        <source>Order {0} is {1}: results are entered for received specimens (released results are corrected).</source>
        <translation>الطلب {0} في حالة «{1}»: تُدخل النتائج للعينات المستلمة (والنتائج المعتمدة تُصحَّح).</translation>
    </message>
    <message>
        <source>Lab order {0} cannot go from {1} to {2}.</source>
        <translation>لا يمكن أن ينتقل طلب المختبر {0} من حالة «{1}» إلى حالة «{2}».</translation>
    </message>
    <message>
        <source>Only orders not yet collected can be collected.</source>
        <translation>لا تُسحب إلا عينات الطلبات التي لم تُسحب بعد.</translation>
    </message>
    <message>
        <source>No lab order {0} of yours.</source>
        <translation>لا يوجد طلب مختبر {0} من طلباتك.</translation>
    </message>
    <message>
        <source>Panel {0} has no active tests to order.</source>
        <translation>ليس في اللوحة {0} تحاليل نشطة لطلبها.</translation>
    </message>
    <message>
        <source>This patient is not in your care.</source>
        <translation>هذا المريض ليس في رعايتك.</translation>
    </message>
    <message>
        <source>Priority must be routine, urgent or stat.</source>
        <translation>يجب أن تكون الأولوية روتينية أو عاجلة أو فورية (routine، urgent، stat).</translation>
    </message>
    <message>
        <source>Only hms_lab may receive specimens.</source>
        <translation>لا يستلم العينات إلا hms_lab.</translation>
    </message>
    <message>
        <source>Only hms_lab may release laboratory results.</source>
        <translation>لا يعتمد نتائج المختبر إلا hms_lab.</translation>
    </message>
    <message>
        <source>Only a released result is corrected (before release, enter a new result).</source>
        <translation>لا تُصحَّح إلا النتيجة المعتمدة (قبل الاعتماد، أدخل نتيجة جديدة).</translation>
    </message>
    <message>
        <source>Result code {0} does not match the ordered test {1} of order {2}.</source>
        <translation>رمز النتيجة {0} لا يطابق التحليل المطلوب {1} في الطلب {2}.</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not a number ({1} is reported as a number in {2}).</source>
        <translation>«{0}» ليس رقمًا (يُبلَّغ عن {1} كرقم بوحدة {2}).</translation>
    </message>
    <message>
        <source>Order {0} already has a result: replacing it needs a reason.</source>
        <translation>للطلب {0} نتيجة بالفعل: يحتاج استبدالها إلى سبب.</translation>
    </message>
    <message>
        <source>A {0} result cannot become {1}.</source>
        <translation>لا يمكن أن تنتقل نتيجة في حالة «{0}» إلى حالة «{1}».</translation>
    </message>
    <message>
        <source>Only a resulted order can be verified.</source>
        <translation>لا يُتحقَّق إلا من طلب له نتيجة.</translation>
    </message>
    <message>
        <source>A second person verifies a result: you entered this one.</source>
        <translation>يتحقق من النتيجة شخص ثانٍ: أنت من أدخل هذه النتيجة.</translation>
    </message>
    <message>
        <source>Only hms_lab may send orders to the LIS.</source>
        <translation>لا يرسل الطلبات إلى نظام المختبر إلا hms_lab.</translation>
    </message>
    <message>
        <source>Specimen {0} was already received at {1}.</source>
        <translation>استُلمت العينة {0} بالفعل في {1}.</translation>
    </message>
    <message>
        <source>No specimen with accession number {0}.</source>
        <translation>لا توجد عينة برقم التسجيل {0}.</translation>
    </message>
    <message>
        <source>Specimens are collected from one patient at a time.</source>
        <translation>تُسحب العينات من مريض واحد في كل مرة.</translation>
    </message>
    <message>
        <source>Only staff may run the escalation.</source>
        <translation>لا يشغّل التصعيد إلا الموظفون.</translation>
    </message>
    <message>
        <source>{0} has {1} order(s) in the lab: its unit and value type change once they are released or cancelled.</source>
        <translation>لـ {0} عدد {1} من الطلبات في المختبر: تتغير وحدته ونوع قيمته بعد اعتمادها أو إلغائها.</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not an orderable test or panel.</source>
        <translation>«{0}» ليس تحليلًا أو لوحة قابلة للطلب.</translation>
    </message>
    <message>
        <source>Tests are ordered on an open encounter (this one is {0}).</source>
        <translation>تُطلب التحاليل على زيارة مفتوحة (هذه الزيارة في حالة «{0}»).</translation>
    </message>
    <message>
        <source>Unit &quot;{0}&quot; does not match the catalog unit &quot;{1}&quot; of {2}.</source>
        <translation>الوحدة «{0}» لا تطابق وحدة الدليل «{1}» لـ {2}.</translation>
    </message>
    <message>
        <source>Unknown acknowledgment code &quot;{0}&quot;.</source>
        <translation>رمز إقرار غير معروف «{0}».</translation>
    </message>
    <message>
        <source>Unknown lab order.</source>
        <translation>طلب مختبر غير معروف.</translation>
    </message>
    <message>
        <source>Only a verified order can be released.</source>
        <translation>لا يُعتمد إلا طلب تم التحقق منه.</translation>
    </message>
    <message>
        <source>Only hms_lab may verify laboratory results.</source>
        <translation>لا يتحقق من نتائج المختبر إلا hms_lab.</translation>
    </message>
    <message>
        <source>Notification {0} is already acknowledged.</source>
        <translation>الإشعار {0} مُقَرّ به بالفعل.</translation>
    </message>
    <message>
        <source>An active prescription is completed or cancelled.</source>
        <translation>تصبح الوصفة النشطة مكتملة أو ملغاة.</translation>
    </message>
    <message>
        <source>An adjustment changes the quantity (+ found, - missing or damaged).</source>
        <translation>تغيّر التسوية الكمية (+ وُجد، - مفقود أو تالف).</translation>
    </message>
    <message>
        <source>An adjustment of {0} units is more than a lot can hold.</source>
        <translation>تسوية بمقدار {0} وحدة تتجاوز ما تسعه الدفعة.</translation>
    </message>
    <message>
        <source>Cancelling a prescription needs a reason of at least 5 characters.</source>
        <translation>يحتاج إلغاء الوصفة إلى سبب من 5 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Dispense {0} was already returned.</source>
        <translation>أُرجع الصرف {0} بالفعل.</translation>
    </message>
    <message>
        <source>Dispense between 1 and {0} units for prescription {1} (asked: {2}).</source>
        <translation>اصرف من 1 إلى {0} وحدة للوصفة {1} (المطلوب: {2}).</translation>
    </message>
    <message>
        <source>No dispense with id {0}.</source>
        <translation>لا يوجد صرف بالمعرّف {0}.</translation>
    </message>
    <message>
        <source>Scan the patient&apos;s wristband or ID card first.</source>
        <translation>امسح سوار المريض أو بطاقة هويته أولًا.</translation>
    </message>
    <message>
        <source>WRONG DRUG: lot {0} is {1}, the prescription is for {2} {3} {4}.</source>
        <translation>دواء خاطئ: الدفعة {0} هي {1}، والوصفة لـ {2} {3} {4}.</translation>
    </message>
    <message>
        <source>WRONG PATIENT: the scanned MRN {0} is not the MRN of prescription {1} ({2}).</source>
        <translation>مريض خاطئ: رقم الملف الطبي الممسوح {0} ليس رقم ملف الوصفة {1} ({2}).</translation>
    </message>
    <message>
        <source>Drug {0} is not in the formulary (or no longer prescribable).</source>
        <translation>الدواء {0} ليس في قائمة الأدوية المعتمدة (أو لم يعد قابلًا للوصف).</translation>
    </message>
    <message>
        <source>No drug with id {0}.</source>
        <translation>لا يوجد دواء بالمعرّف {0}.</translation>
    </message>
    <message>
        <source>No drug with id {0} in the formulary.</source>
        <translation>لا يوجد دواء بالمعرّف {0} في قائمة الأدوية المعتمدة.</translation>
    </message>
    <message>
        <source>A goods receipt is of at least 1 unit.</source>
        <translation>يكون استلام البضاعة وحدة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Ingredient ATC codes look like J01CA04 (got {0}).</source>
        <translation>تبدو رموز ATC للمواد الفعالة مثل J01CA04 (المستلم: {0}).</translation>
    </message>
    <message>
        <source>No active location with id {0}.</source>
        <translation>لا يوجد موقع نشط بالمعرّف {0}.</translation>
    </message>
    <message>
        <source>Lot {0} is already empty.</source>
        <translation>الدفعة {0} فارغة بالفعل.</translation>
    </message>
    <message>
        <source>The lot is already at that location.</source>
        <translation>الدفعة موجودة بالفعل في ذلك الموقع.</translation>
    </message>
    <message>
        <source>Lot {0} expired on {1}: do not dispense it (write it off).</source>
        <translation>انتهت صلاحية الدفعة {0} في {1}: لا تصرفها (أتلفها).</translation>
    </message>
    <message>
        <source>Lot {0} expired on {1}: write it off instead.</source>
        <translation>انتهت صلاحية الدفعة {0} في {1}: أتلفها بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>A lot&apos;s drug, location, number and expiry do not change.</source>
        <translation>لا يتغير دواء الدفعة وموقعها ورقمها وتاريخ انتهائها.</translation>
    </message>
    <message>
        <source>No lot with id {0}.</source>
        <translation>لا توجد دفعة بالمعرّف {0}.</translation>
    </message>
    <message>
        <source>Lot {0} of {1} {2} is not in stock here ({3}).</source>
        <translation>الدفعة {0} من {1} {2} غير متوفرة هنا ({3}).</translation>
    </message>
    <message>
        <source>Lot {0} is recorded with expiry {1}, not {2}.</source>
        <translation>الدفعة {0} مسجلة بتاريخ انتهاء {1}، وليس {2}.</translation>
    </message>
    <message>
        <source>Lot {0} has only {1} units: an adjustment of {2} would make it negative.</source>
        <translation>في الدفعة {0} {1} وحدة فقط: تسوية بمقدار {2} ستجعلها سالبة.</translation>
    </message>
    <message>
        <source>A new lot starts empty: stock arrives by a receipt movement.</source>
        <translation>تبدأ الدفعة الجديدة فارغة: يصل المخزون بحركة استلام.</translation>
    </message>
    <message>
        <source>No care relationship with patient {0}.</source>
        <translation>لا توجد علاقة رعاية مع المريض {0}.</translation>
    </message>
    <message>
        <source>No price for {0} valid on {1}: the dispense cannot be charged.</source>
        <translation>لا يوجد سعر لـ {0} ساري في {1}: لا يمكن احتساب الصرف.</translation>
    </message>
    <message>
        <source>Not enough stock in lot {0} for a movement of {1} units.</source>
        <translation>المخزون غير كافٍ في الدفعة {0} لحركة من {1} وحدة.</translation>
    </message>
    <message>
        <source>Not enough stock: lot {0} has {1} {2} left, {3} asked.</source>
        <translation>المخزون غير كافٍ: تبقى في الدفعة {0} كمية {1} {2}، والمطلوب {3}.</translation>
    </message>
    <message>
        <source>Only pharmacists adjust stock.</source>
        <translation>لا يسوّي المخزون إلا الصيادلة.</translation>
    </message>
    <message>
        <source>Only pharmacists dispense.</source>
        <translation>لا يصرف إلا الصيادلة.</translation>
    </message>
    <message>
        <source>Only pharmacists receive goods.</source>
        <translation>لا يستلم البضاعة إلا الصيادلة.</translation>
    </message>
    <message>
        <source>Only pharmacists take returns.</source>
        <translation>لا يستلم المرتجعات إلا الصيادلة.</translation>
    </message>
    <message>
        <source>Only pharmacists transfer stock.</source>
        <translation>لا ينقل المخزون إلا الصيادلة.</translation>
    </message>
    <message>
        <source>Only pharmacists write off stock.</source>
        <translation>لا يتلف المخزون إلا الصيادلة.</translation>
    </message>
    <message>
        <source>Prescription {0} is {1} and cannot change.</source>
        <translation>الوصفة {0} في حالة «{1}» ولا يمكن تغييرها.</translation>
    </message>
    <message>
        <source>Prescription {0} is fully dispensed.</source>
        <translation>صُرفت الوصفة {0} بالكامل.</translation>
    </message>
    <message>
        <source>No prescription with id {0}.</source>
        <translation>لا توجد وصفة بالمعرّف {0}.</translation>
    </message>
    <message>
        <source>Prescription {0} is {1}: nothing is dispensed.</source>
        <translation>الوصفة {0} في حالة «{1}»: لا يُصرف شيء.</translation>
    </message>
    <message>
        <source>Prescription stopped: {0}.</source>
        <translation>أُوقفت الوصفة: {0}.</translation>
    </message>
    <message>
        <source>A return needs a reason of at least 5 characters.</source>
        <translation>يحتاج الإرجاع إلى سبب من 5 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Scan the pack (its lot number) first.</source>
        <translation>امسح العبوة (رقم دفعتها) أولًا.</translation>
    </message>
    <message>
        <source>A stock adjustment needs a reason of at least 5 characters.</source>
        <translation>تحتاج تسوية المخزون إلى سبب من 5 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Stock expired on {0} is not received.</source>
        <translation>لا يُستلم مخزون انتهت صلاحيته في {0}.</translation>
    </message>
    <message>
        <source>No active stock location &quot;{0}&quot;.</source>
        <translation>لا يوجد موقع مخزون نشط «{0}».</translation>
    </message>
    <message>
        <source>Stock movements are never changed or deleted: record a correcting movement instead.</source>
        <translation>لا تُغيَّر حركات المخزون ولا تُحذف أبدًا: سجّل حركة تصحيحية بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Stock quantities change only by stock movements (receipt, transfer, adjustment, write-off, dispense, return).</source>
        <translation>لا تتغير كميات المخزون إلا بحركات المخزون (استلام، نقل، تسوية، إتلاف، صرف، إرجاع).</translation>
    </message>
    <message>
        <source>Transfer between 1 and {0} units of lot {1}.</source>
        <translation>انقل من 1 إلى {0} وحدة من الدفعة {1}.</translation>
    </message>
    <message>
        <source>A transfer needs a reason of at least 5 characters.</source>
        <translation>يحتاج النقل إلى سبب من 5 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Unknown frequency &quot;{0}&quot; (one of: {1}).</source>
        <translation>تكرار غير معروف «{0}» (أحد: {1}).</translation>
    </message>
    <message>
        <source>A write-off needs a reason of at least 5 characters.</source>
        <translation>يحتاج الإتلاف إلى سبب من 5 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Only active staff search patients.</source>
        <translation>لا يبحث عن المرضى إلا الموظفون على رأس عملهم.</translation>
    </message>
    <message>
        <source>Only administrators decide duplicate pairs.</source>
        <translation>لا يبتّ في أزواج السجلات المكررة إلا المسؤولون.</translation>
    </message>
    <message>
        <source>Only administrators may merge patient records.</source>
        <translation>لا يدمج ملفات المرضى إلا المسؤولون.</translation>
    </message>
    <message>
        <source>Only administrators review duplicate pairs.</source>
        <translation>لا يراجع أزواج السجلات المكررة إلا المسؤولون.</translation>
    </message>
    <message>
        <source>Only administrators scan the registry for duplicates.</source>
        <translation>لا يفحص السجل بحثًا عن التكرار إلا المسؤولون.</translation>
    </message>
    <message>
        <source>Only administrators may undo a patient merge.</source>
        <translation>لا يتراجع عن دمج المرضى إلا المسؤولون.</translation>
    </message>
    <message>
        <source>The birth date is exact, year only or estimated.</source>
        <translation>تاريخ الميلاد دقيق أو السنة فقط أو تقديري.</translation>
    </message>
    <message>
        <source>Birth date {0} is in the future.</source>
        <translation>تاريخ الميلاد {0} في المستقبل.</translation>
    </message>
    <message>
        <source>The birth date is required (the year, or an estimate, if that is all that is known).</source>
        <translation>تاريخ الميلاد مطلوب (السنة، أو تقدير، إن كان هذا كل ما هو معروف).</translation>
    </message>
    <message>
        <source>Decide a pair as merged or distinct, not {0}.</source>
        <translation>ابتّ في الزوج على أنه مدموج أو مختلف، وليس «{0}».</translation>
    </message>
    <message>
        <source>A decision on a duplicate pair needs a reason of at least 10 characters.</source>
        <translation>يحتاج القرار بشأن زوج مكرر إلى سبب من 10 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>A reason is required to change a patient&apos;s demographics.</source>
        <translation>تغيير البيانات الديموغرافية للمريض يحتاج إلى سبب.</translation>
    </message>
    <message>
        <source>No patient with id {0} (the duplicate).</source>
        <translation>لا يوجد مريض بالمعرّف {0} (السجل المكرر).</translation>
    </message>
    <message>
        <source>Duplicate pair {0} was already decided ({1}).</source>
        <translation>بُتّ في الزوج المكرر {0} بالفعل ({1}).</translation>
    </message>
    <message>
        <source>No duplicate pair {0}.</source>
        <translation>لا يوجد زوج مكرر {0}.</translation>
    </message>
    <message>
        <source>Duplicate scan {0} is not open.</source>
        <translation>فحص التكرار {0} ليس مفتوحًا.</translation>
    </message>
    <message>
        <source>Give an estimated age in years, from 0 to 120.</source>
        <translation>اذكر عمرًا تقديريًا بالسنوات، من 0 إلى 120.</translation>
    </message>
    <message>
        <source>The given name and the family name are required.</source>
        <translation>الاسم الأول واسم العائلة مطلوبان.</translation>
    </message>
    <message>
        <source>The lowest score to queue must be above 0 and at most 1, not {0}.</source>
        <translation>يجب أن تكون أدنى درجة للإدراج في القائمة أكبر من 0 وحدًا أقصى 1، وليس {0}.</translation>
    </message>
    <message>
        <source>Merge {0} was already undone at {1}.</source>
        <translation>تم التراجع عن الدمج {0} بالفعل في {1}.</translation>
    </message>
    <message>
        <source>Cannot merge patients: {0}.</source>
        <translation>لا يمكن دمج المرضى: {0}.</translation>
    </message>
    <message>
        <source>Merge {0} moved rows of {1}.{2}, which no longer references registry.patient by {3}.</source>
        <translation>نقل الدمج {0} صفوفًا من {1}.{2}، الذي لم يعد يشير إلى registry.patient عبر {3}.</translation>
    </message>
    <message>
        <source>A merge needs a reason of at least 10 characters.</source>
        <translation>يحتاج الدمج إلى سبب من 10 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Merge {0}: not every recorded row of {1}.{2} reached patient {3}.</source>
        <translation>الدمج {0}: لم تصل كل الصفوف المسجلة من {1}.{2} إلى المريض {3}.</translation>
    </message>
    <message>
        <source>No patient merge with id {0}.</source>
        <translation>لا يوجد دمج مرضى بالمعرّف {0}.</translation>
    </message>
    <message>
        <source>Merge {0}: {1} rows of {2}.{3} still reference patient {4}.</source>
        <translation>الدمج {0}: ما زال {1} صفًا من {2}.{3} يشير إلى المريض {4}.</translation>
    </message>
    <message>
        <source>Merge {0} cannot be undone exactly: {1} of the {2} rows of {3}.{4} it moved no longer belong to patient {5}.</source>
        <translation>لا يمكن التراجع عن الدمج {0} تمامًا: {1} من أصل {2} صفًا نقلها من {3}.{4} لم تعد تخص المريض {5}.</translation>
    </message>
    <message>
        <source>MRN and creation data of a patient never change.</source>
        <translation>رقم الملف الطبي وبيانات إنشاء المريض لا تتغير أبدًا.</translation>
    </message>
    <message>
        <source>The note is too long ({0} characters, at most 500).</source>
        <translation>الملاحظة طويلة جدًا ({0} حرفًا، والحد الأقصى 500).</translation>
    </message>
    <message>
        <source>A page has 1 to 500 patients.</source>
        <translation>تحتوي الصفحة من 1 إلى 500 مريض.</translation>
    </message>
    <message>
        <source>Patient {0} cannot be merged into itself.</source>
        <translation>لا يمكن دمج المريض {0} في نفسه.</translation>
    </message>
    <message>
        <source>Patient {0} ({1}) was merged into patient {2}: open that record.</source>
        <translation>دُمج المريض {0} ({1}) في المريض {2}: افتح ذلك السجل.</translation>
    </message>
    <message>
        <source>Patient {0} (MRN {1}) is already identified: correct the demographics instead.</source>
        <translation>المريض {0} (رقم الملف {1}) معرَّف الهوية بالفعل: صحّح البيانات الديموغرافية بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Patient {0} (MRN {1}) is already merged into patient {2}.</source>
        <translation>المريض {0} (رقم الملف {1}) مدموج بالفعل في المريض {2}.</translation>
    </message>
    <message>
        <source>Patient {0} (MRN {1}) is itself merged into patient {2}: merge into the surviving record.</source>
        <translation>المريض {0} (رقم الملف {1}) مدموج هو نفسه في المريض {2}: ادمج في السجل الباقي.</translation>
    </message>
    <message>
        <source>Patient {0} is not linked to patient {1} as merge {2} left it.</source>
        <translation>المريض {0} غير مرتبط بالمريض {1} كما تركه الدمج {2}.</translation>
    </message>
    <message>
        <source>Patient {0} (the survivor of merge {1}) was merged into patient {2} afterwards: undo merge {3} first.</source>
        <translation>دُمج المريض {0} (الباقي في الدمج {1}) لاحقًا في المريض {2}: تراجع عن الدمج {3} أولًا.</translation>
    </message>
    <message>
        <source>A phone number to search for has at least 7 digits.</source>
        <translation>رقم الهاتف المطلوب البحث عنه من 7 أرقام على الأقل.</translation>
    </message>
    <message>
        <source>Only reception, clinicians and administrators read a patient&apos;s history.</source>
        <translation>لا يطّلع على سجل تغييرات المريض إلا الاستقبال والأطباء والممرضون والمسؤولون.</translation>
    </message>
    <message>
        <source>Only reception records who an unidentified patient is.</source>
        <translation>لا يسجّل هوية المريض مجهول الهوية إلا الاستقبال.</translation>
    </message>
    <message>
        <source>Only reception registers patients.</source>
        <translation>لا يسجّل المرضى إلا الاستقبال.</translation>
    </message>
    <message>
        <source>The registry has {0} patients: scan it with hms-admin find-duplicates (parallel, with progress), not from the screen (up to {1} patients).</source>
        <translation>في السجل {0} مريض: افحصه بحثًا عن التكرار باستخدام hms-admin find-duplicates (بالتوازي ومع عرض التقدم)، وليس من الشاشة (حتى {1} مريض).</translation>
    </message>
    <message>
        <source>Say how the patient was identified (at least 5 characters).</source>
        <translation>اذكر كيف تم التعرف على هوية المريض (5 أحرف على الأقل).</translation>
    </message>
    <message>
        <source>Say which patient survives and which is the duplicate.</source>
        <translation>حدّد أي مريض يبقى وأيهما المكرر.</translation>
    </message>
    <message>
        <source>Say which of patients {0} and {1} survives the merge.</source>
        <translation>حدّد أيّ المريضين {0} و{1} يبقى بعد الدمج.</translation>
    </message>
    <message>
        <source>Your role does not see phone numbers or national IDs, so it cannot search by them.</source>
        <translation>لا يرى دورك أرقام الهواتف ولا أرقام الهوية الوطنية، لذا لا يمكنه البحث بها.</translation>
    </message>
    <message>
        <source>Sex must be female, male, other or unknown (unknown when nobody can tell).</source>
        <translation>يجب أن يكون الجنس أنثى أو ذكرًا أو غير ذلك أو غير معروف (غير معروف حين لا يمكن لأحد التحديد).</translation>
    </message>
    <message>
        <source>No patient with id {0} (the survivor).</source>
        <translation>لا يوجد مريض بالمعرّف {0} (السجل الباقي).</translation>
    </message>
    <message>
        <source>Undoing a merge needs a reason of at least 10 characters.</source>
        <translation>يحتاج التراجع عن الدمج إلى سبب من 10 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Unmerge {0}: not every recorded row of {1}.{2} went back to patient {3}.</source>
        <translation>التراجع عن الدمج {0}: لم تعد كل الصفوف المسجلة من {1}.{2} إلى المريض {3}.</translation>
    </message>
    <message>
        <source>An appointment is in the department of its service ({0}).</source>
        <translation>يتبع الموعد قسم خدمته ({0}).</translation>
    </message>
    <message>
        <source>Appointment {0} is in a department you do not work in.</source>
        <translation>الموعد {0} في قسم لا تعمل فيه.</translation>
    </message>
    <message>
        <source>The encounter of appointment {0} is {1}.</source>
        <translation>زيارة الموعد {0} في حالة «{1}».</translation>
    </message>
    <message>
        <source>An appointment needs a patient, a provider, a service and a start time.</source>
        <translation>يحتاج الموعد إلى مريض ومقدّم رعاية وخدمة ووقت بدء.</translation>
    </message>
    <message>
        <source>Appointment {0} is neither yours nor in one of your departments.</source>
        <translation>الموعد {0} ليس لك ولا في أحد أقسامك.</translation>
    </message>
    <message>
        <source>Appointment {0} is {1}: no consultation can start.</source>
        <translation>الموعد {0} في حالة «{1}»: لا يمكن بدء أي استشارة.</translation>
    </message>
    <message>
        <source>Appointment {0} is {1}: only booked or checked-in appointments can be cancelled.</source>
        <translation>الموعد {0} في حالة «{1}»: لا تُلغى إلا المواعيد المحجوزة أو التي سُجّل وصول أصحابها.</translation>
    </message>
    <message>
        <source>Appointment {0} is {1}: only a booked appointment can be checked in.</source>
        <translation>الموعد {0} في حالة «{1}»: لا يُسجَّل الوصول إلا لموعد محجوز.</translation>
    </message>
    <message>
        <source>No appointment with id {0}.</source>
        <translation>لا يوجد موعد بالمعرّف {0}.</translation>
    </message>
    <message>
        <source>Appointment {0} is {1}: only a booked appointment can be a no-show.</source>
        <translation>الموعد {0} في حالة «{1}»: لا يُسجَّل عدم الحضور إلا لموعد محجوز.</translation>
    </message>
    <message>
        <source>Appointment {0} is {1}: only booked or checked-in appointments can be rescheduled.</source>
        <translation>الموعد {0} في حالة «{1}»: لا يُعاد جدولة إلا المواعيد المحجوزة أو التي سُجّل وصول أصحابها.</translation>
    </message>
    <message>
        <source>Appointment {0} has not started yet (it starts at {1}).</source>
        <translation>لم يبدأ الموعد {0} بعد (يبدأ في {1}).</translation>
    </message>
    <message>
        <source>Appointment {0} is on {1}, not today.</source>
        <translation>الموعد {0} في {1}، وليس اليوم.</translation>
    </message>
    <message>
        <source>An appointment is in_person or telemedicine, not {0}.</source>
        <translation>يكون الموعد حضوريًا أو عن بُعد (in_person، telemedicine)، وليس «{0}».</translation>
    </message>
    <message>
        <source>An appointment cannot start in the past ({0}).</source>
        <translation>لا يمكن أن يبدأ الموعد في الماضي ({0}).</translation>
    </message>
    <message>
        <source>A cancellation needs a reason of at least 3 characters.</source>
        <translation>يحتاج الإلغاء إلى سبب من 3 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Only doctors call the next patient.</source>
        <translation>لا ينادي المريض التالي إلا الأطباء.</translation>
    </message>
    <message>
        <source>Only doctors start a consultation.</source>
        <translation>لا يبدأ الاستشارة إلا الأطباء.</translation>
    </message>
    <message>
        <source>Ask for 1 to 100 free slots.</source>
        <translation>اطلب من 1 إلى 100 موعد شاغر.</translation>
    </message>
    <message>
        <source>Free slots need a provider and a time range.</source>
        <translation>تحتاج المواعيد الشاغرة إلى مقدّم رعاية ونطاق زمني.</translation>
    </message>
    <message>
        <source>Ask for at most 62 days of free slots at a time.</source>
        <translation>اطلب مواعيد شاغرة لمدة 62 يومًا على الأكثر في المرة الواحدة.</translation>
    </message>
    <message>
        <source>Name a service, a provider or a department.</source>
        <translation>حدّد خدمة أو مقدّم رعاية أو قسمًا.</translation>
    </message>
    <message>
        <source>Patient {0} was merged into patient {1}: book the surviving record.</source>
        <translation>دُمج المريض {0} في المريض {1}: احجز على السجل الباقي.</translation>
    </message>
    <message>
        <source>{0} has no session in {1} from {2} to {3}.</source>
        <translation>ليس لدى {0} جلسة في {1} من {2} إلى {3}.</translation>
    </message>
    <message>
        <source>{0} is not an active doctor or nurse.</source>
        <translation>{0} ليس طبيبًا أو ممرضًا على رأس عمله.</translation>
    </message>
    <message>
        <source>{0} does not work in {1}.</source>
        <translation>{0} لا يعمل في {1}.</translation>
    </message>
    <message>
        <source>{0} is on leave from {1} to {2}.</source>
        <translation>{0} في إجازة من {1} إلى {2}.</translation>
    </message>
    <message>
        <source>Say which department&apos;s queue.</source>
        <translation>حدّد قائمة انتظار أي قسم.</translation>
    </message>
    <message>
        <source>Only reception checks patients in.</source>
        <translation>لا يسجّل وصول المرضى إلا الاستقبال.</translation>
    </message>
    <message>
        <source>Only reception, clinicians and administrators look for free slots.</source>
        <translation>لا يبحث عن المواعيد الشاغرة إلا الاستقبال والأطباء والممرضون والمسؤولون.</translation>
    </message>
    <message>
        <source>Only reception, doctors and nurses book appointments.</source>
        <translation>لا يحجز المواعيد إلا الاستقبال والأطباء والممرضون.</translation>
    </message>
    <message>
        <source>Only reception, doctors and nurses cancel appointments.</source>
        <translation>لا يلغي المواعيد إلا الاستقبال والأطباء والممرضون.</translation>
    </message>
    <message>
        <source>Only reception, doctors and nurses record a no-show.</source>
        <translation>لا يسجّل عدم الحضور إلا الاستقبال والأطباء والممرضون.</translation>
    </message>
    <message>
        <source>Only reception, doctors and nurses reschedule appointments.</source>
        <translation>لا يعيد جدولة المواعيد إلا الاستقبال والأطباء والممرضون.</translation>
    </message>
    <message>
        <source>Rescheduling needs a reason of at least 3 characters.</source>
        <translation>تحتاج إعادة الجدولة إلى سبب من 3 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Room {0} is not an active room of {1}.</source>
        <translation>الغرفة {0} ليست غرفة نشطة في {1}.</translation>
    </message>
    <message>
        <source>No room with id {0}.</source>
        <translation>لا توجد غرفة بالمعرّف {0}.</translation>
    </message>
    <message>
        <source>Room {0} is not a room of department {1}.</source>
        <translation>الغرفة {0} ليست من غرف القسم {1}.</translation>
    </message>
    <message>
        <source>Say which appointment.</source>
        <translation>حدّد الموعد.</translation>
    </message>
    <message>
        <source>The service {0} belongs to another department.</source>
        <translation>الخدمة {0} تتبع قسمًا آخر.</translation>
    </message>
    <message>
        <source>The service {0} is no longer offered.</source>
        <translation>الخدمة {0} لم تعد متاحة.</translation>
    </message>
    <message>
        <source>No service with id {0}.</source>
        <translation>لا توجد خدمة بالمعرّف {0}.</translation>
    </message>
    <message>
        <source>The service {0} is not offered by telemedicine.</source>
        <translation>الخدمة {0} غير متاحة عن بُعد.</translation>
    </message>
    <message>
        <source>Sessions and leave are for active doctors and nurses, not staff member {0}.</source>
        <translation>الجلسات والإجازات للأطباء والممرضين على رأس عملهم، وليست للموظف {0}.</translation>
    </message>
    <message>
        <source>This slot was just taken.</source>
        <translation>حُجز هذا الموعد للتو.</translation>
    </message>
    <message>
        <source>{0} does not work in department {1}.</source>
        <translation>{0} لا يعمل في القسم {1}.</translation>
    </message>
    <message>
        <source>You do not work in department {0}.</source>
        <translation>أنت لا تعمل في القسم {0}.</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>مُقَرّ به</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>تسوية</translation>
    </message>
    <message>
        <source>administrative</source>
        <translation>إداري</translation>
    </message>
    <message>
        <source>against advice</source>
        <translation>خروج على مسؤولية المريض</translation>
    </message>
    <message>
        <source>against_advice</source>
        <translation>خروج على مسؤولية المريض</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>amount paid for a claim</source>
        <translation>المبلغ المدفوع عن مطالبة</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>تمّ الرد</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>موافق عليه</translation>
    </message>
    <message>
        <source>approved amount</source>
        <translation>المبلغ الموافق عليه</translation>
    </message>
    <message>
        <source>bed day</source>
        <translation>يوم تنويم</translation>
    </message>
    <message>
        <source>bed_day</source>
        <translation>يوم تنويم</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>break glass</source>
        <translation>وصول طارئ</translation>
    </message>
    <message>
        <source>break_glass</source>
        <translation>وصول طارئ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>سُجّل الوصول</translation>
    </message>
    <message>
        <source>checked_in</source>
        <translation>سُجّل الوصول</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>مطالبة</translation>
    </message>
    <message>
        <source>cleaning</source>
        <translation>قيد التنظيف</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>سُحبت العينة</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>مراسلة</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>استشارة</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>وفاة</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>diagnoses</source>
        <translation>تشخيصات</translation>
    </message>
    <message>
        <source>diagnostic</source>
        <translation>تشخيصي</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>خصم</translation>
    </message>
    <message>
        <source>dispensary</source>
        <translation>صيدلية الصرف</translation>
    </message>
    <message>
        <source>dispense</source>
        <translation>صرف</translation>
    </message>
    <message>
        <source>dispensed</source>
        <translation>مصروف</translation>
    </message>
    <message>
        <source>distinct</source>
        <translation>مختلف</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>eligibility</source>
        <translation>أهلية</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>طوارئ</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>مُدخل</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>أُدخل خطأً</translation>
    </message>
    <message>
        <source>entered_in_error</source>
        <translation>أُدخل خطأً</translation>
    </message>
    <message>
        <source>extra session</source>
        <translation>جلسة إضافية</translation>
    </message>
    <message>
        <source>extra_session</source>
        <translation>جلسة إضافية</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>follow_up</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>free</source>
        <translation>شاغر</translation>
    </message>
    <message>
        <source>given</source>
        <translation>أُعطيت</translation>
    </message>
    <message>
        <source>has allergies</source>
        <translation>لديه حساسية</translation>
    </message>
    <message>
        <source>has_allergies</source>
        <translation>لديه حساسية</translation>
    </message>
    <message>
        <source>held</source>
        <translation>عُلّقت</translation>
    </message>
    <message>
        <source>home</source>
        <translation>المنزل</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>معرَّف الهوية</translation>
    </message>
    <message>
        <source>in consultation</source>
        <translation>في الاستشارة</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>حضوري</translation>
    </message>
    <message>
        <source>in_consultation</source>
        <translation>في الاستشارة</translation>
    </message>
    <message>
        <source>in_person</source>
        <translation>حضوري</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <source>inpatient</source>
        <translation>تنويم</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>مفوتر</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>صادرة</translation>
    </message>
    <message>
        <source>justified</source>
        <translation>مبرَّر</translation>
    </message>
    <message>
        <source>lab test</source>
        <translation>تحليل مختبر</translation>
    </message>
    <message>
        <source>lab_test</source>
        <translation>تحليل مختبر</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>إجازة</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>مدموج</translation>
    </message>
    <message>
        <source>national</source>
        <translation>وطني</translation>
    </message>
    <message>
        <source>no known allergies</source>
        <translation>لا حساسية معروفة</translation>
    </message>
    <message>
        <source>no show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>no_known_allergies</source>
        <translation>لا حساسية معروفة</translation>
    </message>
    <message>
        <source>no_show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>not justified</source>
        <translation>غير مبرَّر</translation>
    </message>
    <message>
        <source>not_justified</source>
        <translation>غير مبرَّر</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>nursing</source>
        <translation>تمريضية</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>مشغول</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>خارج الخدمة</translation>
    </message>
    <message>
        <source>out_of_service</source>
        <translation>خارج الخدمة</translation>
    </message>
    <message>
        <source>outpatient</source>
        <translation>عيادات خارجية</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>جزئي</translation>
    </message>
    <message>
        <source>password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>payment total</source>
        <translation>إجمالي الدفعة</translation>
    </message>
    <message>
        <source>pended</source>
        <translation>بانتظار معلومات</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>pharmacy</source>
        <translation>صيدلية</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>مُرحَّل</translation>
    </message>
    <message>
        <source>preauthorization</source>
        <translation>موافقة مسبقة</translation>
    </message>
    <message>
        <source>prescriptions</source>
        <translation>وصفات</translation>
    </message>
    <message>
        <source>private</source>
        <translation>خاص</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>متابعة سير الحالة</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>في قائمة الانتظار</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>استلام</translation>
    </message>
    <message>
        <source>received</source>
        <translation>مستلَم</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>رُفضت</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>released</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>محلول</translation>
    </message>
    <message>
        <source>resulted</source>
        <translation>صدرت النتيجة</translation>
    </message>
    <message>
        <source>return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>مُرجَع</translation>
    </message>
    <message>
        <source>second factor</source>
        <translation>عامل التحقق الثاني</translation>
    </message>
    <message>
        <source>second_factor</source>
        <translation>عامل التحقق الثاني</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>مُرسل</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>موقّع</translation>
    </message>
    <message>
        <source>soap</source>
        <translation>SOAP</translation>
    </message>
    <message>
        <source>staff change</source>
        <translation>تغيير على الموظفين</translation>
    </message>
    <message>
        <source>staff_change</source>
        <translation>تغيير على الموظفين</translation>
    </message>
    <message>
        <source>status</source>
        <translation>حالة</translation>
    </message>
    <message>
        <source>store</source>
        <translation>مستودع</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>مُرسل</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>مستبدَل</translation>
    </message>
    <message>
        <source>telemedicine</source>
        <translation>عن بُعد</translation>
    </message>
    <message>
        <source>the as-of day</source>
        <translation>تاريخ المرجع</translation>
    </message>
    <message>
        <source>the business day</source>
        <translation>يوم العمل</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>the discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <source>the end of the approval</source>
        <translation>نهاية الموافقة</translation>
    </message>
    <message>
        <source>the end of the range</source>
        <translation>نهاية النطاق</translation>
    </message>
    <message>
        <source>the first day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>the payer&apos;s payment</source>
        <translation>دفعة الجهة الدافعة</translation>
    </message>
    <message>
        <source>the payment</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>the payment date</source>
        <translation>تاريخ الدفع</translation>
    </message>
    <message>
        <source>the refund</source>
        <translation>الاسترداد</translation>
    </message>
    <message>
        <source>the start of the approval</source>
        <translation>بداية الموافقة</translation>
    </message>
    <message>
        <source>the start of the range</source>
        <translation>بداية النطاق</translation>
    </message>
    <message>
        <source>the time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>the time to search from</source>
        <translation>وقت بدء البحث</translation>
    </message>
    <message>
        <source>transfer in</source>
        <translation>تحويل وارد</translation>
    </message>
    <message>
        <source>transfer out</source>
        <translation>تحويل صادر</translation>
    </message>
    <message>
        <source>transfer_in</source>
        <translation>تحويل وارد</translation>
    </message>
    <message>
        <source>transfer_out</source>
        <translation>تحويل صادر</translation>
    </message>
    <message>
        <source>unidentified</source>
        <translation>مجهول الهوية</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>غير مطابق</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>vital signs</source>
        <translation>علامات حيوية</translation>
    </message>
    <message>
        <source>void</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>بانتظار القرار</translation>
    </message>
    <message>
        <source>ward</source>
        <translation>جناح</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>write off</source>
        <translation>إتلاف</translation>
    </message>
    <message>
        <source>write_off</source>
        <translation>إتلاف</translation>
    </message>
    <message>
        <source>A fluid volume is charted in millilitres, from 1 to 5000 ml per entry.</source>
        <translation>يُسجَّل حجم السوائل بالمليلتر، من 1 إلى 5000 مل لكل قيد.</translation>
    </message>
    <message>
        <source>Choose a route that fits the direction (intake: oral, IV, enteral, blood, other; output: urine, vomit, drain, stool, aspirate, other).</source>
        <translation>اختر طريقًا يناسب الاتجاه (الداخل: فموي، وريدي، معوي، دم، غير ذلك؛ الخارج: بول، قيء، نزح، براز، شفط، غير ذلك).</translation>
    </message>
    <message>
        <source>This age band overlaps another reference range of the same test and sex.</source>
        <translation>هذه الفئة العمرية تتداخل مع نطاق مرجعي آخر للتحليل والجنس نفسيهما.</translation>
    </message>
    <message>
        <source>The low limit must not be above the high limit.</source>
        <translation>يجب ألا يتجاوز الحد الأدنى الحد الأعلى.</translation>
    </message>
    <message>
        <source>Critical limits lie outside the reference range (critical low ≤ low, critical high ≥ high).</source>
        <translation>تقع الحدود الحرجة خارج النطاق المرجعي (الحرج الأدنى ≤ الأدنى، الحرج الأعلى ≥ الأعلى).</translation>
    </message>
    <message>
        <source>The age band must start at 0 or later and end after it starts.</source>
        <translation>يجب أن تبدأ الفئة العمرية من 0 أو أكثر وأن تنتهي بعد بدايتها.</translation>
    </message>
    <message>
        <source>A patient with this national ID is already registered. Search for them instead.</source>
        <translation>يوجد مريض مسجل بهذا الرقم الوطني بالفعل. ابحث عنه بدلًا من التسجيل.</translation>
    </message>
    <message>
        <source>This MRN is already in use.</source>
        <translation>رقم الملف الطبي هذا مستخدم بالفعل.</translation>
    </message>
    <message>
        <source>The birth date is not possible (in the future or before 1880).</source>
        <translation>تاريخ الميلاد غير ممكن (في المستقبل أو قبل 1880).</translation>
    </message>
    <message>
        <source>The given name must have 1 to 100 characters.</source>
        <translation>يجب أن يتكون الاسم الأول من 1 إلى 100 حرف.</translation>
    </message>
    <message>
        <source>The family name must have 1 to 100 characters.</source>
        <translation>يجب أن يتكون اسم العائلة من 1 إلى 100 حرف.</translation>
    </message>
    <message>
        <source>Choose female, male, other or unknown.</source>
        <translation>اختر أنثى أو ذكر أو غير ذلك أو غير معروف.</translation>
    </message>
    <message>
        <source>A national ID has 4 to 32 letters, digits or dashes.</source>
        <translation>يتكون الرقم الوطني من 4 إلى 32 حرفًا أو رقمًا أو شرطة.</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces, +, (, ), ., / or - only.</source>
        <translation>لا يحتوي رقم الهاتف إلا على أرقام ومسافات و+ و( و) و. و/ و-.</translation>
    </message>
    <message>
        <source>The address is too long (300 characters at most).</source>
        <translation>العنوان طويل جدًا (300 حرف على الأكثر).</translation>
    </message>
    <message>
        <source>A postal code has 2 to 12 letters, digits, spaces or dashes.</source>
        <translation>يتكون الرمز البريدي من 2 إلى 12 حرفًا أو رقمًا أو مسافة أو شرطة.</translation>
    </message>
    <message>
        <source>Say whether the birth date is exact, only the year, or an estimated age.</source>
        <translation>حدّد هل تاريخ الميلاد دقيق أم السنة فقط أم عمر تقديري.</translation>
    </message>
    <message>
        <source>When only the year of birth is known, the birth date is stored as 1 July of it.</source>
        <translation>عندما لا تُعرف إلا سنة الميلاد، يُحفظ تاريخ الميلاد في 1 يوليو من تلك السنة.</translation>
    </message>
    <message>
        <source>This patient is unidentified: record who they are with &apos;Identify…&apos;, not by correcting the name (and a national ID identifies them).</source>
        <translation>هذا المريض مجهول الهوية: سجّل هويته من «تحديد الهوية…»، لا بتصحيح الاسم (والرقم الوطني يحدد هويته أيضًا).</translation>
    </message>
    <message>
        <source>The note has 1 to 500 characters.</source>
        <translation>تتكون الملاحظة من 1 إلى 500 حرف.</translation>
    </message>
    <message>
        <source>Names, the address and the note cannot contain invisible control characters (often pasted from another program). Retype them.</source>
        <translation>لا يمكن أن تحتوي الأسماء والعنوان والملاحظة على أحرف تحكم غير مرئية (غالبًا ما تُلصق من برنامج آخر). أعد كتابتها.</translation>
    </message>
    <message>
        <source>This temporary alias is already in use.</source>
        <translation>هذا الاسم المؤقت مستخدم بالفعل.</translation>
    </message>
    <message>
        <source>A lot number has 1 to 30 letters, digits, &apos;.&apos;, &apos;/&apos; or &apos;-&apos;, as printed on the pack.</source>
        <translation>يتكون رقم الدفعة من 1 إلى 30 حرفًا أو رقمًا أو «.» أو «/» أو «-»، كما هو مطبوع على العبوة.</translation>
    </message>
    <message>
        <source>Write the note first (at most 100,000 characters).</source>
        <translation>اكتب الملاحظة أولًا (100000 حرف على الأكثر).</translation>
    </message>
    <message>
        <source>Give the substance (at most 200 characters).</source>
        <translation>اذكر المادة (200 حرف على الأكثر).</translation>
    </message>
    <message>
        <source>The reaction has at most 500 characters.</source>
        <translation>التفاعل 500 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>Choose the category: drug, food, environment or other.</source>
        <translation>اختر الفئة: دواء أو طعام أو بيئة أو غير ذلك.</translation>
    </message>
    <message>
        <source>The note has at most 200 characters.</source>
        <translation>الملاحظة 200 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>The clinical information has at most 1,000 characters.</source>
        <translation>المعلومات السريرية 1000 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>Give the reason for admission (3 to 500 characters).</source>
        <translation>اذكر سبب الإدخال (من 3 إلى 500 حرف).</translation>
    </message>
    <message>
        <source>Give the reason (3 to 300 characters).</source>
        <translation>اذكر السبب (من 3 إلى 300 حرف).</translation>
    </message>
    <message>
        <source>The reason has at most 300 characters.</source>
        <translation>السبب 300 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>A department code is 2 to 20 capital letters, digits or _, starting with a letter.</source>
        <translation>رمز القسم من 2 إلى 20 حرفًا لاتينيًا كبيرًا أو رقمًا أو _، ويبدأ بحرف.</translation>
    </message>
    <message>
        <source>The department name must have 1 to 120 characters.</source>
        <translation>يجب أن يتكون اسم القسم من 1 إلى 120 حرفًا.</translation>
    </message>
    <message>
        <source>A code is 2 to 32 capital letters, digits, - or _, starting with a letter.</source>
        <translation>الرمز من 2 إلى 32 حرفًا لاتينيًا كبيرًا أو رقمًا أو - أو _، ويبدأ بحرف.</translation>
    </message>
    <message>
        <source>The name must have 1 to 200 characters.</source>
        <translation>يجب أن يتكون الاسم من 1 إلى 200 حرف.</translation>
    </message>
    <message>
        <source>A service lasts 5 to 480 minutes.</source>
        <translation>تستغرق الخدمة من 5 إلى 480 دقيقة.</translation>
    </message>
    <message>
        <source>A price code is 2 to 32 capital letters, digits, - or _, starting with a letter.</source>
        <translation>رمز السعر من 2 إلى 32 حرفًا لاتينيًا كبيرًا أو رقمًا أو - أو _، ويبدأ بحرف.</translation>
    </message>
    <message>
        <source>A room code is 2 to 32 capital letters, digits, - or _, starting with a letter.</source>
        <translation>رمز الغرفة من 2 إلى 32 حرفًا لاتينيًا كبيرًا أو رقمًا أو - أو _، ويبدأ بحرف.</translation>
    </message>
    <message>
        <source>The room name must have 1 to 200 characters.</source>
        <translation>يجب أن يتكون اسم الغرفة من 1 إلى 200 حرف.</translation>
    </message>
    <message>
        <source>A price code is 2 to 40 capital letters, digits or -, starting with a letter.</source>
        <translation>رمز السعر من 2 إلى 40 حرفًا لاتينيًا كبيرًا أو رقمًا أو -، ويبدأ بحرف.</translation>
    </message>
    <message>
        <source>A price is more than 0.</source>
        <translation>يجب أن يكون السعر أكبر من 0.</translation>
    </message>
    <message>
        <source>A currency is three capital letters (e.g. GBP).</source>
        <translation>العملة ثلاثة أحرف لاتينية كبيرة (مثل GBP).</translation>
    </message>
    <message>
        <source>A group is 2 to 40 lower-case letters, digits or _, starting with a letter (e.g. consultation).</source>
        <translation>المجموعة من 2 إلى 40 حرفًا لاتينيًا صغيرًا أو رقمًا أو _، وتبدأ بحرف (مثل consultation).</translation>
    </message>
    <message>
        <source>Give the reason for the adjustment (5 to 500 characters).</source>
        <translation>اذكر سبب التسوية (من 5 إلى 500 حرف).</translation>
    </message>
    <message>
        <source>This invoice already has a claim.</source>
        <translation>لهذه الفاتورة مطالبة بالفعل.</translation>
    </message>
    <message>
        <source>Your cash for this day is already closed.</source>
        <translation>صندوقك لهذا اليوم مقفل بالفعل.</translation>
    </message>
    <message>
        <source>The patient already has an active coverage in this period: end or cancel it first.</source>
        <translation>لدى المريض تغطية نشطة في هذه الفترة بالفعل: أنهِها أو ألغِها أولًا.</translation>
    </message>
    <message>
        <source>A member number has 4 to 32 capital letters, digits or dashes.</source>
        <translation>رقم العضوية من 4 إلى 32 حرفًا لاتينيًا كبيرًا أو رقمًا أو شرطة.</translation>
    </message>
    <message>
        <source>A test with this LOINC code is already in the catalog: search for it and edit it instead.</source>
        <translation>يوجد تحليل بهذا الرمز LOINC في الدليل بالفعل: ابحث عنه وعدّله بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>A panel with this LOINC code is already in the catalog.</source>
        <translation>توجد لوحة بهذا الرمز LOINC في الدليل بالفعل.</translation>
    </message>
    <message>
        <source>This test is already a member of the panel.</source>
        <translation>هذا التحليل عضو في اللوحة بالفعل.</translation>
    </message>
    <message>
        <source>The test name must have 1 to 255 characters.</source>
        <translation>يجب أن يتكون اسم التحليل من 1 إلى 255 حرفًا.</translation>
    </message>
    <message>
        <source>The short name must have 1 to 40 characters.</source>
        <translation>يجب أن يتكون الاسم المختصر من 1 إلى 40 حرفًا.</translation>
    </message>
    <message>
        <source>The specimen type must have 1 to 100 characters.</source>
        <translation>يجب أن يتكون نوع العينة من 1 إلى 100 حرف.</translation>
    </message>
    <message>
        <source>The container must have 1 to 100 characters.</source>
        <translation>يجب أن يتكون الوعاء من 1 إلى 100 حرف.</translation>
    </message>
    <message>
        <source>The unit has at most 40 characters, without leading or trailing spaces.</source>
        <translation>الوحدة 40 حرفًا على الأكثر، بلا مسافات في البداية أو النهاية.</translation>
    </message>
    <message>
        <source>A result is numeric or text.</source>
        <translation>النتيجة رقمية أو نصية.</translation>
    </message>
    <message>
        <source>A test is reported with 0 to 4 decimals.</source>
        <translation>يُبلَّغ عن التحليل بـ 0 إلى 4 منازل عشرية.</translation>
    </message>
    <message>
        <source>The panel name must have 1 to 255 characters.</source>
        <translation>يجب أن يتكون اسم اللوحة من 1 إلى 255 حرفًا.</translation>
    </message>
    <message>
        <source>This LOINC code is already a panel in the catalog.</source>
        <translation>رمز LOINC هذا لوحة موجودة في الدليل بالفعل.</translation>
    </message>
    <message>
        <source>This LOINC code is already a test in the catalog.</source>
        <translation>رمز LOINC هذا تحليل موجود في الدليل بالفعل.</translation>
    </message>
    <message>
        <source>Your session has ended: this account was locked or deactivated, or its password was changed. Log in again, or ask an administrator.</source>
        <translation>انتهت جلستك: قُفل هذا الحساب أو عُطّل، أو تغيّرت كلمة مروره. سجّل الدخول مرة أخرى، أو اطلب المساعدة من المسؤول.</translation>
    </message>
    <message>
        <source>The database did not allow this for your login. If you need it for your work, ask an administrator.</source>
        <translation>لم تسمح قاعدة البيانات بهذا الإجراء لحسابك. إن كنت تحتاجه في عملك، فاطلبه من المسؤول.</translation>
    </message>
    <message>
        <source>This overlaps with an existing booking.</source>
        <translation>هذا يتداخل مع موعد محجوز.</translation>
    </message>
    <message>
        <source>This would create a duplicate record.</source>
        <translation>سيؤدي هذا إلى إنشاء سجل مكرر.</translation>
    </message>
    <message>
        <source>This refers to a record that does not exist (any more).</source>
        <translation>يشير هذا إلى سجل غير موجود (أو لم يعد موجودًا).</translation>
    </message>
    <message>
        <source>A field is required.</source>
        <translation>هناك حقل مطلوب.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} مطلوب.</translation>
    </message>
    <message>
        <source>{field}: the value is not accepted (too long, too short, or not in the form it must have). Check it and try again.</source>
        <translation>{field}: القيمة غير مقبولة (طويلة جدًا أو قصيرة جدًا أو ليست بالصيغة المطلوبة). تحقّق منها وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The text contains an invisible control character that cannot be saved (often pasted from another program). Retype the text and try again.</source>
        <translation>يحتوي النص على حرف تحكم غير مرئي لا يمكن حفظه (غالبًا ما يُلصق من برنامج آخر). أعد كتابة النص وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Someone else changed this at the same moment. Please try again.</source>
        <translation>غيّر شخص آخر هذا في اللحظة نفسها. يرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. It reconnects by itself; please try again in a moment.</source>
        <translation>انقطع الاتصال بقاعدة البيانات. سيُعاد الاتصال تلقائيًا؛ يرجى المحاولة بعد لحظات.</translation>
    </message>
    <message>
        <source>The input was refused.</source>
        <translation>رُفض الإدخال.</translation>
    </message>
</context>
</TS>
