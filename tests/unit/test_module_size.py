"""No module of the product outgrows 600 lines: a bigger one is split by what its parts hold
(docs/architecture.md). Migrations are exempt: each is written once and never edited."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desktop"
LIMIT = 600


def test_no_module_over_the_limit() -> None:
    too_long = {
        str(path.relative_to(PACKAGE)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if "migrations" not in path.relative_to(PACKAGE).parts
        and (lines := len(path.read_text(encoding="utf-8").splitlines())) > LIMIT
    }
    assert too_long == {}
