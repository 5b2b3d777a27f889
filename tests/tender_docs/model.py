"""A generated tender document: its content in order, and what a careful reader would
extract from it (written from the document, not from the extractor)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

Expect = tuple[tuple[str, str], ...]  # (kind, the clause's words)


@dataclass(frozen=True)
class Para:
    text: str
    expect: Expect = ()
    heading: bool = False
    auto_number: bool = False  # Word's automatic numbering ("List Number") instead of text
    bullet: bool = False  # Word's bullets ("List Bullet")


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]
    expect: Expect = ()


@dataclass
class TenderDoc:
    name: str
    project: str
    tender_no: str
    deadline: datetime
    bid_bond: Decimal | None
    opening_place: str
    body: list[Para | Table] = field(default_factory=list)

    @property
    def expected(self) -> list[tuple[str, str]]:
        return [pair for part in self.body for pair in part.expect]

    def heading(self, text: str) -> None:
        self.body.append(Para(text, heading=True))

    def para(self, text: str, *kinds: str) -> None:
        """A paragraph; each kind given expects it as an item of that kind."""
        self.body.append(Para(text, tuple((kind, text) for kind in kinds)))

    def items(self, numbers: list[str] | None, texts: list[str], *kinds: str) -> None:
        """A numbered list, one paragraph per item (numbers None: Word's own numbering)."""
        for n, text in enumerate(texts):
            expect = tuple((kind, text) for kind in kinds)
            starred = text.lstrip().startswith("★") or "（★）" in text
            if starred and "substantive" not in kinds:
                expect += (("substantive", text),)
            if numbers is None:
                self.body.append(Para(text, expect, auto_number=True))
            else:
                self.body.append(Para(numbers[n] + text, expect))

    def table(self, rows: list[tuple[str, ...]], expect: list[tuple[str, str]] = ()) -> None:  # type: ignore[assignment]
        self.body.append(Table(tuple(rows), tuple(expect)))


CN = "一二三四五六七八九十"


def cn(n: int) -> str:
    return CN[n - 1] if n <= 10 else "十" + CN[n - 11]


def numbers(style: str, count: int, parent: str = "") -> list[str]:
    """Item numbers in one of the styles tender documents use."""
    make = {
        "cn": lambda n: f"{cn(n)}、",
        "paren_cn": lambda n: f"（{cn(n)}）",
        "arabic": lambda n: f"{n}. ",
        "arabic_cn": lambda n: f"{n}、",
        "dotted": lambda n: f"{parent}.{n} ",
        "paren": lambda n: f"（{n}）",
        "ascii_paren": lambda n: f"({n})",
        "circled": lambda n: chr(0x2460 + n - 1),
    }[style]
    return [make(n) for n in range(1, count + 1)]
