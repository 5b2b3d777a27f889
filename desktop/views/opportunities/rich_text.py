"""Text put into a rich-text label: a name with "<" or "&" shows as typed."""

from __future__ import annotations


def escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
