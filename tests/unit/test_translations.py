"""The translation catalogs are complete, up to date, and keep every placeholder."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from xml.etree import ElementTree

import pytest

from desktop import translations

CATALOGS = [
    (area, language) for area in translations.areas() for language in translations.LANGUAGES
]
TESTS = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("area", "language"), CATALOGS)
def test_ts_file_is_up_to_date_with_the_sources(area: str, language: str, tmp_path: Path) -> None:
    committed = translations.ts_path(area, language)
    fresh = tmp_path / committed.name
    shutil.copyfile(committed, fresh)
    translations.lupdate(area, language, fresh)
    assert fresh.read_bytes() == committed.read_bytes(), (
        f"{committed.name} is out of date: run `python -m desktop.translations update`, "
        "translate, then `python -m desktop.translations release`"
    )


@pytest.mark.parametrize(("area", "language"), CATALOGS)
def test_every_string_is_translated_and_the_qm_is_current(
    area: str, language: str, tmp_path: Path
) -> None:
    ts_file = translations.ts_path(area, language)
    assert translations.unfinished(ts_file) == []
    fresh = tmp_path / "fresh.qm"
    translations.lrelease(ts_file, fresh)  # -fail-on-unfinished
    assert fresh.read_bytes() == translations.qm_path(area, language).read_bytes()


PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


@pytest.mark.parametrize(("area", "language"), CATALOGS)
def test_translations_keep_the_placeholders(area: str, language: str) -> None:
    root = ElementTree.parse(translations.ts_path(area, language)).getroot()
    for message in root.iter("message"):
        source = message.findtext("source", "")
        # a message counted with %n has one text per plural form
        forms = [f.text or "" for f in message.iter("numerusform")]
        for translation in forms or [message.findtext("translation", "")]:
            assert sorted(PLACEHOLDER.findall(source)) == sorted(
                PLACEHOLDER.findall(translation)
            ), source


def test_no_test_types_non_ascii_with_key_clicks() -> None:
    """QTest.keyClicks with non-ASCII text aborts the whole process; tests use setText()."""
    pattern = re.compile(r"keyClicks\([^)]*[^\x00-\x7f]")
    offenders = [
        f"{path.name}:{number}"
        for path in TESTS.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert offenders == []
