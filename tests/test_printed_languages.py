"""Printouts in the hospital's language (issue 18): a real invoice, wristband and discharge summary printed in
French and in Arabic, read back with poppler's pdftotext as a person's PDF reader would. Arabic must come back as
the words that were written — joined letters (presentation forms, folded back by NFKC) in logical order — not
as isolated letters or a reversed line."""
from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import date

import pytest
from builders import register
from finance_helpers import stay_charges, tag

from hospital_desktop.i18n import Printed

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed")
_MARKS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def pdf_text(pdf: bytes, tmp_path, *, raw: bool = False) -> str:  # noqa: ANN001
    path = tmp_path / f"doc-{tag()}.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out if raw else " ".join(_MARKS.sub("", unicodedata.normalize("NFKC", out)).split())


@pytest.fixture()
def invoice(admin, connect_as, login_db):
    patient = register(connect_as, f"Haddad-{tag()}", given="Leila").id
    _, charges = stay_charges(admin, patient, nights=2, price="150.00")
    with connect_as("billing1") as conn:
        invoice_id = conn.execute("SELECT billing.issue_invoice(%s, %s)", (patient, charges)).fetchone()[0]
    from hospital_desktop.billing.queries import invoice_document
    with login_db("billing1").session() as session:
        return invoice_document(session, invoice_id)


def test_an_arabic_invoice_reads_right(qapp, invoice, tmp_path):
    from hospital_desktop.billing.documents import invoice_pdf
    pdf = invoice_pdf(invoice, Printed.for_language("ar", "ar_EG"))
    # drawn with joined letter forms (Arabic Presentation Forms-B), not as isolated letters
    assert re.search("[\ufe70-\ufefc]", pdf_text(pdf, tmp_path, raw=True))
    text = pdf_text(pdf, tmp_path)
    # the document's own words, joined and in reading order
    for words in ("فاتورة", "فاتورة باسم", "الرصيد المستحق", "المبلغ الإجمالي", "تاريخ الاستحقاق"):
        assert words in text, (words, text)
    # the data as it was entered, and the amounts in the locale's digits
    assert invoice.number in text and invoice.mrn in text and "Leila" in text
    assert "٣٠٠٫٠٠" in text  # 2 nights × 150.00, Arabic-Indic digits of ar_EG
    assert "Balance due" not in text and "Invoice" not in text


def test_a_french_invoice_uses_french_words_and_formats(qapp, invoice, tmp_path):
    from hospital_desktop.billing.documents import invoice_pdf
    text = pdf_text(invoice_pdf(invoice, Printed.for_language("fr", "fr_FR")), tmp_path)
    assert "Facture" in text and "Reste à payer" in text and "Facturé à" in text
    assert "300,00 GBP" in text  # the hospital's currency, placed and punctuated as in French
    assert invoice.due_date.strftime("%d/%m/%Y") in text


def test_wristband_and_discharge_summary_in_arabic(qapp, tmp_path):
    from types import SimpleNamespace

    from hospital_desktop.adt.documents import discharge_summary_pdf
    from hospital_desktop.registry.documents import wristband_pdf
    arabic = Printed.for_language("ar", "ar_MA")  # Moroccan Arabic: Latin digits
    patient = SimpleNamespace(mrn="100000042", family_name="Mansour", given_name="Leila", sex="female",
                              birth_date=date(1987, 3, 4), birth_date_accuracy="exact")
    band = pdf_text(wristband_pdf(patient, "Hôpital Central", arabic), tmp_path)
    assert "MANSOUR, Leila" in band and "100000042" in band and "الميلاد" in band and "أنثى" in band
    summary = {"status": "draft", "family_name": "Mansour", "given_name": "Leila", "mrn": "100000042",
               "author": "Dr Amelia Grant", "version": 1, "hospital": "Hôpital Central",
               "birth_date": date(1987, 3, 4), "sex": "female", "ward": "Medical ward",
               "admitted_at": None, "discharged_at": None, "attending": "Dr Amelia Grant", "disposition": "home",
               "diagnoses": "Community-acquired pneumonia", "procedures": "", "results": "", "medications": "",
               "follow_up": "GP in 7 days"}
    text = pdf_text(discharge_summary_pdf(summary, arabic), tmp_path)
    for words in ("ملخص الخروج", "التشخيصات", "أدوية الخروج", "المتابعة", "إلى المنزل", "مسودة"):
        assert words in text, (words, text)
    assert "Community-acquired pneumonia" in text and "GP in 7 days" in text
