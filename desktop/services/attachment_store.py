"""The content of attached files on a team server (docs/team-server.md#attached-files): a
server-only table keyed by the SHA-256 the attachment rows already hold, so a file attached
to many records is stored once. Row-level security lets a login read and add the content of
the attachments it sees; nobody but the freeing function (run as the schema's owner) deletes.
Installed by ``server init`` (``server_setup.INSTALLERS``); idempotent."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from .driver import raw
from .team_security import MANAGER

TABLE = "kad_attachment_content"
# The attachment rows (as the connected role sees them) that hold this content.
_SEEN = f"EXISTS (SELECT 1 FROM attachment a WHERE a.sha256 = {TABLE}.sha256)"

INSTALL = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    sha256 varchar(64) PRIMARY KEY,
    content bytea NOT NULL,
    -- content-addressed: nobody stores other bytes under a file's digest
    CONSTRAINT kad_content_digest CHECK (sha256 = encode(sha256(content), 'hex'))
);
CREATE INDEX IF NOT EXISTS ix_kad_attachment_sha256 ON attachment (sha256);
ALTER TABLE {TABLE} ENABLE ROW LEVEL SECURITY;
ALTER TABLE {TABLE} FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS kad_read ON {TABLE};
DROP POLICY IF EXISTS kad_add ON {TABLE};
DROP POLICY IF EXISTS kad_free ON {TABLE};
CREATE POLICY kad_read ON {TABLE} FOR SELECT USING ({MANAGER} OR {_SEEN});
CREATE POLICY kad_add ON {TABLE} FOR INSERT WITH CHECK ({MANAGER} OR {_SEEN});
CREATE POLICY kad_free ON {TABLE} FOR DELETE USING ({MANAGER});
GRANT SELECT, INSERT ON {TABLE} TO PUBLIC;
-- Content that no attachment row and no trash entry holds any more, among ``digests`` (all
-- when NULL). As the schema's owner, who sees every member's rows: a salesperson cannot see
-- whether a colleague's record holds the same file.
CREATE OR REPLACE FUNCTION kad_free_attachment_content(digests text[]) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE freed integer;
BEGIN
    -- all of it only at ``server init`` (its owner): a member frees what a purge names, so
    -- that an undo of a colleague's removed file still finds its content
    IF digests IS NULL AND session_user <> current_user THEN
        RAISE EXCEPTION 'only server init frees every unreferenced file'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    DELETE FROM {TABLE} c
    WHERE (digests IS NULL OR c.sha256 = ANY (digests))
      AND NOT EXISTS (SELECT 1 FROM attachment a WHERE a.sha256 = c.sha256)
      AND NOT EXISTS (
          SELECT 1 FROM trash_entry t,
              json_array_elements(t.snapshot -> 'rows' -> 'attachment') AS r
          WHERE r ->> 'sha256' = c.sha256);
    GET DIAGNOSTICS freed = ROW_COUNT;
    RETURN freed;
END $$;
"""


def install(connection: Connection) -> None:
    with raw(connection).driver.cursor() as cursor:
        cursor.execute(INSTALL)
        # Content whose rows went outright (a removed file, a synchronised or psql deletion)
        # is freed here, at each upgrade: a purge frees only what its trash entries held.
        cursor.execute("SELECT kad_free_attachment_content(NULL)")


def digest_of(stored_name: str) -> str:
    """The SHA-256 in a stored name (``ab/abcdef….pdf``)."""
    return stored_name.rsplit("/", 1)[-1].split(".", 1)[0]


def put(session: Session, digest: str, content: bytes) -> None:
    """Store ``content`` once; after the attachment row that holds it (row security)."""
    raw(session).execute(
        f"INSERT INTO {TABLE} (sha256, content) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING",
        [digest, content],
    )


def get(session: Session, digest: str) -> bytes | None:
    """The content with this digest, if the connected role may read it."""
    row = raw(session).execute(f"SELECT content FROM {TABLE} WHERE sha256 = ?", [digest]).fetchone()
    return None if row is None else bytes(row[0])


def held(session: Session) -> set[str]:
    """The digests of the content the connected role may read."""
    return {digest for (digest,) in raw(session).execute(f"SELECT sha256 FROM {TABLE}")}


def free(session: Session, stored_names: Iterable[str] | None = None) -> int:
    """Delete the content that nothing refers to any more, among ``stored_names`` (or all);
    returns how much was freed."""
    digests = None if stored_names is None else sorted({digest_of(n) for n in stored_names})
    if digests == []:
        return 0
    (freed,) = raw(session).execute("SELECT kad_free_attachment_content(?)", [digests]).fetchone()
    return int(freed)
