"""The demo's actions: a few open ones (overdue, due today, due this week) and one done, about a
person or a red flag of theirs (docs/actions.md)."""

from __future__ import annotations

from desktop.models import Action

from .action_subjects import AboutKind, red_flag_key
from .demo_records import DemoDataError, DemoRecords

_REFERENCES = frozenset({"contact", "opportunity", "red_flag"})


def add_actions(loader: DemoRecords) -> int:
    """Each file entry: ``{"contact": KEY, "opportunity"?: KEY, "red_flag"?: FLAG CODE,
    <Action fields>}``; contacts and opportunities must be loaded (and flushed) already."""
    items = loader.data.get("actions", [])
    for item in items:
        contact = loader.contacts.get(item["contact"])
        if contact is None:
            raise DemoDataError(f"action about unknown contact {item['contact']!r}")
        deal = loader.opportunities.get(item.get("opportunity", ""), (None, None))[0]
        if "red_flag" in item:
            kind, key = AboutKind.RED_FLAG, red_flag_key(item["red_flag"], contact.uuid)
        else:
            kind, key = AboutKind.CONTACT, contact.uuid
        loader.new(
            Action,
            item,
            nested=_REFERENCES,
            account_id=contact.account_id,
            opportunity_id=None if deal is None else deal.id,
            about_kind=kind,
            about_key=key,
        )
    return len(items)
