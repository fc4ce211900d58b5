"""Server profiles: where a workstation connects. Kept as JSON in the user's config folder (platformdirs);
an installer may drop a preset file (``--profile FILE``, ``HMS_PROFILE_FILE``, or ``profiles.json`` in the
machine-wide config folder) that fixes the server and the workstation's role. No secret is ever written here: passwords live in the OS keyring (core/secrets.py)."""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication

APP = "hospital-desktop"
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
KEEPALIVE_IDLE = 10  # seconds of silence before the first TCP keepalive probe


class ProfileError(ValueError):
    """A profile that cannot be used; the message says which field and why."""


@dataclass
class ServerProfile:
    name: str
    hosts: list[str] = field(default_factory=lambda: ["localhost"])  # "host" or "host:port"; several = failover
    port: int = 5432
    database: str = "hospital"
    sslmode: str = "prefer"
    # The hospital CA's certificate (PEM file) the server's must be signed by; None: libpq's own default
    # (PGSSLROOTCERT, else ~/.postgresql/root.crt). With verify-full libpq also checks the host name against it.
    sslrootcert: str | None = None
    # Read-only hot standbys for dashboards and reports ("host" or "host:port"); empty = everything on the primary.
    replica_hosts: list[str] = field(default_factory=list)
    role: str | None = None          # preset workspace for this workstation (e.g. "reception")
    last_user: str | None = None     # convenience only; never a password

    def validate(self) -> ServerProfile:
        if not self.name.strip():
            raise ProfileError(QCoreApplication.translate("Profiles", "a profile needs a name"))
        if not self.hosts or not all(h.strip() for h in self.hosts):
            raise ProfileError(QCoreApplication.translate("Profiles", "give at least one server host"))
        if not 0 < int(self.port) < 65536:
            raise ProfileError(QCoreApplication.translate("Profiles", "the port must be between 1 and 65535"))
        if not all(h.strip() for h in self.replica_hosts):
            raise ProfileError(QCoreApplication.translate("Profiles", "a replica host cannot be empty"))
        if not self.database.strip():
            raise ProfileError(QCoreApplication.translate("Profiles", "give the database name"))
        if self.sslmode not in SSL_MODES:
            raise ProfileError(QCoreApplication.translate("Profiles", "TLS mode must be one of {modes}").format(
                modes=", ".join(SSL_MODES)))
        if self.sslrootcert is not None and not str(self.sslrootcert).strip():
            self.sslrootcert = None
        return self

    def conninfo(self, user: str, password: str, application_name: str) -> dict[str, str | int]:
        """Keyword arguments for psycopg.connect. Several hosts → libpq tries them in order and keeps the
        one that accepts writes (the primary after a failover)."""
        info = self._conninfo(self.hosts, user, password, application_name)
        if len(self.hosts) > 1:
            info["target_session_attrs"] = "read-write"
        return info

    def replica_conninfo(self, user: str, password: str, application_name: str) -> dict[str, str | int] | None:
        """Connection for dashboards and reports when replicas are configured: libpq prefers a hot standby among
        the replicas and the primary hosts, and falls back to the primary when no standby answers; the session
        is read-only either way."""
        if not self.replica_hosts:
            return None
        info = self._conninfo([*self.replica_hosts, *self.hosts], user, password, application_name)
        info["target_session_attrs"] = "prefer-standby"
        info["options"] = "-c default_transaction_read_only=on"
        return info

    def _conninfo(self, entries: list[str], user: str, password: str, application_name: str) -> dict[str, str | int]:
        hosts, ports = [], []
        for entry in entries:
            host, _, port = entry.strip().partition(":")
            hosts.append(host)
            ports.append(port or str(self.port))
        info: dict[str, str | int] = {
            "host": ",".join(hosts), "port": ",".join(ports), "dbname": self.database, "user": user,
            "password": password, "sslmode": self.sslmode, "application_name": application_name[:63],
            "connect_timeout": 5,
            # A server that vanishes (power cut, network split) sends no reset: an idle connection — the alert
            # listener's, waiting for NOTIFY — would learn it after libpq's default 2 h 11 min; keepalives say so after
            # about 10 + 3 × 5 s. A connection that sent a query and waits for TCP acknowledgements gives up after 30 s
            # (tcp_user_timeout, instead of the kernel's ~15 min of retransmissions; no effect on slow queries).
            "keepalives": 1, "keepalives_idle": KEEPALIVE_IDLE, "keepalives_interval": 5, "keepalives_count": 3,
            "tcp_user_timeout": 30_000}
        if self.sslrootcert:
            info["sslrootcert"] = os.path.expanduser(str(self.sslrootcert).strip())
        return info

    def describe(self) -> str:
        return f"{self.name} ({', '.join(self.hosts)}/{self.database})"


def config_dir() -> Path:
    return Path(os.environ.get("HMS_CONFIG_DIR") or platformdirs.user_config_dir(APP))


class ProfileStore:
    """The user's profiles plus, read-only, the preset profile an installer dropped."""

    def __init__(self, path: Path | None = None, preset_file: Path | None = None):
        self.path = path or config_dir() / "profiles.json"
        preset = preset_file or os.environ.get("HMS_PROFILE_FILE")
        if not preset:  # where an installer drops it: /etc/xdg/hospital-desktop, C:\ProgramData\hospital-desktop
            machine_wide = Path(platformdirs.site_config_dir(APP)) / "profiles.json"
            preset = machine_wide if machine_wide.exists() else None
        self.preset_file = Path(preset) if preset else None

    def _read(self, path: Path) -> list[ServerProfile]:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, json.JSONDecodeError) as exc:
            raise ProfileError(QCoreApplication.translate("Profiles", "cannot read server profiles from {path}: {error}")
                               .format(path=path, error=exc)) from exc
        items = raw.get("profiles", []) if isinstance(raw, dict) else raw
        known = set(ServerProfile.__dataclass_fields__)
        return [ServerProfile(**{k: v for k, v in item.items() if k in known}).validate() for item in items]

    def preset(self) -> list[ServerProfile]:
        return self._read(self.preset_file) if self.preset_file else []

    def load(self) -> list[ServerProfile]:
        profiles = {p.name: p for p in self._read(self.path)}
        for p in self.preset():  # the installer's profile wins over a user's profile of the same name
            profiles[p.name] = p
        return list(profiles.values())

    def save(self, profiles: list[ServerProfile]) -> None:
        preset_names = {p.name for p in self.preset()}
        own = [asdict(p.validate()) for p in profiles if p.name not in preset_names]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"profiles": own}, indent=2), encoding="utf-8")
        tmp.replace(self.path)

    def upsert(self, profile: ServerProfile) -> None:
        profiles = [p for p in self.load() if p.name != profile.name] + [profile.validate()]
        self.save(profiles)
