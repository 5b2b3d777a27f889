"""What a write changed, so that views refresh only what they show (docs/architecture.md,
"Refresh by what changed")."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

ACCOUNTS = "accounts"
CONTACTS = "contacts"
INTERACTIONS = "interactions"
LEADS = "leads"
OPPORTUNITIES = "opportunities"
TENDERS = "tenders"
CONTRACTS = "contracts"
SETTINGS = "settings"
ACTIONS = "actions"
# What an opportunity takes with it when it goes or comes back (its tenders, contracts and
# actions go with it; the account list counts it).
WITH_AN_OPPORTUNITY = frozenset({OPPORTUNITIES, LEADS, TENDERS, CONTRACTS, ACCOUNTS, ACTIONS})
EVERYTHING = frozenset(
    {
        ACCOUNTS,
        CONTACTS,
        INTERACTIONS,
        LEADS,
        OPPORTUNITIES,
        TENDERS,
        CONTRACTS,
        SETTINGS,
        ACTIONS,
    }
)


@dataclass(frozen=True)
class ChangeSet:
    """The kinds of data a write changed, the one account it changed them in (None: no
    account in particular, or possibly several) and, where cheap to know, the records."""

    kinds: frozenset[str]
    account_id: int | None = None
    # (record kind, id) pairs, e.g. ("contract", 12). A record kind without pairs means
    # that any record of that kind may have changed.
    records: frozenset[tuple[str, int]] = frozenset()

    @classmethod
    def of(
        cls,
        *kinds: str,
        account_id: int | None = None,
        ids: Mapping[str, Iterable[int]] | None = None,
    ) -> ChangeSet:
        records = frozenset(
            (kind, record_id) for kind, numbers in (ids or {}).items() for record_id in numbers
        )
        return cls(frozenset(kinds), account_id, records)

    def touches(self, *kinds: str) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def concerns(self, account_id: int | None) -> bool:
        """Whether a view of ``account_id`` (None: of all accounts) may show what changed."""
        return self.account_id is None or account_id is None or account_id == self.account_id

    def ids(self, record_kind: str) -> frozenset[int] | None:
        """The records of ``record_kind`` that changed; None when unknown (any may have)."""
        found = frozenset(n for kind, n in self.records if kind == record_kind)
        return found or None


ALL_CHANGED = ChangeSet(EVERYTHING)
