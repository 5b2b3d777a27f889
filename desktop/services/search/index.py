"""The search index: an SQLite FTS5 table with the trigram tokenizer, kept in step with the
records by triggers (migration 0003), so that finding text anywhere in 100,000 people takes a
millisecond instead of the 40–50 ms a ``LIKE '%…%'`` over their six searchable columns does.

Each record has one row; its ``rowid`` encodes the record: ``id * SLOTS + code of its kind``.
``title`` holds the record's name, ``detail`` the other searchable fields (a person's title,
department, phone numbers, e-mail and WeChat; an account's short name and region; a tender's
number, buyer and agency; a contract's number). Trigrams match three characters or more;
shorter queries are answered from the name columns (see ``service.py``).
"""

from __future__ import annotations

SEARCH_TABLE = "search_index"
SLOTS = 8
# Kinds as ``EventHub.open_record`` names them, and their codes in the rowid.
KIND_CODES = {"account": 1, "contact": 2, "opportunity": 3, "tender": 4, "contract": 5}
KINDS = tuple(KIND_CODES)
# Kind -> (its name column: the title, the columns joined by spaces into the detail), as
# migration 0003 indexes them (a server's statement triggers are built from this:
# ``server_index.py``).
FIELDS = {
    "account": ("name", ("short_name", "region")),
    "contact": ("name", ("title", "department", "mobile", "phone", "email", "wechat")),
    "opportunity": ("name", ("project_type",)),
    "tender": ("title", ("tender_no", "buyer", "agency")),
    "contract": ("title", ("number",)),
}


def is_search_table(name: str) -> bool:
    """The FTS table and the shadow tables SQLite keeps for it (not models of ours)."""
    return name == SEARCH_TABLE or name.startswith(f"{SEARCH_TABLE}_")


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic's filter: schema comparisons leave the search tables alone."""
    return not (type_ == "table" and name is not None and is_search_table(name))
