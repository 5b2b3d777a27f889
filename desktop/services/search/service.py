"""Finding any account, person, opportunity, tender or contract as you type (Ctrl+K).

One SQL statement per keystroke, whatever the data size. Three characters or more are looked
up in the trigram index (``index.py``): any part of a name, a title, a phone number, an
e-mail... in a millisecond. One or two characters (a Chinese surname, say) cannot form a
trigram; they are matched against the names only, by ``LIKE`` over the name columns (6 ms on
100,000 people). Within each kind, names that start with the text come first, then shorter
names. Matching ignores the case of Latin letters.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Integer, TextualSelect, text

from ..database import Database
from ..like import contains, starts_with
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
        "a.name LIKE :like ESCAPE '\\' OR a.short_name LIKE :like ESCAPE '\\'",
    ),
    "contact": (
        "contact c JOIN account ca ON ca.id = c.account_id",
        "c.name",
        "trim(c.title || ' · ' || ca.name, ' ·')",
        # Through the index on the name (a scan of the names, not of whole people).
        "c.id IN (SELECT id FROM contact WHERE name LIKE :like ESCAPE '\\')",
    ),
    "opportunity": (
        "opportunity o JOIN account oa ON oa.id = o.account_id",
        "o.name",
        "oa.name",
        "o.id IN (SELECT id FROM opportunity WHERE name LIKE :like ESCAPE '\\')",
    ),
    "tender": (
        "tender t JOIN opportunity tp ON tp.id = t.opportunity_id "
        "JOIN account ta ON ta.id = tp.account_id",
        "t.title",
        "trim(t.tender_no || ' · ' || ta.name, ' ·')",
        "t.title LIKE :like ESCAPE '\\' OR t.tender_no LIKE :like ESCAPE '\\'",
    ),
    "contract": (
        "contract k JOIN account ka ON ka.id = k.account_id",
        "k.title",
        "trim(k.number || ' · ' || ka.name, ' ·')",
        "k.title LIKE :like ESCAPE '\\' OR k.number LIKE :like ESCAPE '\\'",
    ),
}


def _statement(indexed: bool) -> str:
    parts = []
    for kind in KINDS:
        source, title, detail, by_name = _KIND_SQL[kind]
        alias = source.split()[1]
        if indexed:  # CROSS JOIN: SQLite reads the hits first, then each one's record
            source = f"hits CROSS JOIN {source}"
            where = f"hits.r % {SLOTS} = {KIND_CODES[kind]} AND {alias}.id = hits.r / {SLOTS}"
        else:
            where = by_name
        parts.append(
            f"SELECT * FROM (SELECT '{kind}' AS kind, {alias}.id AS id, {title} AS title, "
            f"{detail} AS detail FROM {source} WHERE {where} "
            f"ORDER BY {title} LIKE :prefix ESCAPE '\\' DESC, length({title}), {title}, "
            f"{alias}.id LIMIT :limit)"
        )
    union = "\nUNION ALL\n".join(parts)
    if not indexed:
        return union
    return (
        f"WITH hits(r) AS MATERIALIZED (SELECT rowid FROM {SEARCH_TABLE} "
        f"WHERE {SEARCH_TABLE} MATCH :match LIMIT :candidates)\n{union}"
    )


INDEXED_SQL = text(_statement(indexed=True))
BY_NAME_SQL = text(_statement(indexed=False))


def names_containing(kind: str, value: str) -> TextualSelect:
    """The ids of the records of ``kind`` whose name contains ``value``, as a subquery for
    ``column.in_(...)``: through the trigram index from three characters (limited to the name
    column), else by ``LIKE`` through the index on the names (a scan of the names only)."""
    value = normalised(value)
    table, name = _NAMES[kind]
    if len(value) >= TRIGRAM:
        return (
            text(
                f"SELECT rowid / {SLOTS} FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :title "
                f"AND rowid % {SLOTS} = {KIND_CODES[kind]}"
            )
            .bindparams(title=f"title : {_match_phrase(value)}")
            .columns(id=Integer)
        )
    return (
        text(f"SELECT id FROM {table} WHERE {name} LIKE :name ESCAPE '\\'")
        .bindparams(name=contains(value))
        .columns(id=Integer)
    )


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
        if len(value) >= TRIGRAM:
            statement = INDEXED_SQL
            params.update(match=_match_phrase(value), candidates=MAX_CANDIDATES)
        else:
            statement = BY_NAME_SQL
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
