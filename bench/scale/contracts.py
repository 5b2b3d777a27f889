"""Contracts and their follow-up: four payment milestones each (30/30/30/10 on signing,
delivery, acceptance and the end of the warranty), six invoices, six payments allocated
oldest due first, deliveries, acceptances and, for some overdue milestones, collection steps."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from desktop.models import (
    Acceptance,
    CollectionAction,
    Contract,
    DeliveryLine,
    Invoice,
    Payment,
    PaymentAllocation,
    PaymentMilestone,
)
from desktop.models.enums import (
    AcceptanceKind,
    CollectionStep,
    ContractStatus,
    DueRule,
    InvoiceKind,
    InvoiceStatus,
    MilestoneTrigger,
)
from desktop.services.contracts.allocation import IncomingPayment, OpenMilestone, allocate

from . import text
from .deals import Deal
from .people import Org
from .writer import Writer, day

SHARES = (
    (30, MilestoneTrigger.SIGNING, 30, "预付款"),
    (30, MilestoneTrigger.DELIVERY, 30, "到货款"),
    (30, MilestoneTrigger.ACCEPTANCE, 45, "验收款"),
    (10, MilestoneTrigger.WARRANTY_END, 30, "质保金"),
)
PAYMENTS_PER_CONTRACT = 6


def cents(amount: Decimal) -> int:
    return int(amount * 100)


class ContractMaker:
    def __init__(self, writer: Writer, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self.contract = writer.sink(
            Contract,
            (
                "id", "account_id", "opportunity_id", "number", "title", "signed_on", "amount",
                "customer_class", "warranty_months", "reviewed_by", "reviewed_on",
                "terms_closed", "status", "owner",
            ),
        )  # fmt: skip
        self.milestone = writer.sink(
            PaymentMilestone,
            (
                "id", "contract_id", "position", "name", "percent", "amount", "trigger",
                "due_rule", "due_days", "trigger_on", "due_on",
            ),
        )  # fmt: skip
        self.invoice = writer.sink(
            Invoice,
            (
                "id",
                "contract_id",
                "milestone_id",
                "kind",
                "number",
                "amount",
                "issued_on",
                "status",
            ),
        )
        self.payment = writer.sink(
            Payment, ("id", "contract_id", "received_on", "amount", "reference")
        )
        self.allocation = writer.sink(
            PaymentAllocation, ("id", "payment_id", "milestone_id", "amount", "manual")
        )
        self.delivery = writer.sink(
            DeliveryLine,
            ("id", "contract_id", "position", "item", "quantity", "planned_on", "shipped_on",
             "arrived_on"),
        )  # fmt: skip
        self.acceptance = writer.sink(Acceptance, ("id", "contract_id", "kind", "accepted_on"))
        self.collection = writer.sink(
            CollectionAction,
            ("id", "milestone_id", "step", "done_on", "done_by", "outcome", "acknowledged"),
        )
        self.ids = {
            model: writer.next_id(model)
            for model in (
                Contract, PaymentMilestone, Invoice, Payment, PaymentAllocation, DeliveryLine,
                Acceptance, CollectionAction,
            )
        }  # fmt: skip

    def _next(self, model) -> int:
        value = self.ids[model]
        self.ids[model] = value + 1
        return value

    def make(self, deals: list[Deal], orgs: list[Org], count: int) -> None:
        """One contract for each won deal (up to ``count``), the rest for accounts at random."""
        won = [d for d in deals if d.stage.is_won][:count]
        for deal in won:
            self._contract(deal.account, deal, Decimal(deal.amount_cents) / 100, deal.decided_on)
        weights = [len(org.people) for org in orgs]
        for org in self.rng.choices(orgs, weights, k=count - len(won)):
            signed = self.today - timedelta(days=self.rng.randint(20, 1400))
            self._contract(org, None, Decimal(self.rng.randint(20, 2000) * 5000), signed)

    def _contract(self, org: Org, deal: Deal | None, amount: Decimal, signed: date) -> None:
        rng, today = self.rng, self.today
        contract_id = self._next(Contract)
        arrival = signed + timedelta(days=rng.randint(20, 120))
        initial = arrival + timedelta(days=rng.randint(20, 90))
        final = initial + timedelta(days=rng.randint(30, 120))
        events = {
            MilestoneTrigger.SIGNING: signed,
            MilestoneTrigger.DELIVERY: arrival if arrival <= today else None,
            MilestoneTrigger.ACCEPTANCE: initial if initial <= today else None,
            MilestoneTrigger.WARRANTY_END: final + timedelta(days=365)
            if final + timedelta(days=365) <= today
            else None,
        }
        title = deal.name if deal else f"{org.short_name}设备采购及集成合同"
        self.contract.add(
            (
                contract_id, org.id, deal.id if deal else None,
                f"HT-{signed.year}-{contract_id:05d}", title, day(signed), cents(amount),
                org.customer_class, 12,
                "周倩", day(signed - timedelta(days=3)), 1, ContractStatus.ACTIVE.value,
                text.STAFF[contract_id % 5],
            )
        )  # fmt: skip
        open_milestones = []
        for position, (share, trigger, days, name) in enumerate(SHARES):
            milestone_id = self._next(PaymentMilestone)
            trigger_on = events[trigger]
            due = None if trigger_on is None else trigger_on + timedelta(days=days)
            part = (amount * share / 100).quantize(Decimal("0.01"))
            self.milestone.add(
                (
                    milestone_id, contract_id, position, name, share * 100, cents(part),
                    trigger.value, DueRule.DAYS_AFTER.value, days, day(trigger_on), day(due),
                )
            )  # fmt: skip
            open_milestones.append(OpenMilestone(milestone_id, part, due, position))
            copies = 2 if position < 2 else 1
            for copy in range(copies):
                self.invoice.add(
                    (
                        self._next(Invoice), contract_id, milestone_id,
                        InvoiceKind.VAT_SPECIAL.value, f"{contract_id:05d}{position}{copy}",
                        cents(part) // copies, day(signed + timedelta(days=10 * position)),
                        (InvoiceStatus.BOOKED if copy else InvoiceStatus.ISSUED).value,
                    )
                )  # fmt: skip
            if due is not None and due < today and rng.random() < 0.08:
                for step in list(CollectionStep)[: rng.randint(1, 3)]:
                    self.collection.add(
                        (
                            self._next(CollectionAction), milestone_id, step.value,
                            day(min(today, due + timedelta(days=rng.randint(5, 200)))),
                            "李明", "客户承诺月底前付款", int(rng.random() < 0.5),
                        )
                    )  # fmt: skip
        for line in range(2):
            self.delivery.add(
                (
                    self._next(DeliveryLine), contract_id, line, f"设备 {line + 1}",
                    rng.randint(1, 50) * 100, day(arrival - timedelta(days=5)),
                    day(arrival - timedelta(days=3)) if arrival <= today else None,
                    day(arrival) if arrival <= today else None,
                )
            )  # fmt: skip
        for kind, when in ((AcceptanceKind.ARRIVAL, arrival), (AcceptanceKind.INITIAL, initial)):
            if when <= today:
                self.acceptance.add((self._next(Acceptance), contract_id, kind.value, day(when)))
        self._payments(contract_id, signed, open_milestones)

    def _payments(self, contract_id: int, signed: date, milestones: list[OpenMilestone]) -> None:
        rng, today = self.rng, self.today
        due_total = sum((m.amount for m in milestones if m.due_on and m.due_on < today), Decimal(0))
        to_pay = (due_total * Decimal(rng.choice((0, 50, 80, 100, 100, 100))) / 100).quantize(
            Decimal("0.01")
        )
        piece = (to_pay / PAYMENTS_PER_CONTRACT).quantize(Decimal("0.01"))
        incoming = []
        for part in range(PAYMENTS_PER_CONTRACT):
            payment_id = self._next(Payment)
            last = part == PAYMENTS_PER_CONTRACT - 1
            value = max(to_pay - piece * part if last else piece, Decimal("0.01"))
            received = min(today, signed + timedelta(days=30 + 60 * part))
            self.payment.add(
                (payment_id, contract_id, day(received), cents(value), f"回单{payment_id:06d}")
            )
            incoming.append(IncomingPayment(payment_id, value, received))
        for (paying, milestone), value in allocate(milestones, incoming, {}).items():
            self.allocation.add((self._next(PaymentAllocation), paying, milestone, cents(value), 0))
