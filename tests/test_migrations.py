"""Alembic is the only way the schema changes, and the SQLAlchemy models match what it builds."""
from __future__ import annotations

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from server_db import migrate
from server_db.models import Base
from server_db.urls import sqlalchemy_url

pytestmark = pytest.mark.db
SCHEMAS = {"core", "registry", "clinical", "audit", "notify", "billing", "scheduling", "lab", "pharmacy", "adt",
           "insurance"}


def _is_comment(diff) -> bool:
    """COMMENT ON texts are documentation kept once, in the SQL files; everything else must match."""
    first = diff[0] if isinstance(diff, list) else diff
    return "comment" in str(first[0])


def _diff(url: str) -> list:
    engine = create_engine(sqlalchemy_url(url))
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={
                "include_schemas": True,
                "include_name": lambda name, type_, parents: name in SCHEMAS if type_ == "schema" else True,
                "compare_type": True,
            })
            return [d for d in compare_metadata(ctx, Base.metadata) if not _is_comment(d)]
    finally:
        engine.dispose()


def test_models_match_the_migrated_schema(make_database):
    url = make_database("models_match")
    assert _diff(url) == []


def test_downgrade_to_base_and_upgrade_again(make_database):
    url = make_database("round_trip")
    migrate.downgrade(url, "base")
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT to_regclass('registry.patient')").fetchone()[0] is None
    migrate.upgrade(url)
    assert migrate.current_revision(url) == migrate.head_revision()
    assert _diff(url) == []


def test_a_database_of_the_older_layout_is_refused_with_a_plain_message(make_database, cluster):
    """A database built by the feature-by-feature migrations the baseline replaced (a developer's old demo) must
    not be 'upgraded': its revision ids mean other things now. Both kinds are refused: an id this code does not
    know, and one it knows (0003) on a database without the baseline's schema."""
    from server_db.migrate import OlderLayoutError

    for name, revision in (("older_layout_unknown", "0010"), ("older_layout_known", "0003")):
        url = cluster.create_database(name)
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE TABLE public.alembic_version (version_num varchar(32) PRIMARY KEY)")
            conn.execute("INSERT INTO public.alembic_version VALUES (%s)", (revision,))
        with pytest.raises(OlderLayoutError, match="older schema layout .*make demo-reset"):
            migrate.upgrade(url)
    migrate.upgrade(make_database("current_layout"))  # a database at head upgrades (to nothing) as before
