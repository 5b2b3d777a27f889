"""Demo leads and contracts: amendments, milestones, deliveries, invoices, and payments
allocated oldest due first."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from desktop.models import (
    Acceptance,
    Account,
    Amendment,
    CollectionAction,
    Contract,
    DeliveryLine,
    Invoice,
    Lead,
    Payment,
    PaymentAllocation,
    PaymentMilestone,
    ShippingException,
)
from desktop.models.enums import DueRule
from desktop.services.contracts.schedule import settle

from .demo_records import DemoDataError, DemoRecords

_CONTRACT_PARTS = frozenset(
    {"opportunity", "amendments", "milestones", "deliveries", "shipping_exceptions"}
    | {"acceptances", "invoices", "payments"}
)


class ContractBuilder(DemoRecords):
    # ---- leads and contracts -----------------------------------------------------------

    def business(self, account: Account, data: dict[str, Any]) -> None:
        for item in data.get("leads", []):
            converted = item.get("converted_opportunity")
            self.new(
                Lead,
                item,
                nested={"converted_opportunity"},
                account_id=account.id,
                converted_opportunity_id=self.deal(account, converted).id if converted else None,
            )
        for item in data.get("contracts", []):
            opportunity = (
                self.deal(account, item["opportunity"]) if item.get("opportunity") else None
            )
            contract = self.new(
                Contract,
                item,
                nested=_CONTRACT_PARTS,
                year=self.day(item.get("signed_on", 0)).year,
                account_id=account.id,
                opportunity_id=opportunity.id if opportunity else None,
            )
            self.contracts += 1
            self.later(self.contract_details, contract, item)

    def contract_details(self, contract: Contract, data: dict[str, Any]) -> None:
        amendments = [
            self.new(Amendment, item, contract_id=contract.id)
            for item in data.get("amendments", [])
        ]
        milestones: dict[str, PaymentMilestone] = {}
        for position, item in enumerate(data.get("milestones", [])):
            milestone = self.new(
                PaymentMilestone,
                item,
                nested={"collection"},
                contract_id=contract.id,
                position=position,
            )
            if "due_on" not in item:
                milestone.due_on = self.due_on(milestone)
            milestones[item["key"]] = milestone
        expected = contract.amount + sum((a.amount_delta for a in amendments), Decimal(0))
        if sum((m.amount for m in milestones.values()), Decimal(0)) != expected:
            raise DemoDataError(f"{contract.number}: milestones do not add up to {expected}")
        for position, item in enumerate(data.get("deliveries", [])):
            self.new(DeliveryLine, item, contract_id=contract.id, position=position)
        for item in data.get("shipping_exceptions", []):
            self.new(ShippingException, item, contract_id=contract.id)
        for item in data.get("acceptances", []):
            self.new(Acceptance, item, contract_id=contract.id)
        payments = [
            self.new(Payment, item, contract_id=contract.id) for item in data.get("payments", [])
        ]
        self.later(self.receivables, contract, milestones, payments, data)

    @staticmethod
    def due_on(milestone: PaymentMilestone) -> date | None:
        if milestone.due_rule is DueRule.FIXED_DATE:
            return milestone.fixed_due_on
        if milestone.trigger_on is None:
            return None
        return milestone.trigger_on + timedelta(days=milestone.due_days or 0)

    def receivables(
        self,
        contract: Contract,
        milestones: dict[str, PaymentMilestone],
        payments: list[Payment],
        data: dict[str, Any],
    ) -> None:
        for item in data.get("milestones", []):
            for action in item.get("collection", []):
                milestone_id = milestones[item["key"]].id
                self.new(
                    CollectionAction, {"done_by": self.owner, **action}, milestone_id=milestone_id
                )
        for item in data.get("invoices", []):
            key = item.get("milestone")
            if key is not None and key not in milestones:
                raise DemoDataError(f"{contract.number}: no milestone {key!r}")
            self.new(
                Invoice,
                item,
                nested={"milestone"},
                contract_id=contract.id,
                milestone_id=milestones[key].id if key else None,
            )
        self.allocate(contract, list(milestones.values()), payments)
        # Due dates the file leaves open but the events already fix (a warranty's end).
        settle(self.session, contract)

    def allocate(
        self, contract: Contract, milestones: list[PaymentMilestone], payments: list[Payment]
    ) -> None:
        """Settle milestones oldest due first (those not yet due last, in contract order)."""
        order = sorted(
            milestones, key=lambda m: (m.due_on is None, m.due_on or date.max, m.position)
        )
        open_amount = {m.id: m.amount for m in milestones}
        for payment in sorted(payments, key=lambda p: p.received_on):
            left = payment.amount
            for milestone in order:
                take = min(left, open_amount[milestone.id])
                if take > 0:
                    self.new(
                        PaymentAllocation,
                        payment_id=payment.id,
                        milestone_id=milestone.id,
                        amount=take,
                        manual=False,
                    )
                    open_amount[milestone.id] -= take
                    left -= take
            if left > 0:
                raise DemoDataError(f"{contract.number}: a payment exceeds the milestones")
