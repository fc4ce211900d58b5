"""hospital-desktop: start the client.

    hospital-desktop                       log in to a server profile
    hospital-desktop --demo                start the local demo database and offer the demo logins
    hospital-desktop --role reception      open that workspace after login (workstation preset)
    hospital-desktop --profile FILE        use the server profile(s) an installer dropped
    hospital-desktop --self-check PNG      render the login window offscreen to PNG and exit 0
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from .core import gc_guard
from .core.profiles import ProfileStore, ServerProfile, config_dir

log = logging.getLogger("hospital_desktop")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="hospital-desktop", description="Hospital Desktop workstation client")
    p.add_argument("--demo", action="store_true", help="start the local demo database and offer demo logins")
    p.add_argument("--role", help="workspace to open after login (reception, doctor, nurse, admin, ...)")
    p.add_argument("--profile", type=Path, help="a server profile file (JSON) dropped by the installer")
    p.add_argument("--idle-lock", type=float, help="seconds of inactivity before the workstation locks "
                                                   "(default: the hospital's setting)")
    p.add_argument("--self-check", metavar="PNG", type=Path,
                   help="render the login window offscreen to PNG and exit 0 (installation test)")
    return p


def _setup_logging() -> Path:
    folder = config_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        logfile = folder / "hospital-desktop.log"
        logging.basicConfig(filename=logfile, level=logging.INFO,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    except OSError:
        logging.basicConfig(level=logging.INFO)
        logfile = Path("-")
    return logfile


def self_check(target: Path) -> int:
    """Prove an installed bundle works: Qt starts, the login window renders, its modules import."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    gc_guard.install()
    from .shell.login_dialog import LoginDialog
    from .registry import documents  # noqa: F401 - reportlab and its barcode modules are bundled
    from .registry.views import merge_tab, reception_tab  # noqa: F401 - the workspaces import

    import tempfile

    empty = Path(tempfile.mkdtemp(prefix="hd-self-check-")) / "profiles.json"
    dialog = LoginDialog(ProfileStore(path=empty), demo_logins=[("reception1", "reception", "Demo login")],
                         demo_password="demo")
    dialog.resize(520, 420)
    dialog.show()
    app.processEvents()
    ok = dialog.grab().save(str(target))
    dialog.close()
    print(f"self-check: {'ok' if ok else 'FAILED'} — login window rendered to {target}")
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.self_check:
        return self_check(args.self_check)
    _setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    gc_guard.install()
    app.setApplicationName("Hospital Desktop")
    app.setOrganizationName("hospital-desktop")

    from .shell import workstation
    from .shell.windows import Windows

    # The login window speaks the language of this workstation's last login (its own combo switches it).
    workstation.install_last_language()
    store = ProfileStore(preset_file=args.profile)
    demo_logins = None
    demo_password = ""
    if args.demo:
        try:  # the [demo] extra: a plain workstation install has no demo hospital
            from server_db.demo.generate import DEMO_PASSWORD, DEMO_STAFF, DEPARTMENTS
            from server_db.demo.payers import start_demo_payers
            from server_db.demo_server import demo_cluster, demo_dir, register_client, start
        except ModuleNotFoundError as exc:
            from server_db.demo import missing_extra

            message = missing_extra(exc, "Demo mode (--demo)")
            if message is None:
                raise
            raise SystemExit(message) from exc
        print("Starting the demo database (first start creates the demo hospital)…", flush=True)
        admin_url = start()
        register_client()  # the server stays up until the last demo client on this computer ends
        # The payers and the insurance gateway, in this process: claims and eligibility checks get answers.
        demo_payers = start_demo_payers(admin_url, demo_dir().parent / "demo-payers" / str(os.getpid()))
        state = demo_cluster().state
        assert state is not None
        demo_profile = ServerProfile(name="Demo (this computer)", hosts=["127.0.0.1"], port=state.port,
                                     sslmode="disable")
        store.upsert(demo_profile)
        store.preset_file = None
        department_names = {code: name for code, name, _ in DEPARTMENTS}
        demo_logins = [(login, roles[0], name, ", ".join(department_names.get(d, d) for d in departments))
                       for login, name, roles, departments in DEMO_STAFF
                       if login not in ("labgateway", "insurancegateway")]
        demo_password = DEMO_PASSWORD

    windows = Windows(store, demo_logins=demo_logins, demo_password=demo_password, role=args.role,
                      idle_lock_seconds=args.idle_lock, select_profile="Demo (this computer)" if args.demo else None)
    windows.nothing_open.connect(app.quit)
    from .shell import warmup
    warmup.start()  # while the user types the password
    app.setQuitOnLastWindowClosed(False)
    app.lastWindowClosed.connect(lambda: QApplication.instance().quit() if not windows.any_visible() else None)
    windows.show_login()
    code = app.exec()
    if args.demo:
        from server_db.demo_server import demo_cluster, release_client
        demo_payers.stop()
        if release_client():  # no other demo client of this computer still uses it
            demo_cluster().stop()
    return code


if __name__ == "__main__":
    sys.exit(main())
