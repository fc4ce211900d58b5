"""A staff member's connection to the central database (no widgets here: only QtCore's thread-safe translate()
for the messages, which are made on the login's worker thread).

Each workstation logs in with the staff member's own PostgreSQL login; the database decides what they
may see and do. This module makes the SQLAlchemy engine for that login, tells login failures apart
(wrong password, unreachable server, not staff, deactivated), reads the staff member's language and formats,
and offers short sessions for the worker threads. The engine pings connections before use, so a dropped
connection is replaced by itself."""
from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

import psycopg
from psycopg import errors as pgerr
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from ..printing.language import set_hospital_language
from . import clock
from .profiles import ServerProfile

# The English names (QT_TRANSLATE_NOOP returns its text); group_label() gives the one in the language installed.
GROUP_LABELS = {
    "hms_reception": QT_TRANSLATE_NOOP("Roles", "Reception"), "hms_doctor": QT_TRANSLATE_NOOP("Roles", "Clinic"),
    "hms_nurse": QT_TRANSLATE_NOOP("Roles", "Ward"), "hms_pharmacist": QT_TRANSLATE_NOOP("Roles", "Pharmacy"),
    "hms_lab": QT_TRANSLATE_NOOP("Roles", "Laboratory"), "hms_billing": QT_TRANSLATE_NOOP("Roles", "Billing"),
    "hms_admin": QT_TRANSLATE_NOOP("Roles", "Administration"), "hms_auditor": QT_TRANSLATE_NOOP("Roles", "Audit"),
}


def group_label(group: str) -> str:
    """A group role's name for the screen ("hms_doctor" → "Clinic"), in the language installed."""
    label = GROUP_LABELS.get(group)
    return QCoreApplication.translate("Roles", label) if label else group


# The server says only "not permitted to log in" for both: a lock after failed logins and a deactivation.
LOCKED_OR_DEACTIVATED = QT_TRANSLATE_NOOP(
    "Login", "This account is locked or deactivated. After repeated wrong passwords or codes an account is locked "
             "for safety: ask an administrator to unlock it.")
WRONG_CODE = QT_TRANSLATE_NOOP(
    "Login", "The code is wrong or was already used. Enter the 6 digits your authenticator app shows now.")


class LoginError(Exception):
    """Why a login failed, in words for the person at the login screen."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind  # credentials | unreachable | not_staff | deactivated | database | tls
        self.message = message


@dataclass(frozen=True)
class Identity:
    staff_id: int
    username: str
    full_name: str
    groups: tuple[str, ...]
    departments: tuple[str, ...] = field(default=())
    must_change_password: bool = False  # a one-time password from an administrator (migration 0008)
    second_factor: str = "none"  # none | needed | verified: core.second_factor_state()
    # The language the client speaks to this person and the locale of their dates and numbers: their own
    # (core.staff.language / locale), else the hospital's (settings 'language' / 'locale'); see effective_language.
    language: str = "en"
    locale: str | None = None  # None: the language's own default formats (i18n.LANGUAGES)

    @property
    def roles(self) -> tuple[str, ...]:
        """'hms_doctor' → 'doctor'."""
        return tuple(g.removeprefix("hms_") for g in self.groups)


# The staff member's own language and locale, and the hospital's (their default): see effective_language.
LANGUAGE_SQL = ("SELECT s.language, s.locale, "
                "       (SELECT value #>> '{}' FROM core.setting WHERE key = 'language'), "
                "       (SELECT value #>> '{}' FROM core.setting WHERE key = 'locale') "
                "  FROM core.staff s WHERE s.username = session_user")


def effective_language(language: str | None, locale: str | None, hospital_language: str | None,
                       hospital_locale: str | None) -> tuple[str, str | None]:
    """(language, locale) for a staff member: their own choice, else the hospital's. A staff member who chose a
    language but no locale keeps the hospital's formats when they are of that language (fr_BE for French), else
    gets the language's own (None: i18n.LANGUAGES) — French screens do not write dates in Arabic digits."""
    chosen = language or hospital_language or "en"
    if locale:
        return chosen, locale
    if hospital_locale and (not language or hospital_locale.split("_")[0] == chosen):
        return chosen, hospital_locale
    return chosen, None


def workstation_name() -> str:
    return f"hd:{socket.gethostname()}"[:63]


def _translate(text: str) -> str:
    return QCoreApplication.translate("Login", text)


def _login_error(exc: psycopg.OperationalError, profile: ServerProfile) -> LoginError:
    text_ = str(exc)
    low = text_.lower()
    if "password authentication failed" in low or "no password supplied" in low:
        return LoginError("credentials", QCoreApplication.translate("Login", "The user name or password is wrong."))
    if "not permitted to log in" in low:
        return LoginError("deactivated", _translate(LOCKED_OR_DEACTIVATED))
    if "does not exist" in low and "database" in low:
        return LoginError("database", QCoreApplication.translate(
            "Login", "The server has no database named {database}. Check the profile.").format(
                database=repr(profile.database)))
    if "no pg_hba.conf entry" in low or "pg_hba.conf rejects" in low:
        if "no encryption" in low:
            return LoginError("tls", QCoreApplication.translate(
                "Login", "The server accepts only encrypted (TLS) connections: set the profile's TLS mode to "
                         "verify-full with the hospital's CA certificate."))
        return LoginError("not_staff", _translate(NOT_FROM_HERE))
    if "permission denied for database" in low:
        return LoginError("not_staff", _translate(NOT_FROM_HERE))
    if "ssl" in low or "certificate" in low:
        return _tls_error(text_, profile)
    return LoginError("unreachable", QCoreApplication.translate(
        "Login", "The server {hosts} cannot be reached. Check the network or ask IT.").format(
            hosts=", ".join(profile.hosts)))


NOT_FROM_HERE = QT_TRANSLATE_NOOP("Login", "This login may not use the hospital database from this workstation.")
NOT_STAFF = QT_TRANSLATE_NOOP("Login", "This login is not a Hospital Desktop staff account.")


def _tls_error(text_: str, profile: ServerProfile) -> LoginError:
    """A failed TLS connection, said so that the person knows whether to retry, fix the profile or call IT."""
    low = text_.lower()
    detail = text_.strip().splitlines()[-1] if text_.strip() else ""
    name = re.search(r'server certificate for "([^"]*)".*does not match host name "([^"]*)"', text_, re.S)
    if name or "does not match host name" in low:
        certified, asked = name.groups() if name else (QCoreApplication.translate("Login", "another name"),
                                                       ", ".join(profile.hosts))
        return LoginError("tls", QCoreApplication.translate(
            "Login", "The server's certificate is for {certified}, not for {asked}: the host in the profile must be "
                     "the server's name on its certificate. Do not log in; ask IT.").format(
                certified=certified, asked=asked))
    if "certificate verify failed" in low or "unable to get local issuer" in low or "self-signed" in low \
            or "self signed" in low:
        ca = profile.sslrootcert or QCoreApplication.translate("Login", "the system's CA file")
        return LoginError("tls", QCoreApplication.translate(
            "Login", "The server's certificate is not signed by the hospital's certificate authority ({ca}): this "
                     "may not be the hospital's server. Do not log in; ask IT.").format(ca=ca))
    if "root certificate file" in low or "could not read root certificate" in low:
        return LoginError("tls", QCoreApplication.translate(
            "Login", "The hospital's CA certificate file is missing or unreadable ({file}): fix the CA file in the "
                     "server profile, or ask IT.").format(
                file=profile.sslrootcert or "PGSSLROOTCERT or ~/.postgresql/root.crt"))
    if "does not support ssl" in low:
        return LoginError("tls", QCoreApplication.translate(
            "Login", "The server does not offer encrypted (TLS) connections, but the profile requires them. Ask IT."))
    return LoginError("tls", QCoreApplication.translate(
        "Login", "A secure (TLS) connection to the server could not be made: {detail}").format(detail=detail))


class Database:
    """One logged-in staff member's access to the database."""

    def __init__(self, profile: ServerProfile, username: str, password: str, *,
                 application_name: str | None = None):
        self.profile = profile
        self.username = username
        self._password = password
        self.application_name = application_name or workstation_name()
        self.identity: Identity | None = None
        # The token of a verified second-factor code: every connection presents it (core.session_staff_id).
        self._second_factor: str | None = None
        self.engine: Engine = create_engine("postgresql+psycopg://", creator=self._connect, pool_size=4,
                                            max_overflow=4, pool_pre_ping=True, pool_recycle=1800)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # Dashboards and reports read from a hot standby when the profile names one (created on first use).
        self._read_sessions: sessionmaker[Session] | None = None
        self._read_engine: Engine | None = None

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(**self._with_second_factor(
            self.profile.conninfo(self.username, self._password, self.application_name)))

    def _with_second_factor(self, info: dict) -> dict:
        if self._second_factor:  # set at connection start: it outlives every rollback and pool reset
            info["options"] = f"{info.get('options', '')} -c hms.second_factor={self._second_factor}".strip()
        return info

    def new_connection(self) -> psycopg.Connection:
        """A connection of its own, outside the pool (the notification listener holds one)."""
        return self._connect()

    def login(self) -> Identity:
        """Open the first connection and find out who this is; raises LoginError."""
        try:
            conn = self._connect()
        except psycopg.OperationalError as exc:
            raise _login_error(exc, self.profile) from exc
        try:
            with conn:
                try:
                    row = conn.execute(
                        "SELECT s.id, s.username, s.full_name, s.active, core.my_groups(), "
                        "       coalesce((SELECT array_agg(d.code ORDER BY d.code) FROM core.staff_department sd "
                        "                 JOIN core.department d ON d.id = sd.department_id "
                        "                 WHERE sd.staff_id = s.id AND sd.active), '{}'), "
                        "       s.password_change_required, core.second_factor_state() "
                        "  FROM core.staff s WHERE s.username = session_user").fetchone()
                    zone = conn.execute("SELECT coalesce((SELECT value #>> '{}' FROM core.setting "
                                        "WHERE key = 'clinic_timezone'), current_setting('TimeZone'))").fetchone()[0]
                    languages = conn.execute(LANGUAGE_SQL).fetchone()
                except (pgerr.InsufficientPrivilege, pgerr.UndefinedTable, pgerr.InvalidSchemaName) as exc:
                    raise LoginError("not_staff", _translate(NOT_STAFF)) from exc
        finally:
            conn.close()
        if row is None:
            raise LoginError("not_staff", _translate(NOT_STAFF))
        staff_id, username, full_name, active, groups, departments, must_change, second_factor = row
        if not active:
            raise LoginError("deactivated", QCoreApplication.translate(
                "Login", "This account is deactivated. Ask an administrator if you still work here."))
        if second_factor is None:  # active but locked (its sessions are ended as it is locked)
            raise LoginError("deactivated", _translate(LOCKED_OR_DEACTIVATED))
        if not groups:
            raise LoginError("not_staff", QCoreApplication.translate(
                "Login", "This account has no role in the hospital system yet. Ask an administrator."))
        language, locale = effective_language(*languages)
        self.identity = Identity(staff_id, username, full_name, tuple(groups), tuple(departments), bool(must_change),
                                 second_factor, language, locale)
        clock.set_zone(zone)
        # Printouts are in the hospital's language and formats, whatever this person's screens speak.
        set_hospital_language(languages[2], languages[3])
        return self.identity

    def verify_second_factor(self, code: str) -> bool:
        """The code from the staff member's authenticator app; False for a wrong one (the database counts it and
        locks the login after too many: then LoginError). On success every connection presents the token."""
        try:
            with self._connect() as conn:
                token = conn.execute("SELECT core.verify_second_factor(%s)", (code,)).fetchone()[0]
        except pgerr.InsufficientPrivilege as exc:
            raise LoginError("deactivated", _translate(LOCKED_OR_DEACTIVATED)) from exc
        except psycopg.OperationalError as exc:
            raise _login_error(exc, self.profile) from exc
        if not token:
            return False
        self._second_factor = token
        self._dispose()  # pooled connections opened before the code do not present it
        if self.identity is not None:
            self.identity = replace(self.identity, second_factor="verified")
        return True

    def check_password(self, password: str) -> bool:
        """Unlock an idle-locked workstation: is this the logged-in user's password? (Asks the server.)"""
        try:
            psycopg.connect(**self.profile.conninfo(self.username, password, self.application_name)).close()
            return True
        except psycopg.OperationalError as exc:
            if _login_error(exc, self.profile).kind == "credentials":
                return False
            raise

    @contextmanager
    def session(self, *, reason: str | None = None) -> Iterator[Session]:
        """A short transaction: commits when the block ends, rolls back on error. A reason becomes
        `hms.reason` for the audit trail of every row the transaction writes."""
        with self._sessions() as session, session.begin():
            if reason:
                session.execute(text("SELECT set_config('hms.reason', :r, true)"), {"r": reason})
            yield session

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A read-only transaction for dashboards and reports: on the read-only replica when the profile
        configures one (libpq falls back to the primary when no standby answers), else on the primary."""
        if not self.profile.replica_hosts:
            with self._sessions() as session, session.begin():
                session.execute(text("SET TRANSACTION READ ONLY"))
                yield session
            return
        if self._read_sessions is None:
            self._read_engine = create_engine(
                "postgresql+psycopg://", creator=self._connect_replica,
                # recycled every 5 minutes: a connection that fell back to the primary returns to the standby
                pool_size=2, max_overflow=2, pool_pre_ping=True, pool_recycle=300)
            self._read_sessions = sessionmaker(self._read_engine, expire_on_commit=False)
        with self._read_sessions() as session, session.begin():
            yield session

    def _connect_replica(self) -> psycopg.Connection:
        return psycopg.connect(**self._with_second_factor(
            self.profile.replica_conninfo(self.username, self._password, self.application_name)))

    def _dispose(self) -> None:
        for engine in (self.engine, self._read_engine):
            if engine is not None:
                engine.dispose()

    def replace_password(self, password: str) -> None:
        """After the user changed their password: new connections use it, pooled old ones are dropped."""
        self._password = password
        self._dispose()

    def ping(self) -> str | None:
        """The heartbeat: reach the server and ask whether this session still counts as its staff member's
        (core.second_factor_state: 'needed' once a verified code has expired or was ended)."""
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT core.second_factor_state()")).scalar()

    def close(self) -> None:
        """Log out: the second-factor token is ended in the database (best effort: an unreachable server keeps
        it until it expires), then every connection is closed."""
        if self._second_factor:
            try:
                with self.engine.connect() as conn:
                    conn.execute(text("SELECT core.end_my_second_factor()"))
                    conn.commit()
            except Exception:  # noqa: BLE001 - logging out must not fail; the token expires by itself
                pass
            self._second_factor = None
        self._dispose()
