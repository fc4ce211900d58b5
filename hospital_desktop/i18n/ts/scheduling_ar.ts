<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Appointment</name>
    <message>
        <source>booked</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>حضر</translation>
    </message>
    <message>
        <source>in consultation</source>
        <translation>في الكشف</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>لم يحضر</translation>
    </message>
</context>
<context>
    <name>AppointmentsWorkspace</name>
    <message>
        <source>Provider</source>
        <translation>الطبيب</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>No patient chosen</source>
        <translation>لم يُختر أي مريض</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>حضوري</translation>
    </message>
    <message>
        <source>Telemedicine (video visit)</source>
        <translation>عن بُعد (استشارة بالفيديو)</translation>
    </message>
    <message>
        <source>Find next free slots</source>
        <translation>البحث عن أقرب المواعيد المتاحة</translation>
    </message>
    <message>
        <source>Book selected slot</source>
        <translation>حجز الموعد المتاح المحدد</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>حجز موعد</translation>
    </message>
    <message>
        <source>Selected appointment</source>
        <translation>الموعد المحدد</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <source>Move to selected slot</source>
        <translation>نقل إلى الموعد المتاح المحدد</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>إلغاء…</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Patient: {name}  MRN {mrn}</source>
        <translation>المريض: {name}  رقم الملف الطبي {mrn}</translation>
    </message>
    <message numerus="yes">
        <source>%n appointments shown. Green cells are free slots: select one to book or to move the selected appointment there.</source>
        <translation>
            <numerusform>لا توجد مواعيد معروضة. الخلايا الخضراء مواعيد متاحة: اختر واحدًا للحجز أو لنقل الموعد المحدد إليه.</numerusform>
            <numerusform>موعد واحد معروض. الخلايا الخضراء مواعيد متاحة: اختر واحدًا للحجز أو لنقل الموعد المحدد إليه.</numerusform>
            <numerusform>موعدان معروضان. الخلايا الخضراء مواعيد متاحة: اختر واحدًا للحجز أو لنقل الموعد المحدد إليه.</numerusform>
            <numerusform>%Ln مواعيد معروضة. الخلايا الخضراء مواعيد متاحة: اختر واحدًا للحجز أو لنقل الموعد المحدد إليه.</numerusform>
            <numerusform>%Ln موعدًا معروضًا. الخلايا الخضراء مواعيد متاحة: اختر واحدًا للحجز أو لنقل الموعد المحدد إليه.</numerusform>
            <numerusform>%Ln موعد معروض. الخلايا الخضراء مواعيد متاحة: اختر واحدًا للحجز أو لنقل الموعد المحدد إليه.</numerusform>
        </translation>
    </message>
    <message>
        <source>free {time}</source>
        <translation>متاح {time}</translation>
    </message>
    <message>
        <source>{patient} (video) — {service} [{status}]</source>
        <translation>‏{patient} (فيديو) — {service} [{status}]</translation>
    </message>
    <message>
        <source>{patient} — {service} [{status}]</source>
        <translation>‏{patient} — {service} [{status}]</translation>
    </message>
    <message>
        <source>Choose a service first.</source>
        <translation>اختر الخدمة أولًا.</translation>
    </message>
    <message>
        <source>No free slot in the next weeks for this choice.</source>
        <translation>لا توجد مواعيد متاحة في الأسابيع القادمة لهذا الاختيار.</translation>
    </message>
    <message>
        <source>Find and choose the patient first (double-click).</source>
        <translation>ابحث عن المريض واختره أولًا (نقر مزدوج).</translation>
    </message>
    <message>
        <source>Choose a service and a free slot.</source>
        <translation>اختر خدمة وموعدًا متاحًا.</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>جارٍ الحجز…</translation>
    </message>
    <message>
        <source>Booked (appointment #{id}).</source>
        <translation>تم الحجز (الموعد رقم {id}).</translation>
    </message>
    <message>
        <source>This slot was just taken. Here are the next free slots:</source>
        <translation>حُجز هذا الموعد للتو. هذه أقرب المواعيد المتاحة:</translation>
    </message>
    <message>
        <source>{patient} is checked in and waiting.</source>
        <translation>سُجّل حضور {patient} وهو في الانتظار.</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>إلغاء الموعد</translation>
    </message>
    <message>
        <source>Reason for cancelling:</source>
        <translation>سبب الإلغاء:</translation>
    </message>
    <message>
        <source>Appointment cancelled.</source>
        <translation>أُلغي الموعد.</translation>
    </message>
    <message>
        <source>Marked as no-show.</source>
        <translation>سُجّل كغائب.</translation>
    </message>
    <message>
        <source>Now select the free slot to move it to, then press &apos;Move to selected slot&apos;.</source>
        <translation>حدّد الآن الموعد المتاح الذي تنقله إليه، ثم اضغط «نقل إلى الموعد المتاح المحدد».</translation>
    </message>
    <message>
        <source>Select the appointment to move first.</source>
        <translation>حدّد الموعد المراد نقله أولًا.</translation>
    </message>
    <message>
        <source>Moved to {slot} (#{id}).</source>
        <translation>نُقل إلى {slot} (رقم {id}).</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>{weekday} {date}</source>
        <translation>{weekday} {date}</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Waiting</source>
        <translation>الانتظار</translation>
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
        <source>Doctor</source>
        <translation>الطبيب</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Booked for</source>
        <translation>موعد الحجز</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Call next patient</source>
        <translation>استدعاء المريض التالي</translation>
    </message>
    <message>
        <source>Start / resume consultation</source>
        <translation>بدء الكشف / استئنافه</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>العيادة</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>{service} (video)</source>
        <translation>‏{service} (فيديو)</translation>
    </message>
    <message numerus="yes">
        <source>%n patients waiting.</source>
        <translation>
            <numerusform>لا يوجد مرضى في الانتظار.</numerusform>
            <numerusform>مريض واحد في الانتظار.</numerusform>
            <numerusform>مريضان في الانتظار.</numerusform>
            <numerusform>%Ln مرضى في الانتظار.</numerusform>
            <numerusform>%Ln مريضًا في الانتظار.</numerusform>
            <numerusform>%Ln مريض في الانتظار.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a patient in the queue.</source>
        <translation>حدّد مريضًا في قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>لا أحد في الانتظار.</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>{name} ({minutes} min)</source>
        <translation>‏{name} ({minutes} دقيقة)</translation>
    </message>
</context>
<context>
    <name>Slot</name>
    <message>
        <source>{day} {start}–{end}</source>
        <translation>‏{day} {start}–{end}</translation>
    </message>
    <message>
        <source>{provider} — {when}</source>
        <translation>‏{provider} — {when}</translation>
    </message>
</context>
</TS>
