"""Translation catalogs and the developer commands that keep them up to date.

Each feature area has its own catalog, ``resources/i18n/<area>_zh_CN.ts``, holding the strings
of ``desktop/services/<area>/`` and ``desktop/views/<area>/``; everything else is in ``core``.
English is the source language; its catalog ``<area>_en.ts`` holds only the plural forms of
the messages counted with ``tr(text, "", n)`` and ``%n`` ("%n milestone(s)" → "1 milestone",
"2 milestones").

    python -m desktop.translations update    # run lupdate: add new strings, drop stale ones
    python -m desktop.translations todo      # list strings still untranslated
    python -m desktop.translations fill F.json  # translate from {"source": "译文"} or
                                             # {"Context|source": "译文"}, then update;
                                             # plural forms: {"en": {"source": ["one", "more"]}}
    python -m desktop.translations release   # compile .qm (fails on unfinished strings)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

from desktop.resources import resource_path

PACKAGE = Path(__file__).resolve().parent
LANGUAGES = ("zh_CN", "en")
PLURALS_ONLY = "en"  # the source language: its catalog holds only the plural forms
CORE = "core"


def i18n_dir() -> Path:
    return resource_path("i18n")


def areas() -> list[str]:
    found = {
        child.name
        for layer in ("services", "views")
        for child in (PACKAGE / layer).iterdir()
        if child.is_dir() and (child / "__init__.py").exists()
    }
    return [CORE, *sorted(found - {"common"})]


def sources(area: str) -> list[Path]:
    if area != CORE:
        return sorted(
            path
            for layer in ("services", "views")
            for path in (PACKAGE / layer / area).rglob("*.py")
        )
    others = set(areas()) - {CORE}
    return sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if "migrations" not in path.parts
        and "_bundled" not in path.parts
        and not (
            len(path.relative_to(PACKAGE).parts) > 2
            and path.relative_to(PACKAGE).parts[0] in ("services", "views")
            and path.relative_to(PACKAGE).parts[1] in others
        )
    )


def ts_path(area: str, language: str, directory: Path | None = None) -> Path:
    return (directory or i18n_dir()) / f"{area}_{language}.ts"


def qm_path(area: str, language: str, directory: Path | None = None) -> Path:
    return (directory or i18n_dir()) / f"{area}_{language}.qm"


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def lupdate(area: str, language: str, ts_file: Path) -> None:
    files = [str(path) for path in sources(area)]
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *files,
            "-ts",
            str(ts_file),
            "-target-language",
            language,
            "-source-language",
            "en",
            "-locations",
            "none",
            "-no-obsolete",
            "-silent",
            *(["-pluralonly"] if language == PLURALS_ONLY else []),
        ],
        check=True,
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [
            _tool("pyside6-lrelease"),
            "-fail-on-unfinished",
            "-silent",
            str(ts_file),
            "-qm",
            str(qm_file),
        ],
        check=True,
    )


def unfinished(ts_file: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    tree = ElementTree.parse(ts_file)
    result = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                result.append((name, message.findtext("source", "")))
    return result


def fill(ts_file: Path, translations: dict[str, str | list[str]]) -> int:
    """Give unfinished messages the translations known for "Context|source" or "source"; a
    message with plural forms takes a list (one text per form) or one text for all."""
    tree = ElementTree.parse(ts_file)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source", "")
            text = translations.get(f"{name}|{source}", translations.get(source))
            if text:
                forms = translation.findall("numerusform")
                if forms:
                    texts = [text] * len(forms) if isinstance(text, str) else text
                    for form, form_text in zip(forms, texts, strict=True):
                        form.text = form_text
                else:
                    translation.text = str(text)
                del translation.attrib["type"]
                filled += 1
    if filled:
        tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str] | None = None) -> int:
    command = (argv or sys.argv[1:] or ["help"])[0]
    if command == "update":
        for area in areas():
            for language in LANGUAGES:
                lupdate(area, language, ts_path(area, language))
    elif command == "fill":
        import json

        known = json.loads(Path((argv or sys.argv[1:])[1]).read_text(encoding="utf-8"))
        for area in areas():
            for language in LANGUAGES:
                # {"en": {...}} for the plural forms of English; the rest is Chinese
                table = known.get(language, {} if language == PLURALS_ONLY else known)
                print(area, language, fill(ts_path(area, language), table))
        return main(["update"])
    elif command == "release":
        for area in areas():
            for language in LANGUAGES:
                lrelease(ts_path(area, language), qm_path(area, language))
    elif command == "todo":
        missing = 0
        for area in areas():
            for language in LANGUAGES:
                for context, source in unfinished(ts_path(area, language)):
                    missing += 1
                    print(f"{area}_{language}\t{context}\t{source}")
        return 1 if missing else 0
    else:
        print(__doc__)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
