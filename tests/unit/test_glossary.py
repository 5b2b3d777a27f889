"""The zh_CN catalogs follow docs/glossary.md: one Chinese term per concept.

For every glossary row, a message whose English source contains one of the row's English words
(at the start of a word, any case) must not be translated with one of the row's forbidden
variants. The row's own Chinese term and its accepted forms are taken out of the translation
first, so a variant that is part of the term (投标 in 投标项目) is not a finding.
Run alone with `.venv/bin/python -m pytest -q tests/unit/test_glossary.py`: the failure lists
every offending message with its catalog, context and source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from desktop import translations

GLOSSARY = Path(__file__).resolve().parents[2] / "docs" / "glossary.md"
COLUMNS = ["English", "中文", "Also accepted", "Forbidden variants", "Notes"]


@dataclass(frozen=True)
class Term:
    english: tuple[str, ...]
    chinese: str
    accepted: tuple[str, ...]
    forbidden: tuple[str, ...]

    def applies_to(self, source: str) -> bool:
        return any(
            re.search(rf"(?<![A-Za-z]){re.escape(word)}", source, re.IGNORECASE)
            for word in self.english
        )

    def variants_in(self, translation: str) -> list[str]:
        for kept in sorted((self.chinese, *self.accepted), key=len, reverse=True):
            translation = translation.replace(kept, "·")
        return [variant for variant in self.forbidden if variant in translation]


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _split(cell: str, separator: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(separator) if part.strip() not in ("", "—"))


def glossary_terms(text: str) -> list[Term]:
    """The rows of every table headed by COLUMNS (English words split on ",", Chinese on "、")."""
    terms: list[Term] = []
    in_table = False
    for line in text.splitlines():
        if not line.startswith("|"):
            in_table = False
            continue
        cells = _cells(line)
        if cells == COLUMNS:
            in_table = True
        elif in_table and not set(line) <= set("|-: "):
            english, chinese, accepted, forbidden, _notes = cells
            terms.append(
                Term(
                    _split(english.replace("`", ""), ","),
                    chinese,
                    _split(accepted, "、"),
                    _split(forbidden, "、"),
                )
            )
    return terms


def catalog_messages(extra: bool = False) -> list[tuple[str, str, str, str]]:
    """(catalog, context, source, translation) of every zh_CN message (``extra``: only those
    with a comment for translators)."""
    found = []
    for area in translations.areas():
        path = translations.ts_path(area, "zh_CN")
        for context in ElementTree.parse(path).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                if extra and message.find("extracomment") is None:
                    continue
                found.append(
                    (
                        path.name,
                        name,
                        message.findtext("source", ""),
                        message.findtext("translation", "") or "",
                    )
                )
    return found


def test_the_glossary_is_a_table_of_terms() -> None:
    terms = glossary_terms(GLOSSARY.read_text(encoding="utf-8"))
    assert len(terms) >= 20
    assert all(term.english and term.chinese for term in terms)
    assert sum(1 for term in terms if term.forbidden) >= 15


def test_a_forbidden_variant_is_found_and_the_term_itself_is_not() -> None:
    tender = Term(("tender",), "投标项目", (), ("标书", "招标项目", "投标"))
    assert tender.applies_to("Tenders still to submit")
    assert not tender.applies_to("Contender")
    assert tender.variants_in("尚未递交的投标项目") == []
    assert tender.variants_in("尚未递交的投标") == ["投标"]
    assert tender.variants_in("评分表和标书") == ["标书"]


def test_catalogs_use_the_glossary_terms() -> None:
    terms = glossary_terms(GLOSSARY.read_text(encoding="utf-8"))
    findings = [
        f"{catalog} {context}: {source!r} -> {translation!r} uses {variants} "
        f"(glossary: {term.chinese})"
        for catalog, context, source, translation in catalog_messages()
        for term in terms
        if term.applies_to(source) and (variants := term.variants_in(translation))
    ]
    assert findings == [], "\n".join(findings)


def test_no_space_before_a_percent_sign_in_chinese() -> None:
    """Chinese writes 30%, not 30 % (nor 30&nbsp;%)."""
    findings = [
        f"{catalog} {context}: {translation!r}"
        for catalog, context, _source, translation in catalog_messages()
        if re.search(r"(\s|&nbsp;)%", translation)
    ]
    assert findings == [], "\n".join(findings)


def test_translators_see_no_developer_comments() -> None:
    """lupdate shows a `#:` comment to translators as if it described the next string; the code
    documents attributes with plain `#` comments instead."""
    offenders = [
        f"{catalog} {context}: {source!r}"
        for catalog, context, source, _translation in catalog_messages(extra=True)
    ]
    assert offenders == []
