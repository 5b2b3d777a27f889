"""The change log on a PostgreSQL server is written by the database itself
(docs/team-server.md#sync): statement-level triggers on every record table log each insert,
each changed field and each delete, whoever made it (the app, a script, psql), with UTC
timestamps: one set-based INSERT into the log per statement, from its transition tables.
The app passes who and which action through ``SET LOCAL`` (:func:`tell_server`) instead of
logging the same change a second time.

A second trigger notes the transaction of every entry (``kad_change_xact``): entry ids can
commit out of order, so a sync reads by transaction, up to the oldest one still running.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.orm import Session, SessionTransaction

from desktop.models import Base

from .change_log import BATCH, CLOCK, NOT_LOGGED, OWNER, PARENT_FIELDS, UNLOGGED_TABLES
from .clock import Clock
from .driver import raw

XACT_TABLE = "kad_change_xact"
# Settings a transaction gives the triggers (``SET LOCAL``; gone at its end).
USER, BATCH_SETTING, ORIGIN, QUIET = "kad.user", "kad.batch", "kad.origin", "kad.quiet"
WINDOW = "window"  # session.info: the writing window's id (Database.session_id)


def record_tables() -> list[Table]:
    """The tables of records, parents before children (what is logged and synchronised)."""
    return [
        t
        for t in Base.metadata.sorted_tables
        if "version" in t.c and "uuid" in t.c and t.name not in UNLOGGED_TABLES
    ]


_FUNCTION = """
CREATE OR REPLACE FUNCTION kad_log_text(value jsonb) RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
  -- a value as SQLite stores it (docs/merging.md): 1/0, text timestamps
  SELECT CASE jsonb_typeof(value)
    WHEN 'null' THEN NULL
    WHEN 'boolean' THEN CASE WHEN value::text = 'true' THEN '1' ELSE '0' END
    WHEN 'string' THEN regexp_replace(value #>> '{}',
        '^(\\d{4}-\\d\\d-\\d\\d)T(\\d\\d:\\d\\d:\\d\\d)', '\\1 \\2')
    WHEN 'number' THEN value #>> '{}'
    ELSE value::text END
$f$;

-- One entry, by whom, in which user action and when the app says (``set_local``), else the
-- connected role, its transaction and the server's clock.
CREATE OR REPLACE FUNCTION kad_log_entry(record text, kind text, action text, field text,
                                         was text, now_is text) RETURNS void
LANGUAGE plpgsql AS $f$
BEGIN
  INSERT INTO change_log (uuid, record_uuid, kind, action, field, old_value, new_value,
                          changed_at, changed_by, batch, origin)
  VALUES (gen_random_uuid()::text, record, kind, action, field, was, now_is,
          coalesce(nullif(current_setting('kad.now', true), '')::timestamp,
                   clock_timestamp() AT TIME ZONE 'UTC'),
          coalesce(nullif(current_setting('kad.user', true), ''), current_user),
          coalesce(nullif(current_setting('kad.batch', true), ''), pg_current_xact_id()::text),
          coalesce(current_setting('kad.origin', true), ''));
END
$f$;

DROP FUNCTION IF EXISTS kad_log_change() CASCADE;  -- the row trigger, before 0.16

-- A row that is a field of its parent to the user (a person's roles): its coming and going
-- is logged on the parent as well, as the app does on a file (change_log.PARENT_FIELDS).
-- Arguments: the reference to the parent, the parent's table, the field, the column shown.
CREATE OR REPLACE FUNCTION kad_log_parent_field() RETURNS trigger
LANGUAGE plpgsql AS $f$
DECLARE
  child jsonb := to_jsonb(CASE WHEN TG_OP = 'INSERT' THEN NEW ELSE OLD END);
  parent_uuid text; shown text;
BEGIN
  IF coalesce(current_setting('kad.quiet', true), '') = 'on' THEN
    RETURN NULL;
  END IF;
  EXECUTE format('SELECT uuid FROM %I WHERE id = $1', TG_ARGV[1]) INTO parent_uuid
    USING (child ->> TG_ARGV[0])::bigint;
  IF parent_uuid IS NULL THEN
    RETURN NULL;  -- the parent went too: its deletion says it all
  END IF;
  shown := kad_log_text(child -> TG_ARGV[3]);
  PERFORM kad_log_entry(parent_uuid, TG_ARGV[1], 'changed', TG_ARGV[2],
                        CASE WHEN TG_OP = 'DELETE' THEN shown END,
                        CASE WHEN TG_OP = 'INSERT' THEN shown END);
  RETURN NULL;
END
$f$;

CREATE TABLE IF NOT EXISTS kad_change_xact (
  change_id bigint PRIMARY KEY,
  xact bigint NOT NULL
);
-- Not a foreign key, which checks its entry row by row (a third of a sync's log copy): a
-- statement's deleted entries are forgotten by the statement trigger below instead.
ALTER TABLE kad_change_xact DROP CONSTRAINT IF EXISTS kad_change_xact_change_id_fkey;
CREATE INDEX IF NOT EXISTS ix_kad_change_xact_xact ON kad_change_xact (xact);
GRANT SELECT, INSERT ON kad_change_xact TO PUBLIC;
-- entries from before the triggers: read by the first sync (transaction 0)
INSERT INTO kad_change_xact SELECT id, 0 FROM change_log ON CONFLICT DO NOTHING;

CREATE OR REPLACE FUNCTION kad_note_xact() RETURNS trigger
LANGUAGE plpgsql AS $f$
BEGIN
  INSERT INTO kad_change_xact SELECT id, pg_current_xact_id()::text::bigint FROM added;
  RETURN NULL;
END
$f$;
DROP TRIGGER IF EXISTS kad_change_xact ON change_log;
CREATE TRIGGER kad_change_xact AFTER INSERT ON change_log
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION kad_note_xact();

-- as the schema's owner: members only note transactions
CREATE OR REPLACE FUNCTION kad_forget_xact() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $f$
BEGIN
  DELETE FROM kad_change_xact WHERE change_id IN (SELECT id FROM gone);
  RETURN NULL;
END
$f$;
DROP TRIGGER IF EXISTS kad_forget_xact ON change_log;
CREATE TRIGGER kad_forget_xact AFTER DELETE ON change_log
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION kad_forget_xact();
"""


# Who, when, which user action and from where, as ``kad_log_entry`` says (``set_local``).
_WHO_WHEN = """coalesce(nullif(current_setting('kad.now', true), '')::timestamp,
           clock_timestamp() AT TIME ZONE 'UTC'),
  coalesce(nullif(current_setting('kad.user', true), ''), current_user),
  coalesce(nullif(current_setting('kad.batch', true), ''), pg_current_xact_id()::text),
  coalesce(current_setting('kad.origin', true), '')"""
_INTO = (
    "INSERT INTO change_log (uuid, record_uuid, kind, action, field, old_value, new_value, "
    "changed_at, changed_by, batch, origin)"
)


def _statement_function(table: Table) -> str:
    """The table's logging trigger function: one set-based INSERT into the log per statement,
    from its transition tables (``kad_old``, ``kad_new``), instead of a PL/pgSQL call per row
    and field (docs/team-server.md#sync). An update logs each field whose value changed (as
    ``to_jsonb`` compares them), its values as SQLite stores them (``kad_log_text``), a
    reference as the uuid of the record it points to."""
    name = table.name
    fields = [c.name for c in table.c if c.name not in NOT_LOGGED]
    pairs = ", ".join(
        f'({i}, \'{f}\', to_jsonb(o."{f}"), to_jsonb(n."{f}"))' for i, f in enumerate(fields)
    )
    references = {c.name: key.column.table.name for c in table.c for key in c.foreign_keys}

    def text(side: str) -> str:
        value = f"v.{side}"
        if not references:
            return f"kad_log_text({value})"
        lookups = " ".join(
            f"WHEN '{f}' THEN (SELECT uuid FROM \"{t}\" WHERE id = ({value} #>> '{{}}')::bigint)"
            for f, t in references.items()
        )
        return f"CASE v.field {lookups} ELSE kad_log_text({value}) END"

    return f"""
CREATE OR REPLACE FUNCTION "kad_log_{name}"() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  IF coalesce(current_setting('kad.quiet', true), '') = 'on' THEN
    RETURN NULL;  -- a sync copies the entries it applies instead
  ELSIF TG_OP = 'INSERT' THEN
    {_INTO}
    SELECT gen_random_uuid()::text, uuid, '{name}', 'created', '', NULL, NULL, {_WHO_WHEN}
    FROM kad_new ORDER BY id;
  ELSIF TG_OP = 'DELETE' THEN
    {_INTO}
    SELECT gen_random_uuid()::text, uuid, '{name}', 'deleted', '', NULL, NULL, {_WHO_WHEN}
    FROM kad_old ORDER BY id;
  ELSE
    {_INTO}
    SELECT gen_random_uuid()::text, n.uuid, '{name}', 'changed', v.field, {text("was")},
           {text("now_is")}, {_WHO_WHEN}
    FROM kad_old o JOIN kad_new n ON n.id = o.id
    CROSS JOIN LATERAL (VALUES {pairs}) AS v(position, field, was, now_is)
    WHERE v.was IS DISTINCT FROM v.now_is
    ORDER BY n.id, v.position;
  END IF;
  RETURN NULL;
END
$f$"""


# One trigger per event: PostgreSQL gives transition tables to single-event triggers only.
_EVENTS = {
    "kad_log_insert": "INSERT ON {table} REFERENCING NEW TABLE AS kad_new",
    "kad_log_update": "UPDATE ON {table} REFERENCING OLD TABLE AS kad_old NEW TABLE AS kad_new",
    "kad_log_delete": "DELETE ON {table} REFERENCING OLD TABLE AS kad_old",
}


def install(connection: Connection) -> None:
    """``server init``: the logging triggers on every record table (idempotent)."""
    # psycopg reads no placeholders in a statement without parameters (``%I`` of format())
    driver = raw(connection).driver
    driver.execute(_FUNCTION)
    for table in record_tables():
        quoted = f'"{table.name}"'
        driver.execute(_statement_function(table))
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS kad_log ON {quoted}")  # per row
        for trigger, event in _EVENTS.items():
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger} ON {quoted}")
            connection.exec_driver_sql(
                f"CREATE TRIGGER {trigger} AFTER {event.format(table=quoted)} "
                f'FOR EACH STATEMENT EXECUTE FUNCTION "kad_log_{table.name}"()'
            )
    for child, (reference, parent, field, shown) in PARENT_FIELDS.items():
        connection.exec_driver_sql(f'DROP TRIGGER IF EXISTS kad_log_parent ON "{child}"')
        connection.exec_driver_sql(
            f'CREATE TRIGGER kad_log_parent AFTER INSERT OR DELETE ON "{child}" FOR EACH ROW '
            f"EXECUTE FUNCTION kad_log_parent_field('{reference}', '{parent}', '{field}', "
            f"'{shown}')"
        )


def set_local(connection: Connection, **settings: str) -> None:
    """``SET LOCAL`` the given ``kad.*`` settings (keys without the prefix) for this
    transaction."""
    if not settings:
        return
    calls = ", ".join(f"set_config(%(n{i})s, %(v{i})s, true)" for i in range(len(settings)))
    parameters: dict[str, str] = {}
    for i, (name, value) in enumerate(settings.items()):
        parameters |= {f"n{i}": f"kad.{name}", f"v{i}": value}
    connection.exec_driver_sql(f"SELECT {calls}", parameters)  # one round trip for them all


def tell_server(session: Session, _transaction: SessionTransaction, connection: Any) -> None:
    """Session hook (``after_begin``): on a server, tell the logging triggers who acts and
    which user action this is (the log's ``changed_by`` and ``batch``)."""
    if connection.dialect.name != "postgresql":
        return
    from desktop.models.base import new_uuid

    settings = {
        "user": session.info.get(OWNER, ""),
        "batch": session.info.setdefault(BATCH, new_uuid()),
        # the writing window, which skips its own change notifications (live_changes)
        "session": session.info.get(WINDOW, ""),
    }
    clock = session.info.get(CLOCK)
    if clock is not None and type(clock) is not Clock:
        # A clock given to the app (a test's "today") dates the log, as on a file; else the
        # server's own clock does, which every client shares.
        settings["now"] = clock.utcnow().isoformat(sep=" ")
    set_local(connection, **settings)
