"""Run Alembic programmatically (init-db, tests)."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, pool

from .urls import sqlalchemy_url

# In the pyinstaller bundle __file__ is <sys._MEIPASS>/server_db/migrate.pyc, so this is <sys._MEIPASS>/migrations,
# where packaging/hospital-desktop.spec puts the Alembic environment: no special case needed.
MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", sqlalchemy_url(url).replace("%", "%%"))
    return cfg


def _with_connection(url: str, fn) -> None:  # noqa: ANN001
    engine = create_engine(sqlalchemy_url(url), poolclass=pool.NullPool)
    try:
        with engine.connect() as connection:
            cfg = alembic_config(url)
            cfg.attributes["connection"] = connection
            fn(cfg)
            connection.commit()
    finally:
        engine.dispose()


class OlderLayoutError(ValueError):  # a ValueError: hms-admin prints it as one line
    """The database was built by the feature-by-feature migrations that the baseline replaced (before 0001 was
    the whole schema): their revision ids mean other things now, so upgrading it would be wrong, not slow."""


def _check_layout(url: str) -> None:
    from alembic.script import ScriptDirectory

    current = current_revision(url)
    if current is None:
        return
    known = {s.revision for s in ScriptDirectory.from_config(alembic_config(url)).walk_revisions()}
    engine = create_engine(sqlalchemy_url(url), poolclass=pool.NullPool)
    try:
        with engine.connect() as connection:  # the baseline's own helper: absent from the older layout
            baseline = connection.exec_driver_sql(
                "SELECT to_regprocedure('core.protect(regclass,boolean)') IS NOT NULL").scalar()
    finally:
        engine.dispose()
    if current not in known or not baseline:
        raise OlderLayoutError(
            f"this database was built by an older schema layout (revision {current}, before the baseline of "
            "server_db/sql/<schema>/): it cannot be upgraded in place. Re-create it (the demo: make demo-reset) "
            "or restore it into a new database built with hms-admin init-db.")


def upgrade(url: str, revision: str = "head") -> None:
    _check_layout(url)
    _with_connection(url, lambda cfg: command.upgrade(cfg, revision))


def downgrade(url: str, revision: str = "base") -> None:
    _with_connection(url, lambda cfg: command.downgrade(cfg, revision))


def current_revision(url: str) -> str | None:
    from alembic.runtime.migration import MigrationContext

    engine = create_engine(sqlalchemy_url(url), poolclass=pool.NullPool)
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("postgresql://unused")).get_current_head() or ""
