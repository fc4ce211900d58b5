"""Render the administrator's lab catalog screens offscreen from a private demo database.

    .venv/bin/python docs/screenshots/render_lab_catalog.py

Starts a throwaway PostgreSQL with a 3,000-patient demo hospital, logs in as admin1 and writes
admin_lab_catalog.png (Lab tests: a new test whose LOINC check digit is mistyped) and admin_lab_panels.png
(a panel's members in report order) next to this file."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

from render import grab, wait_until, window_for  # noqa: E402  (also sets the offscreen platform)

import psycopg  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from hospital_desktop.core.profiles import ServerProfile  # noqa: E402
from server_db import migrate  # noqa: E402
from server_db.demo.generate import load_demo  # noqa: E402
from server_db.embedded import LocalCluster  # noqa: E402


def main() -> None:
    QApplication.instance() or QApplication([])
    cluster = LocalCluster.in_temp_dir("hms-shots-", fast=True)
    try:
        url = cluster.create_database()
        migrate.upgrade(url)
        with psycopg.connect(url) as conn:
            load_demo(conn, 3000, seed=11)
        state = cluster.state
        assert state is not None
        profile = ServerProfile(name="Demo (this computer)", hosts=["127.0.0.1"], port=state.port, sslmode="disable")
        adm = window_for(profile, "admin1", size=(1400, 860))
        adm.select_workspace("reference")
        ref = adm.workspaces["reference"].widget
        tests, panels = ref.lab_tests, ref.lab_panels
        ref.tabs.setCurrentWidget(tests)
        wait_until(lambda: len(tests.items) >= 28 and tests.specimen.count() > 3, timeout=60)
        tests.edit(None)
        tests.code.setText("19123-9")  # magnesium is 19123-9 in LOINC: typed with the wrong last digit first
        tests.name.setText("Magnesium [Moles/volume] in Serum or Plasma")
        tests.short_name.setText("Magnesium")
        tests.specimen.setCurrentText("Serum")
        tests.container.setCurrentText("SST (gold)")
        tests.unit.setText("mmol/L")
        tests.decimals.setValue(2)
        tests.code.setText("19123-4")
        tests.save()
        wait_until(lambda: "check digit" in tests.message.text())
        grab(adm, "admin_lab_catalog.png")

        ref.tabs.setCurrentWidget(panels)
        wait_until(lambda: len(panels.panels) >= 3)
        row = next(i for i, p in enumerate(panels.panels) if p.code == "24362-6")
        panels.table.selectRow(row)
        wait_until(lambda: len(panels.members) == 4)
        panels.member_table.selectRow(2)
        grab(adm, "admin_lab_panels.png")
        adm.close()
    finally:
        cluster.destroy()


if __name__ == "__main__":
    main()
