"""Comments cite documents the repository holds: docs/<topic>.md and its sections."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CITATION = re.compile(r"docs/([\w-]+\.md)(?:#([\w-]+))?")
# Files the code once cited that live outside the repository.
OUTSIDE = re.compile(r"DOMAIN\.md|STYLE\.md|\.\./shared|platform.notes|\d{3}_…txt")


def _python_files() -> list[Path]:
    return sorted(
        path
        for folder in ("desktop", "tests")
        for path in (ROOT / folder).rglob("*.py")
        if path != Path(__file__).resolve()
    )


def anchor(heading: str) -> str:
    """The anchor GitHub gives a Markdown heading."""
    text = re.sub(r"[^\w\- ]", "", heading.lstrip("#").strip().lower())
    return text.replace(" ", "-")


def anchors(document: Path) -> set[str]:
    return {
        anchor(line)
        for line in document.read_text(encoding="utf-8").splitlines()
        if line.startswith("#")
    }


def test_heading_anchors_are_those_github_makes() -> None:
    assert anchor("## The limitation clock") == "the-limitation-clock"
    assert anchor("Stage probability and estimated win chance") == (
        "stage-probability-and-estimated-win-chance"
    )


def test_every_cited_document_and_section_exists() -> None:
    missing = []
    for path in _python_files():
        for document, section in CITATION.findall(path.read_text(encoding="utf-8")):
            target = ROOT / "docs" / document
            if not target.exists() or (section and section not in anchors(target)):
                missing.append(f"{path.relative_to(ROOT)}: docs/{document}#{section}")
    assert missing == []


def test_nothing_cites_files_outside_the_repository() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in _python_files()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if OUTSIDE.search(line)
    ]
    assert offenders == []
