"""Apply the versioned SQL files of server_db/sql/ from inside an Alembic migration."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources

from alembic import op

OWNER_ROLE = "hms_owner"


def read_sql(name: str) -> str:
    return resources.files("server_db").joinpath("sql", name).read_text(encoding="utf-8")


def apply_sql(name: str | None = None, *, text: str | None = None) -> None:
    """Run a whole SQL file (or text) on the migration's connection, inside its transaction.

    The raw psycopg connection is used so the file goes to the server as written: no bind-parameter
    parsing of colons or percent signs."""
    sql = read_sql(name) if name else text
    assert sql is not None
    op.get_bind().connection.driver_connection.execute(sql)


@contextmanager
def as_owner() -> Iterator[None]:
    """Create objects as the NOLOGIN owner role so no staff login (nor the installer) owns them."""
    apply_sql(text=f"SET LOCAL ROLE {OWNER_ROLE}")
    yield  # on an error the transaction is rolled back, which ends SET LOCAL as well
    apply_sql(text="RESET ROLE")


def apply_files(names: list[str]) -> None:
    """A migration's upgrade: its SQL files in order, as the owner role."""
    with as_owner():
        for name in names:
            apply_sql(name)


def revert_files(names: list[str]) -> None:
    """A migration's downgrade: each file's `.down.sql` in reverse order, as the owner role."""
    with as_owner():
        for name in reversed(names):
            apply_sql(name.replace(".sql", ".down.sql"))
