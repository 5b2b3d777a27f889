"""Translations without Qt: the shipped .ts catalogs read directly, for the command line and
for parsing Chinese values in imported sheets. The window uses Qt's own translator."""

from __future__ import annotations

from functools import cache

from defusedxml import ElementTree

from desktop.resources import resource_path

from .messages import Translate, english


@cache
def _messages(language: str) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for path in sorted(resource_path("i18n").glob(f"*_{language}.ts")):
        root = ElementTree.parse(path).getroot()
        assert root is not None  # a parsed document has a root
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.text:
                    table[(name, message.findtext("source", ""))] = translation.text
    return table


def translator(language: str) -> Translate:
    """A ``translate(context, text)`` for ``language`` ("en" gives the English source)."""
    if not language.startswith("zh"):
        return english
    table = _messages("zh_CN")
    return lambda context, text: table.get((context, text), text)
