"""Other users' changes on a team server, as they commit (docs/team-server.md#live-refresh).

The server notifies on the ``kad_changes`` channel once per statement that writes change-log
entries, whoever wrote them (the app, a script, psql: the change log is the one place every
change lands), with the tables it touched as the payload. A window LISTENs on a connection of
its own and turns each notification into the same :class:`ChangeSet` its own edits publish,
so the tabs refresh what they show and nothing else.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from .changes import (
    ACCOUNTS,
    ACTIONS,
    ALL_CHANGED,
    CONTACTS,
    CONTRACTS,
    INTERACTIONS,
    LEADS,
    OPPORTUNITIES,
    SETTINGS,
    TENDERS,
    ChangeSet,
)

CHANNEL = "kad_changes"
# Which window wrote (``SET LOCAL`` in each write, ``Database.session``): a window has already
# refreshed after its own writes, so it skips their notifications.
SESSION_SETTING = "kad.session"
# The kind of data each table holds, as the tabs know it; a table not named here changes
# everything (rare tables: stages, templates, targets).
KIND_OF_TABLE = {
    "account": ACCOUNTS,
    "account_share": ACCOUNTS,
    "contact": CONTACTS,
    "contact_role": CONTACTS,
    "influence_link": CONTACTS,
    "relationship_owner": CONTACTS,
    "interaction": INTERACTIONS,
    "lead": LEADS,
    "opportunity": OPPORTUNITIES,
    "competitor": OPPORTUNITIES,
    "decision_group_member": OPPORTUNITIES,
    "assessment": OPPORTUNITIES,
    "stage_change": OPPORTUNITIES,
    "stage_check": OPPORTUNITIES,
    "strategy_note": OPPORTUNITIES,
    "tender": TENDERS,
    "tender_lot": TENDERS,
    "checklist_item": TENDERS,
    "deviation_item": TENDERS,
    "contract": CONTRACTS,
    "acceptance": CONTRACTS,
    "amendment": CONTRACTS,
    "delivery_line": CONTRACTS,
    "payment": CONTRACTS,
    "payment_milestone": CONTRACTS,
    "payment_allocation": CONTRACTS,
    "invoice": CONTRACTS,
    "shipping_exception": CONTRACTS,
    "collection_action": CONTRACTS,
    "action": ACTIONS,
    "setting": SETTINGS,
}


def install(connection: Connection) -> None:
    """The notifying trigger (``server init``): one notification per statement, listing the
    tables whose changes it logged; sent by PostgreSQL when the transaction commits."""
    connection.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION kad_notify_changes() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN PERFORM pg_notify('" + CHANNEL + "', "
        "coalesce(current_setting('" + SESSION_SETTING + "', true), '') || ';' || "
        "(SELECT coalesce(string_agg(DISTINCT kind, ','), '') FROM added)); "
        "RETURN NULL; END $$"
    )
    connection.exec_driver_sql("DROP TRIGGER IF EXISTS kad_notify_changes ON change_log")
    connection.exec_driver_sql(
        "CREATE TRIGGER kad_notify_changes AFTER INSERT ON change_log "
        "REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION kad_notify_changes()"
    )


def changes_of(payloads: list[str], own_session: str = "") -> ChangeSet | None:
    """What a batch of notifications (``session;table,table``) changed, leaving out those of
    ``own_session`` (None: nothing)."""
    others = [
        tables
        for session, _, tables in (payload.partition(";") for payload in payloads)
        if not (own_session and session == own_session)
    ]
    if not others:
        return None
    tables = {table for listed in others for table in listed.split(",") if table}
    if not tables or any(table not in KIND_OF_TABLE for table in tables):
        return ALL_CHANGED
    return ChangeSet(frozenset(KIND_OF_TABLE[table] for table in tables))


class Listener:
    """A connection of its own that LISTENs to the server's change notifications. The window
    watches :meth:`fileno` and calls :meth:`poll` when it is readable."""

    def __init__(self, url: str, own_session: str = "") -> None:
        import psycopg
        from sqlalchemy.engine import make_url

        parsed = make_url(url)
        params: dict[str, Any] = {
            "host": parsed.host or "localhost",
            "port": parsed.port or 5432,
            "dbname": parsed.database,
            "user": parsed.username,
            "password": parsed.password,
            "application_name": "Key Account Desk (changes)",
            "connect_timeout": 10,
            **{key: value for key, value in parsed.query.items() if isinstance(value, str)},
        }
        self._connection = psycopg.connect(
            **{k: v for k, v in params.items() if v is not None}, autocommit=True
        )
        self._connection.execute(f"LISTEN {CHANNEL}")
        self._own_session = own_session

    def fileno(self) -> int:
        return int(self._connection.fileno())

    def poll(self) -> ChangeSet | None:
        """The changes notified since the last call, without waiting."""
        payloads = [n.payload for n in self._connection.notifies(timeout=0)]
        return changes_of(payloads, self._own_session)

    def close(self) -> None:
        self._connection.close()
