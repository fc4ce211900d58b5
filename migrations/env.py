"""Alembic environment: one migration per schema version; each applies files from server_db/sql/."""
from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, pool

from server_db.models import Base
from server_db.urls import sqlalchemy_url

config = context.config
target_metadata = Base.metadata
DOMAIN_SCHEMAS = {"core", "registry", "clinical", "audit", "notify", "billing", "scheduling", "lab", "pharmacy", "adt"}


def include_name(name, type_, parent_names):  # noqa: ANN001 - alembic's hook signature
    if type_ == "schema":
        return name in DOMAIN_SCHEMAS
    return True


def run_migrations_online() -> None:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    connectable = config.attributes.get("connection")
    if connectable is None:
        connectable = create_engine(sqlalchemy_url(url), poolclass=pool.NullPool)
        with connectable.connect() as connection:
            _run(connection)
    else:
        _run(connectable)


def _run(connection) -> None:  # noqa: ANN001
    context.configure(connection=connection, target_metadata=target_metadata, include_schemas=True,
                      include_name=include_name, transaction_per_migration=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
