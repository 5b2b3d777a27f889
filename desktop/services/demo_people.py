"""Demo accounts' people: contacts, whom they report to, their roles and interactions, and
who influences whom; then each account's opportunities and business."""

from __future__ import annotations

from typing import Any

from desktop.models import (
    Account,
    Contact,
    ContactRole,
    InfluenceLink,
    Interaction,
    RelationshipOwner,
)
from desktop.models.enums import AssessmentKind, Role

from .demo_contracts import ContractBuilder
from .demo_opportunities import OpportunityBuilder
from .demo_records import DemoDataError


class PeopleBuilder(OpportunityBuilder, ContractBuilder):
    # ---- accounts and people -----------------------------------------------------------

    def organisation(self, account: Account, data: dict[str, Any]) -> None:
        own: dict[str, Contact] = {}
        for item in data.get("contacts", []):
            if item["key"] in self.contacts:
                raise DemoDataError(f"duplicate contact key {item['key']!r}")
            own[item["key"]] = self.contacts[item["key"]] = self.new(
                Contact,
                item,
                nested={"reports_to", "roles", "interactions", "owners"},
                account_id=account.id,
            )
        self.later(self.relations, account, own, data)

    def relations(self, account: Account, own: dict[str, Contact], data: dict[str, Any]) -> None:
        for item in data.get("contacts", []):
            self.person(account, own, item)
        for item in data.get("influence", []):
            self.new(
                InfluenceLink,
                item,
                nested={"source", "target"},
                # Either end may be of another account (docs/coverage.md).
                source_id=self.anyone(item["source"]).id,
                target_id=self.anyone(item["target"]).id,
            )
        for item in data.get("payment_capacity", []):
            kind = AssessmentKind.PAYMENT_CAPACITY.value
            self.assessment(account, None, {**item, "kind": kind})
        for item in data.get("opportunities", []):
            self.opportunity(account, own, item)
        self.later(self.business, account, data)

    def anyone(self, key: str) -> Contact:
        """A person of any account loaded so far."""
        if key not in self.contacts:
            raise DemoDataError(f"no contact {key!r}")
        return self.contacts[key]

    def person(self, account: Account, own: dict[str, Contact], data: dict[str, Any]) -> None:
        contact = own[data["key"]]
        if data.get("reports_to"):
            contact.reports_to_id = self.ref(own, data["reports_to"]).id
        for role in data.get("roles", []):
            self.new(ContactRole, contact_id=contact.id, role=Role(role))
        for item in data.get("owners", []):
            self.new(RelationshipOwner, item, contact_id=contact.id)
        latest: Interaction | None = None
        for item in data.get("interactions", []):
            visit = self.new(Interaction, item, account_id=account.id, contact_id=contact.id)
            if latest is None or visit.occurred_on >= latest.occurred_on:
                latest = visit
        if latest is not None:
            if latest.closeness_after is not None:
                contact.closeness = latest.closeness_after
            if latest.trust_after is not None:
                contact.trust = latest.trust_after
