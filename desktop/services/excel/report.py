"""What an import did, or would do: counts and every problem with its sheet, row and column."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from desktop.services.messages import Message, Translate, english


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int  # as Excel numbers it; 0 when the problem is about the whole sheet
    column: str  # the column's header, "" when not about one column
    message: Message
    skipped: bool  # True: the row was left out; False: imported without that value
    # A value no form would accept: the whole import is refused (docs/field-rules.md).
    invalid: bool = False

    def render(self, translate: Translate = english) -> str:
        where = f"{self.sheet}!{self.row}" if self.row else self.sheet
        column = f" [{self.column}]" if self.column else ""
        return f"{where}{column}: {self.message.render(translate)}"


def local_time(utc: datetime | None) -> str:
    """A moment of the change log (UTC) as the user's wall-clock time."""
    if utc is None:
        return "?"
    return utc.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class Conflict:
    """A value a merge did not keep (both sides changed it, or a deletion met an edit)."""

    sheet: str
    row: int
    column: str
    record: str  # the record's name or title
    kept: str
    kept_by: str
    kept_at: datetime | None
    lost: str
    lost_by: str
    lost_at: datetime | None
    message: Message  # what happened, in one sentence

    def said(self, when: Callable[[datetime | None], str] = local_time) -> Message:
        """The sentence with its two moments written by `when` (a view passes its locale's)."""
        return self.message.with_(kept_at=when(self.kept_at), lost_at=when(self.lost_at))

    def render(self, translate: Translate = english) -> str:
        where = f"{self.sheet}!{self.row}" if self.row else self.sheet
        column = f" [{self.column}]" if self.column else ""
        return f"{where}{column}: {self.said().render(translate)}"


@dataclass
class ImportReport:
    dry_run: bool = False
    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)
    deleted: Counter[str] = field(default_factory=Counter)  # deletions a merge brought in
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)
    backup: str = ""  # the backup taken before a real import
    conflicts: list[Conflict] = field(default_factory=list)  # the merge report
    # Where the time went, by stage (``bulk.timed``): what ``python -m bench.excel`` shows.
    seconds: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))

    @staticmethod
    def count(counter: Counter[str], kind: str, number: int) -> None:
        if number:
            counter[kind] += number

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.skipped or p.invalid)

    @property
    def warnings(self) -> int:
        return sum(1 for p in self.problems if not (p.skipped or p.invalid))

    @property
    def refused(self) -> bool:
        """Some value cannot be stored: nothing was (or would be) imported."""
        return any(p.invalid for p in self.problems)

    def summary(self) -> str:
        def counts(counter: Counter[str]) -> str:
            return ", ".join(f"{n} {kind}" for kind, n in sorted(counter.items()) if n) or "0"

        deleted = f"deleted: {counts(self.deleted)}; " if self.deleted else ""
        return (
            f"created: {counts(self.created)}; updated: {counts(self.updated)}; "
            f"unchanged: {counts(self.unchanged)}; {deleted}skipped rows: {self.skipped}; "
            f"errors: {self.errors}; warnings: {self.warnings}"
        )
