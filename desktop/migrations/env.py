"""Alembic environment. The application runs migrations through ``desktop.services.schema``,
which passes an open connection (foreign keys off, inside one transaction); the ``alembic``
command line (configured in pyproject.toml) uses ``sqlalchemy.url`` instead."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from desktop.models import Base
from desktop.services.search.index import include_name

config = context.config
target_metadata = Base.metadata


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables
        compare_type=True,
        include_name=include_name,  # the search index is no model: leave it alone
    )


connection = config.attributes.get("connection")
if connection is not None:
    _configure(connection)
    with context.begin_transaction():
        context.run_migrations()
elif context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata)
    with context.begin_transaction():
        context.run_migrations()
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()
