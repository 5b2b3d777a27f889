"""Finding any account, person, opportunity, tender or contract as you type (Ctrl+K).

One SQL statement per keystroke, whatever the data size. Three characters or more are looked
up in the trigram index (``index.py``): any part of a name, a title, a phone number, an
e-mail... in a millisecond. One or two characters (a Chinese surname, say) cannot form a
trigram; they are matched against the names only, by ``LIKE`` over the name columns (6 ms on
100,000 people). Within each kind, names that start with the text come first, then shorter
names. Matching ignores the case of Latin letters.

On a team server the index is a table with trigram (pg_trgm) indexes, searched by ``ILIKE``
with the same ranking and the same names-only rule (docs/team-server.md#search).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, Select, column, literal, select, table, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from ..database import Database
from ..like import contains, matches, starts_with
from .index import KIND_CODES, KINDS, SEARCH_TABLE, SLOTS

PER_KIND = 6  # hits shown per kind
MAX_CANDIDATES = 5_000  # index hits considered at most (a very common trigram, e.g. "com")
MAX_LENGTH = 100
TRIGRAM = 3


@dataclass(frozen=True)
class Hit:
    kind: str  # as ``EventHub.open_record`` names it
    id: int
    title: str
    detail: str  # what tells two hits apart: the account, the number, the job title...


@dataclass(frozen=True)
class Group:
    kind: str
    hits: tuple[Hit, ...]
    more: bool  # more hits than shown


@dataclass(frozen=True)
class SearchResult:
    text: str
    groups: tuple[Group, ...]  # in the order of ``KINDS``, only kinds with hits

    @property
    def hits(self) -> list[Hit]:
        return [hit for group in self.groups for hit in group.hits]


def _match_phrase(value: str) -> str:
    """The text as one FTS5 phrase: substring semantics with the trigram tokenizer."""
    return '"' + value.replace('"', '""') + '"'


# What each kind shows: (table alias and joins, title, detail). ``{found}`` is the candidate
# filter, filled in below for the index and for the name-only match.
_KIND_SQL = {
    "account": (
        "account a",
        "a.name",
        "a.region",
        "a.name {like} :like ESCAPE '\\' OR a.short_name {like} :like ESCAPE '\\'",
    ),
    "contact": (
        "contact c JOIN account ca ON ca.id = c.account_id",
        "c.name",
        "trim(c.title || ' · ' || ca.name, ' ·')",
        # Through the index on the name (a scan of the names, not of whole people).
        "c.id IN (SELECT id FROM contact WHERE name {like} :like ESCAPE '\\')",
    ),
    "opportunity": (
        "opportunity o JOIN account oa ON oa.id = o.account_id",
        "o.name",
        "oa.name",
        "o.id IN (SELECT id FROM opportunity WHERE name {like} :like ESCAPE '\\')",
    ),
    "tender": (
        "tender t JOIN opportunity tp ON tp.id = t.opportunity_id "
        "JOIN account ta ON ta.id = tp.account_id",
        "t.title",
        "trim(t.tender_no || ' · ' || ta.name, ' ·')",
        "t.title {like} :like ESCAPE '\\' OR t.tender_no {like} :like ESCAPE '\\'",
    ),
    "contract": (
        "contract k JOIN account ka ON ka.id = k.account_id",
        "k.title",
        "trim(k.number || ' · ' || ka.name, ' ·')",
        "k.title {like} :like ESCAPE '\\' OR k.number {like} :like ESCAPE '\\'",
    ),
}


def _statement(indexed: bool, postgresql: bool = False) -> str:
    # SQLite's LIKE ignores the case of Latin letters; PostgreSQL's ILIKE does.
    like = "ILIKE" if postgresql else "LIKE"
    parts = []
    for kind in KINDS:
        source, title, detail, by_name = _KIND_SQL[kind]
        by_name = by_name.format(like=like)
        alias = source.split()[1]
        if indexed:  # CROSS JOIN: SQLite reads the hits first, then each one's record
            source = f"hits CROSS JOIN {source}"
            where = f"hits.r % {SLOTS} = {KIND_CODES[kind]} AND {alias}.id = hits.r / {SLOTS}"
        else:
            where = by_name
        parts.append(
            f"SELECT * FROM (SELECT '{kind}' AS kind, {alias}.id AS id, {title} AS title, "
            f"{detail} AS detail FROM {source} WHERE {where} "
            f"ORDER BY {title} {like} :prefix ESCAPE '\\' DESC, length({title}), {title}, "
            f"{alias}.id LIMIT :limit) AS {kind}_hits"
        )
    union = "\nUNION ALL\n".join(parts)
    if not indexed:
        return union
    found = (
        "title ILIKE :like ESCAPE '\\' OR detail ILIKE :like ESCAPE '\\'"
        if postgresql
        else f"{SEARCH_TABLE} MATCH :match"
    )
    return (
        f"WITH hits(r) AS MATERIALIZED (SELECT rowid FROM {SEARCH_TABLE} "
        f"WHERE {found} LIMIT :candidates)\n{union}"
    )


# (indexed, on PostgreSQL) -> statement
STATEMENTS = {
    (indexed, postgresql): text(_statement(indexed, postgresql))
    for indexed in (True, False)
    for postgresql in (True, False)
}


class _title_matches(FunctionElement[Any]):
    """The index's title contains the text: (FTS5 phrase, LIKE pattern), one used per engine."""

    name = "title_matches"
    inherit_cache = True


@compiles(_title_matches)
def _compile_title_matches(element: _title_matches, compiler: SQLCompiler, **kw: Any) -> str:
    phrase, pattern = (compiler.process(c, **kw) for c in element.clauses)
    if compiler.dialect.name == "postgresql":
        return f"{SEARCH_TABLE}.title ILIKE {pattern} ESCAPE '\\'"
    return f"{SEARCH_TABLE} MATCH {phrase}"


_INDEX = table(SEARCH_TABLE, column("rowid", Integer), column("title"))


def names_containing(kind: str, value: str) -> Select[tuple[int]]:
    """The ids of the records of ``kind`` whose name contains ``value``, as a subquery for
    ``column.in_(...)``: through the trigram index from three characters (limited to the name
    column), else by ``LIKE`` through the index on the names (a scan of the names only)."""
    value = normalised(value)
    table_name, name = _NAMES[kind]
    if len(value) >= TRIGRAM:
        rowid = _INDEX.c.rowid
        found = _title_matches(literal(f"title : {_match_phrase(value)}"), literal(contains(value)))
        return select(rowid // SLOTS).where(found, rowid % SLOTS == KIND_CODES[kind])
    records = table(table_name, column("id", Integer), column(name))
    return select(records.c.id).where(matches(records.c[name], contains(value)))


_NAMES = {
    "account": ("account", "name"),
    "contact": ("contact", "name"),
    "opportunity": ("opportunity", "name"),
    "tender": ("tender", "title"),
    "contract": ("contract", "title"),
}


def normalised(value: str) -> str:
    return " ".join(value.split())[:MAX_LENGTH]


class SearchService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def search(self, value: str, per_kind: int = PER_KIND) -> SearchResult:
        """Up to ``per_kind`` hits of each kind for ``value`` (nothing for blank text)."""
        value = normalised(value)
        if not value:
            return SearchResult(value, ())
        params = {
            "like": contains(value),
            "prefix": starts_with(value),
            "limit": per_kind + 1,
        }
        indexed = len(value) >= TRIGRAM
        statement = STATEMENTS[indexed, self._db.server is not None]
        if indexed:
            params.update(match=_match_phrase(value), candidates=MAX_CANDIDATES)
        found: dict[str, list[Hit]] = {kind: [] for kind in KINDS}
        with self._db.read() as s:
            for kind, record_id, title, detail in s.execute(statement, params):
                found[kind].append(Hit(kind, record_id, title, detail or ""))
        groups = tuple(
            Group(kind, tuple(hits[:per_kind]), len(hits) > per_kind)
            for kind, hits in found.items()
            if hits
        )
        return SearchResult(value, groups)
