"""Raw row copies on a server (docs/team-server.md#raw-rows): rows put back with their ids,
foreign keys that wait for the end of the transaction."""

from __future__ import annotations

from sqlalchemy import select

from desktop.models import Account, Contact
from desktop.services import raw_rows


def test_rows_put_back_with_ids_the_sequence_never_gave_do_not_collide_later(
    pg_server, pg_db
) -> None:
    """A capture from another database (a trash entry, say) holds ids this one's sequence
    has not reached: the next new record must get a fresh id, not one of those."""
    from desktop.services.database import open_server

    other_url = pg_server.new_database()
    other = open_server(other_url).db
    try:
        with other.session() as s:
            s.add_all([Account(name=f"Account {n}") for n in range(5)])
        with other.session() as s:
            last = s.scalar(select(Account.id).order_by(Account.id.desc()))
            graph = raw_rows.capture(s, "account", [last])
    finally:
        other.close()
        pg_server.drop(other_url)
    with pg_db.session() as s:
        raw_rows.put_back(s, graph)
    with pg_db.session() as s:
        s.add(Account(name="华东电网"))
    with pg_db.read() as s:
        assert sorted(s.scalars(select(Account.id))) == [last, last + 1]


def test_a_person_put_back_before_their_manager_waits_for_the_commit(pg_db) -> None:
    with pg_db.session() as s:
        account = Account(name="华东电网")
        s.add(account)
        s.flush()
        boss = Contact(account_id=account.id, name="王建国")
        s.add(boss)
        s.flush()
        report = Contact(account_id=account.id, name="李伟", reports_to_id=boss.id)
        s.add(report)
        s.flush()
        ids = (boss.id, report.id)
    with pg_db.session() as s:
        graph = raw_rows.remove(s, "contact", list(ids))
    rows = list(graph.rows["contact"])
    reordered = raw_rows.Graph(
        graph.table, graph.roots, {"contact": rows[::-1]}, graph.links
    )  # the report first: its manager is not there yet when it goes in
    with pg_db.session() as s:
        raw_rows.put_back(s, reordered)
    with pg_db.read() as s:
        people = {c.name: c.reports_to_id for c in s.scalars(select(Contact))}
    assert people == {"王建国": None, "李伟": ids[0]}
