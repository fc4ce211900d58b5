"""Render the administrator's "Wards, rooms & beds" screenshot offscreen from a private demo database.

    .venv/bin/python docs/screenshots/render_beds.py

Starts a throwaway PostgreSQL with a 3,000-patient demo hospital, logs in as admin1, opens Reference data ->
Wards, rooms & beds on the medical ward, adds a room with two beds, retires one, tries to retire an occupied bed
(the database's refusal shows in the message line) and writes admin_beds.png next to this file."""
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
        editor = ref.beds
        ref.tabs.setCurrentWidget(editor.parentWidget())
        idle = lambda: wait_until(lambda: adm.ops.wait_idle(10), timeout=60)  # noqa: E731
        wait_until(lambda: any(w.code == "MEDW" for w in editor.wards), timeout=60)
        editor.select_ward("MEDW")
        wait_until(lambda: any(r.code == "MEDW-6" for r in editor.rooms), timeout=60)
        editor.new_room()
        editor.room_code.setText("MEDW-7")
        editor.room_name.setText("Medical ward room 7 (side room)")
        editor.add_room()
        wait_until(lambda: editor.selected_room() is not None and editor.selected_room().code == "MEDW-7")
        for suffix in "AB":
            if editor.selected_bed() is not None:
                editor.add_bed()
            editor.bed_code.setText(f"MEDW-7-{suffix}")
            editor.bed_label.setText(f"7{suffix}")
            editor.add_bed()
            wait_until(lambda s=suffix: editor.selected_bed() is not None and editor.selected_bed().label == f"7{s}")
        editor.toggle_bed()
        wait_until(lambda: editor.message.text() == "Bed 7B deactivated.")
        idle()
        occupied = next(b for r in editor.rooms for b in r.beds if b.active and b.state == "occupied")
        editor.select("bed", occupied.code)
        editor.toggle_bed()
        wait_until(lambda: "occupied by a patient" in editor.message.text())
        idle()
        grab(adm, "admin_beds.png")
        adm.close()
    finally:
        cluster.destroy()


if __name__ == "__main__":
    main()
