"""Telling a team server's URL from a file's path (docs/team-server.md#connecting); light, so
that reading the command line loads no SQLAlchemy (docs/speed.md#start-up)."""

from __future__ import annotations

from pathlib import Path

SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server_url(target: str | Path) -> bool:
    """Whether a ``--db`` value names a PostgreSQL server rather than a file."""
    return isinstance(target, str) and target.lower().startswith(SERVER_SCHEMES)
