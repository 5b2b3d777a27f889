"""Showing the bid area's data: messages with locale-formatted values, bilingual item texts,
template names."""

from __future__ import annotations

from desktop.services.bids.templates import builtin_template
from desktop.services.labels import localized
from desktop.services.messages import Message
from desktop.views.common.formatting import display
from desktop.views.i18n import translate


def render(message: Message) -> str:
    """The message in the interface language, its dates, money and numbers as the locale
    writes them."""
    params = {
        key: value if isinstance(value, str | Message) else display(value)
        for key, value in message.params.items()
    }
    return Message(message.context, message.text, params).render(translate)


def item_text(text_en: str, text_zh: str, language: str) -> str:
    return localized(text_en, text_zh, language)


def template_name(name: str, builtin_key: str, language: str) -> str:
    """A template's name; the built-in one, while not renamed, in the interface language."""
    if builtin_key:
        builtin = builtin_template(builtin_key)
        if name in (builtin.name_en, builtin.name_zh):
            return localized(builtin.name_en, builtin.name_zh, language)
    return name
