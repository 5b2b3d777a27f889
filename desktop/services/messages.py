"""User-facing text from Qt-free code.

Services cannot call ``tr()``. They write their English source text as
``QT_TRANSLATE_NOOP("Context", "No coach in {account}.")``, a name ``pyside6-lupdate``
collects into the .ts files, and which here returns a :class:`Message`. Views render it with
Qt's translator (``message.render(QCoreApplication.translate)``); the command line renders it
in English. Placeholders use ``str.format`` names, filled with :meth:`Message.with_`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

Translate = Callable[[str, str], str]


def english(context: str, text: str) -> str:
    """The identity translation: the English source text."""
    return text


@dataclass(frozen=True)
class Message:
    context: str
    text: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def with_(self, **params: Any) -> Message:
        return replace(self, params={**self.params, **params})

    def render(self, translate: Translate = english) -> str:
        params = {
            # A Message, or any parameter that renders itself (a list of allowed values...)
            key: value.render(translate) if callable(getattr(value, "render", None)) else value
            for key, value in self.params.items()
        }
        return translate(self.context, self.text).format(**params)

    def __str__(self) -> str:
        return self.render()


def QT_TRANSLATE_NOOP(context: str, text: str) -> Message:
    return Message(context, text)


class UserError(Exception):
    """An error whose message is meant for the user, shown without a traceback."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


@dataclass(frozen=True)
class Sentences:
    """Several messages as one parameter, each rendered in the reader's language."""

    messages: tuple[Message, ...]

    def render(self, translate: Translate = english) -> str:
        return " ".join(m.render(translate) for m in self.messages)
