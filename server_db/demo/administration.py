"""Demo data: audit review data."""
from __future__ import annotations

import psycopg


def load_administration(conn: psycopg.Connection, start_id: int, seed: int, summary) -> None:  # noqa: ANN001
    """Add this domain's demo rows for the patients after start_id (through the normal triggers)."""
