"""Render the screens and printouts of the languages guide (docs/languages.md) to docs/languages/: reception, the
ward's bed board and the billing workspace in French and Arabic (right to left), and a printed invoice in each.
Not part of the suite (its name does not start with test_); run it explicitly:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/render_languages.py -q
"""
from __future__ import annotations

import os
from pathlib import Path

import pypdfium2
import pytest
from builders import register
from finance_helpers import stay_charges, tag
from stall_guard import settle

from hospital_desktop import i18n

pytestmark = pytest.mark.db
OUT = Path(os.environ.get("HMS_SHOTS_DIR") or Path(__file__).resolve().parents[1] / "docs" / "languages")
SIZE = (1366, 768)
SCREENS = [("reception1", "reception", "reception"), ("reception1", "beds", "bed_board"),
           ("billing1", "billing", "billing")]


@pytest.mark.parametrize("language", ["fr", "ar"])
@pytest.mark.parametrize(("login", "workspace", "name"), SCREENS)
def test_render_screen(qtbot, shell, language, login, workspace, name):
    OUT.mkdir(parents=True, exist_ok=True)
    i18n.install(language)
    try:
        window = shell(login, preset_role=workspace)
        window.resize(*SIZE)
        settle(window.ops, qtbot)
        assert window.select_workspace(workspace), workspace
        settle(window.ops, qtbot)
        qtbot.wait(200)
        assert window.grab().save(str(OUT / f"{name}_{language}.png"))
    finally:
        i18n.install("en")


@pytest.mark.parametrize("language", ["en", "fr", "es", "ar"])
def test_render_invoice(qapp, admin, connect_as, login_db, language):
    from hospital_desktop.billing.documents import invoice_pdf
    from hospital_desktop.billing.queries import invoice_document
    OUT.mkdir(parents=True, exist_ok=True)
    patient = register(connect_as, f"Haddad-{tag()}", given="Leila").id
    _, charges = stay_charges(admin, patient, nights=2, price="150.00")
    with connect_as("billing1") as conn:
        invoice_id = conn.execute("SELECT billing.issue_invoice(%s, %s)", (patient, charges)).fetchone()[0]
    with login_db("billing1").session() as session:
        doc = invoice_document(session, invoice_id)
    pdf = pypdfium2.PdfDocument(invoice_pdf(doc, i18n.Printed.for_language(language)))
    pdf[0].render(scale=1.4).to_pil().save(OUT / f"invoice_{language}.png")
