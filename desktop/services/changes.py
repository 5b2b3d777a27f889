"""What a write changed, so that views refresh only what they show."""

from __future__ import annotations

from dataclasses import dataclass

ACCOUNTS = "accounts"
CONTACTS = "contacts"
INTERACTIONS = "interactions"
LEADS = "leads"
OPPORTUNITIES = "opportunities"
TENDERS = "tenders"
CONTRACTS = "contracts"
SETTINGS = "settings"
EVERYTHING = frozenset(
    {ACCOUNTS, CONTACTS, INTERACTIONS, LEADS, OPPORTUNITIES, TENDERS, CONTRACTS, SETTINGS}
)


@dataclass(frozen=True)
class ChangeSet:
    kinds: frozenset[str]
    account_id: int | None = None  # None: possibly several accounts

    @classmethod
    def of(cls, *kinds: str, account_id: int | None = None) -> ChangeSet:
        return cls(frozenset(kinds), account_id)

    def touches(self, *kinds: str) -> bool:
        return not self.kinds.isdisjoint(kinds)


ALL_CHANGED = ChangeSet(EVERYTHING)
