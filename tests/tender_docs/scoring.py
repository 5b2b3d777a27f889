"""Recall and precision per kind of item: an expected clause is found when an extracted item
of its kind holds its words (numbering, ★ and punctuation aside)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

KINDS = ("qualification", "substantive", "rejection", "document", "other")
NUMBER = re.compile(
    r"^(?:第[一二三四五六七八九十]+[章节]|[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)"
    r"|\d{1,2}(?:\.\d{1,2})*[.、]?|\(\d{1,2}\)|\d{1,2}\)|[\u2460-\u2473])"
)


def normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"\s+", "", text)
    text = NUMBER.sub("", text.lstrip("★▲"))
    return re.sub(r"[★▲;；。,，:：|()（）“”\"]", "", text)


def same(expected: str, found: str) -> bool:
    want, got = normal(expected), normal(found)
    return bool(want) and (want in got or (got in want and len(got) >= 0.6 * len(want)))


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    recalled: int = 0
    precise: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.recalled / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.precise / self.found if self.found else 1.0


def score(
    expected: Iterable[tuple[str, str]], found: Iterable[tuple[str, str]], into: dict[str, Score]
) -> None:
    expected, found = list(expected), list(found)
    for kind in KINDS:
        want = [text for k, text in expected if k == kind]
        got = [text for k, text in found if k == kind]
        tally = into.setdefault(kind, Score())
        tally.expected += len(want)
        tally.found += len(got)
        for text in want:
            if any(same(text, item) for item in got):
                tally.recalled += 1
            else:
                tally.missed.append(text)
        for item in got:
            if any(same(text, item) for text in want):
                tally.precise += 1
            else:
                tally.extra.append(item)


def report(title: str, scores: dict[str, Score]) -> str:
    lines = [f"{title}: {'kind':<14}{'expected':>9}{'found':>7}{'recall':>8}{'precision':>10}"]
    for kind in KINDS:
        s = scores[kind]
        lines.append(
            f"{'':<{len(title) + 2}}{kind:<14}{s.expected:>9}{s.found:>7}"
            f"{s.recall:>8.2f}{s.precision:>10.2f}"
        )
    return "\n".join(lines)
