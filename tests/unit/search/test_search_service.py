"""Search across accounts, people, opportunities, tenders and contracts: what it finds, in
which order, with one statement per keystroke, and an index kept in step with the records."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import event, literal_column, select, table, text

from desktop.models import Account, Contact, Contract, Opportunity, Tender
from desktop.services.search.index import KIND_CODES, SEARCH_TABLE, SLOTS
from desktop.services.search.service import PER_KIND, SearchService, names_containing
from desktop.services.stages import stages_by_code

pytestmark = pytest.mark.both_engines


@pytest.fixture
def book(db):
    """A small book in both languages: two accounts, people, a deal, a tender, a contract."""
    with db.session() as s:
        grid = Account(name="国网淮海省电力有限公司", short_name="淮海电力", region="彭城")
        metro = Account(name="Pengcheng Metro Group", short_name="PC Metro", region="Pengcheng")
        s.add_all([grid, metro])
        s.flush()
        s.add_all(
            [
                Contact(account_id=grid.id, name="王建国", title="信息中心主任",
                        mobile="13903366888", email="wangjianguo@hhpower.example.cn"),
                Contact(account_id=grid.id, name="王伟", title="工程师"),
                Contact(account_id=metro.id, name="David Wang", title="IT Director",
                        email="david.wang@pcmetro.example.cn"),
                Contact(account_id=metro.id, name="Anna Li", wechat="anna_wangjia"),
            ]
        )  # fmt: skip
        deal = Opportunity(
            account_id=grid.id,
            name="调度数据网扩容二期",
            project_type="Data centre",
            stage_id=stages_by_code(s)["bid"].id,
            stage_entered_on=date(2026, 10, 1),
        )
        s.add(deal)
        s.flush()
        s.add(Tender(opportunity_id=deal.id, tender_no="ZB2026-0042", title="调度数据网招标"))
        s.add(Contract(account_id=metro.id, number="HT-2026-007", title="Metro video upgrade",
                       amount=Decimal("1200000")))  # fmt: skip
    return SearchService(db)


def kinds_and_titles(result) -> list[tuple[str, str]]:
    return [(hit.kind, hit.title) for hit in result.hits]


def test_three_characters_find_any_field_of_any_kind(book) -> None:
    assert kinds_and_titles(book.search("wang")) == [  # none starts so: shorter names first
        ("contact", "王建国"),  # by e-mail
        ("contact", "Anna Li"),  # by WeChat
        ("contact", "David Wang"),  # by name
    ]
    assert kinds_and_titles(book.search("3366888")) == [("contact", "王建国")]
    assert kinds_and_titles(book.search("ZB2026")) == [("tender", "调度数据网招标")]
    assert kinds_and_titles(book.search("ht-2026")) == [("contract", "Metro video upgrade")]
    assert kinds_and_titles(book.search("淮海电力")) == [("account", "国网淮海省电力有限公司")]


def test_hits_come_grouped_by_kind_and_tell_apart(book) -> None:
    result = book.search("调度数据")
    assert [group.kind for group in result.groups] == ["opportunity", "tender"]
    tender = result.groups[1].hits[0]
    assert tender.detail == "ZB2026-0042 · 国网淮海省电力有限公司"
    person = book.search("David").hits[0]
    assert person.detail == "IT Director · Pengcheng Metro Group"


def test_one_or_two_characters_match_names_only(book) -> None:
    assert kinds_and_titles(book.search("王伟")) == [("contact", "王伟")]
    assert kinds_and_titles(book.search("王")) == [("contact", "王伟"), ("contact", "王建国")]
    # "an" is in Anna's WeChat id and David's e-mail, but two letters only look at names.
    assert kinds_and_titles(book.search("an")) == [
        ("contact", "Anna Li"),
        ("contact", "David Wang"),
    ]


def test_names_starting_with_the_text_come_first(db) -> None:
    with db.session() as s:
        account = Account(name="Acme")
        s.add(account)
        s.flush()
        for name in ("Li Wangfang", "Wang Li", "Wangxi", "Shen Wang"):
            s.add(Contact(account_id=account.id, name=name))
    titles = [hit.title for hit in SearchService(db).search("wang").hits]
    assert titles == ["Wangxi", "Wang Li", "Shen Wang", "Li Wangfang"]


def test_latin_letters_ignore_case_and_wildcards_are_plain_text(book) -> None:
    assert book.search("DAVID").hits[0].title == "David Wang"
    assert book.search("%").hits == []
    assert book.search("_").hits == []
    assert book.search('"wang').hits == []  # a quote is text, not FTS syntax
    assert book.search("   ").groups == ()


def test_each_kind_shows_a_few_and_says_there_are_more(db) -> None:
    with db.session() as s:
        account = Account(name="Acme")
        s.add(account)
        s.flush()
        s.add_all([Contact(account_id=account.id, name=f"Zhang {n}") for n in range(10)])
    group = SearchService(db).search("zhang").groups[0]
    assert len(group.hits) == PER_KIND and group.more
    group = SearchService(db).search("zhang", per_kind=20).groups[0]
    assert len(group.hits) == 10 and not group.more


def test_one_statement_per_keystroke(book, db) -> None:
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        if not statement.startswith("BEGIN"):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    for typed in ("w", "wa", "wan", "wang", "wangj"):
        book.search(typed)
    event.remove(db.engine, "before_cursor_execute", count)
    assert len(statements) == 5


def test_the_index_follows_inserts_updates_and_deletes(book, db) -> None:
    with db.session() as s:
        person = s.scalars(select(Contact).where(Contact.name == "王伟")).one()
        person.name = "王卫东"
        person.email = "wd@example.cn"
    assert kinds_and_titles(book.search("王卫东")) == [("contact", "王卫东")]
    assert kinds_and_titles(book.search("wd@exa")) == [("contact", "王卫东")]
    with db.session() as s:
        s.delete(s.scalars(select(Account).where(Account.name.like("Pengcheng%"))).one())
    # Deleting the account deleted its people and contract (cascades): gone from the index.
    assert book.search("David").hits == []
    assert book.search("HT-2026").hits == []
    with db.read() as s:
        people = s.scalars(select(Contact.id)).all()
        indexed = s.scalars(
            select(literal_column("rowid"))
            .select_from(table(SEARCH_TABLE))
            .where(text(f"rowid % {SLOTS} = {KIND_CODES['contact']}"))
        ).all()
    assert sorted(rowid // SLOTS for rowid in indexed) == sorted(
        people
    )  # no one missing, none left


def test_names_containing_for_filters(book, db) -> None:
    with db.read() as s:
        for text in ("Wang", "王", "wangjianguo"):  # the last is an e-mail, not a name
            ids = s.scalars(
                select(Contact.name).where(Contact.id.in_(names_containing("contact", text)))
            )
            assert (
                sorted(ids)
                == {
                    "Wang": ["David Wang"],
                    "王": ["王伟", "王建国"],
                    "wangjianguo": [],
                }[text]
            )


def test_every_searched_table_keeps_its_triggers(db) -> None:
    """A migration that rebuilds one of these tables (batch mode) must create them again."""
    with db.read() as s:
        if db.server:  # statement triggers, one per event (search/server_index.py)
            triggers = set(s.scalars(text("SELECT tgname FROM pg_trigger")))
        else:
            triggers = set(s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    for table_name in ("account", "contact", "opportunity", "tender", "contract"):
        for event_name in ("_insert", "_update", "_delete"):
            assert f"search_{table_name}{event_name}" in triggers
