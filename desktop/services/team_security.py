"""Row-level security on a team server (docs/team-server.md#security): PostgreSQL itself, not
the application's queries, decides which rows a login role sees and may change, so a
salesperson connecting with psql sees what the window shows them and nothing more.

The policies are generated from the models: a record is visible to its owner, to every manager,
and to whoever sees the record it hangs under (its ``ON DELETE CASCADE`` parent), so sharing an
account shares everything under it, down the foreign keys. Installed by ``server init``
(``server_setup.INSTALLERS``); every statement is idempotent.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table

from desktop.models import Base

from .driver import raw
from .search.index import KIND_CODES, SEARCH_TABLE, SLOTS

MEMBERS = "kad_member"
# Whether the connected role is a manager: uncorrelated, so PostgreSQL evaluates it once per
# statement (an init plan), not once per row.
MANAGER = f"EXISTS (SELECT 1 FROM {MEMBERS} m WHERE m.role = current_user AND m.manager)"
# The sales process and checklists: everyone reads them, managers change them.
REFERENCE = frozenset({"stage", "stage_criterion", "checklist_template", "template_item"})
# A salesperson's own: targets, forecast snapshots, the recycle bin (no account above them).
OWN_ONLY = frozenset({"trash_entry", "monthly_target", "forecast_snapshot"})
# Settings every member may change (the rest are the team's, changed by managers).
PERSONAL_SETTINGS = ("excel.saved_mappings",)


def owned_tables() -> list[Table]:
    """Every table whose rows have an owner, parents before children."""
    return [t for t in Base.metadata.sorted_tables if "owner" in t.c]


def parents(table: Table) -> list[tuple[str, str]]:
    """(column, parent table) of each foreign key ``table`` hangs under: deleted with the
    parent, not a reference table, not itself."""
    return sorted(
        (key.parent.name, key.column.table.name)
        for key in table.foreign_keys
        if key.ondelete == "CASCADE"
        and key.column.table.name not in REFERENCE
        and key.column.table is not table
    )


def visible(table: Table) -> str:
    """The SQL condition under which the connected role sees a row of ``table``."""
    name = table.name
    mine = f"owner = current_user OR {MANAGER}"
    if name == "account":
        return (
            f"{mine} OR EXISTS (SELECT 1 FROM account_share s "
            "WHERE s.account_id = account.id AND s.member = current_user)"
        )
    if name == "account_share":
        # Never reads ``account``: the account's own condition reads this table.
        return f"{mine} OR member = current_user"
    if name == "handover":
        return f"{MANAGER} OR from_owner = current_user OR to_owner = current_user"
    under = [
        f"EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {name}.{column})"
        for column, parent in parents(table)
    ]
    return " OR ".join([mine, *under])


def writable(table: Table) -> str:
    """The SQL condition a row of ``table`` must meet after an insert or update."""
    if table.name == "account_share":  # only the account's owner (or a manager) shares it
        return f"{MANAGER} OR kad_owns_account(account_id)"
    if table.name == "handover":
        return MANAGER
    # A row goes only under records the writer sees: no contact slipped into a colleague's
    # account by its id.
    under = [
        f"({table.name}.{column} IS NULL OR "
        f"EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {table.name}.{column}))"
        for column, parent in parents(table)
    ]
    if not under:
        return visible(table)
    return f"{MANAGER} OR ({' AND '.join(under)} AND ({visible(table)}))"


CHANGE_LOG_VISIBLE = (
    # An entry is seen with its record, by its writer, and (a deletion, which holds no values)
    # by everyone, so that deletions reach every laptop that synchronises.
    f"changed_by = current_user OR {MANAGER} OR action = 'deleted' "
    "OR kad_record_visible(kind, record_uuid)"
)


def _record_visible_function() -> str:
    """``kad_record_visible(kind, uuid)``: whether the connected role sees that record. In
    PL/pgSQL, so each table's lookup is planned once per session when first needed: a policy
    naming every table would be planned (with each table's own policies) at every query."""
    branches = "\n".join(
        f"    WHEN '{t.name}' THEN RETURN EXISTS (SELECT 1 FROM {t.name} r WHERE r.uuid = record);"
        for t in owned_tables()
    )
    return (
        "CREATE OR REPLACE FUNCTION kad_record_visible(kind text, record text) RETURNS boolean "
        f"LANGUAGE plpgsql STABLE AS $$ BEGIN CASE kind\n{branches}\n"
        "    ELSE RETURN false; END CASE; END $$"
    )


def _search_visible() -> str:
    """A search row is seen with the record its rowid encodes (its text holds the names)."""
    kinds = " ".join(
        f"WHEN {code} THEN EXISTS (SELECT 1 FROM {kind} r "
        f"WHERE r.id = {SEARCH_TABLE}.rowid / {SLOTS})"
        for kind, code in KIND_CODES.items()
    )
    return f"CASE {SEARCH_TABLE}.rowid % {SLOTS} {kinds} ELSE false END"


FUNCTIONS = f"""
CREATE TABLE IF NOT EXISTS {MEMBERS} (
    role varchar(63) PRIMARY KEY,
    manager boolean NOT NULL DEFAULT false,
    added_at timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC')
);
INSERT INTO {MEMBERS} (role, manager) VALUES (current_user, true)
    ON CONFLICT (role) DO UPDATE SET manager = true;
CREATE OR REPLACE FUNCTION kad_is_manager() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT {MANAGER} OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND rolsuper)
$$;
CREATE OR REPLACE FUNCTION kad_owns_account(account bigint) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM account a WHERE a.id = account AND a.owner = current_user)
$$;
CREATE OR REPLACE FUNCTION kad_fill_record() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.owner IS DISTINCT FROM OLD.owner AND NOT kad_is_manager() THEN
            RAISE EXCEPTION 'only a manager gives a record to someone else'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.owner IS NULL OR NEW.owner = '' THEN NEW.owner := current_user; END IF;
    IF NEW.uuid IS NULL THEN NEW.uuid := gen_random_uuid()::text; END IF;
    IF NEW.created_at IS NULL THEN NEW.created_at := now() AT TIME ZONE 'UTC'; END IF;
    IF NEW.updated_at IS NULL THEN NEW.updated_at := NEW.created_at; END IF;
    RETURN NEW;
END $$;
"""


def _ddl(connection: Connection, statement: str) -> None:
    """Run DDL as written: no parameters, so ``%`` is the modulo operator."""
    with raw(connection).driver.cursor() as cursor:
        cursor.execute(statement)


def _protect(connection: Connection, table: str, policies: list[str]) -> None:
    """Replace ``table``'s policies by ``policies`` (``CREATE POLICY`` texts), forced on its
    owner too."""
    names = connection.exec_driver_sql(
        f"SELECT policyname FROM pg_policies WHERE tablename = '{table}' "
        "AND schemaname = current_schema()"
    ).scalars()
    for name in list(names):
        _ddl(connection, f'DROP POLICY "{name}" ON {table}')
    _ddl(connection, f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    _ddl(connection, f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
    for policy in policies:
        _ddl(connection, policy)


def _record_policies(table: Table) -> list[str]:
    name = table.name
    if name in REFERENCE:
        return [
            f"CREATE POLICY kad_read ON {name} FOR SELECT USING (true)",
            f"CREATE POLICY kad_manage ON {name} USING ({MANAGER}) WITH CHECK ({MANAGER})",
        ]
    return [
        f"CREATE POLICY kad_visible ON {name} USING ({visible(table)}) "
        f"WITH CHECK ({writable(table)})",
        # Nobody but a manager creates a row in a colleague's name.
        f"CREATE POLICY kad_own_rows ON {name} AS RESTRICTIVE FOR INSERT "
        f"WITH CHECK (owner = current_user OR {MANAGER})",
    ]


def install(connection: Connection) -> None:
    """Install (or reinstall after an upgrade) the members table, the helper functions, the
    owner trigger and every table's policies."""
    _ddl(connection, FUNCTIONS)
    # Policies make plans look costly; compiling them (JIT) then costs seconds per query.
    _ddl(
        connection,
        "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET jit = off', current_database()); END $$",
    )
    for table in owned_tables():
        _ddl(connection, f"DROP TRIGGER IF EXISTS kad_fill_record ON {table.name}")
        if table.name not in REFERENCE:  # the team's sales process belongs to nobody in particular
            _ddl(
                connection,
                f"CREATE TRIGGER kad_fill_record BEFORE INSERT OR UPDATE OF owner ON {table.name} "
                "FOR EACH ROW EXECUTE FUNCTION kad_fill_record()",
            )
        _protect(connection, table.name, _record_policies(table))
    _ddl(connection, _record_visible_function())
    _protect(
        connection,
        "change_log",
        [
            f"CREATE POLICY kad_visible ON change_log USING ({CHANGE_LOG_VISIBLE}) "
            f"WITH CHECK ({CHANGE_LOG_VISIBLE})"
        ],
    )
    personal = ", ".join(f"'{key}'" for key in PERSONAL_SETTINGS)
    _protect(
        connection,
        "setting",
        [
            "CREATE POLICY kad_read ON setting FOR SELECT USING (true)",
            "CREATE POLICY kad_add ON setting FOR INSERT WITH CHECK (true)",
            f"CREATE POLICY kad_manage ON setting USING ({MANAGER} OR key IN ({personal})) "
            f"WITH CHECK ({MANAGER} OR key IN ({personal}))",
        ],
    )
    _protect(
        connection,
        SEARCH_TABLE,
        [
            f"CREATE POLICY kad_visible ON {SEARCH_TABLE} FOR SELECT USING ({_search_visible()})",
            # the triggers' writes, as the schema's owner (a manager) when not a superuser
            # (search/server_index.py)
            f"CREATE POLICY kad_index ON {SEARCH_TABLE} USING ({MANAGER}) WITH CHECK ({MANAGER})",
        ],
    )
