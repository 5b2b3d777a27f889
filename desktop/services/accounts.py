"""Accounts: the list beside the tabs, and creating and editing an account (deleting one moves
it to the trash: :mod:`desktop.services.trash`)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select

from desktop.models import Account, Contact, Contract, Opportunity, Tender
from desktop.models.enums import (
    CustomerClass,
    FinancialCondition,
    IndustryStage,
    OwnershipType,
    PaymentHistory,
)

from . import versions
from .changes import ACCOUNTS, ChangeSet
from .database import Database
from .like import contains, matches
from .messages import QT_TRANSLATE_NOOP, UserError
from .records import copy_to


@dataclass(frozen=True)
class AccountRow:
    id: int
    name: str
    short_name: str
    region: str
    customer_class: CustomerClass | None


@dataclass(frozen=True)
class AccountData:
    """The editable fields of an account."""

    name: str
    short_name: str = ""
    industry: str = ""
    region: str = ""
    address: str = ""
    phone: str = ""
    tax_id: str = ""
    source_channel: str = ""
    customer_class: CustomerClass | None = None
    ownership_type: OwnershipType | None = None
    industry_stage: IndustryStage | None = None
    financial_condition: FinancialCondition | None = None
    payment_history: PaymentHistory | None = None
    notes: str = ""


class AccountService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def owners(self) -> list[str]:
        """The salespeople whose records this database holds."""
        from .excel.summary_data import owners

        with self._db.read() as s:
            return owners(s)

    def list(self, search: str = "") -> list[AccountRow]:
        query = select(
            Account.id, Account.name, Account.short_name, Account.region, Account.customer_class
        ).order_by(Account.name)
        text = search.strip()
        if text:
            pattern = contains(text)
            query = query.where(
                or_(
                    matches(Account.name, pattern),
                    matches(Account.short_name, pattern),
                    matches(Account.region, pattern),
                )
            )
        with self._db.read() as s:
            return [AccountRow(*row) for row in s.execute(query)]

    def get(self, account_id: int) -> AccountData:
        return self.read(account_id)[0]

    def read(self, account_id: int) -> tuple[AccountData, int]:
        """The account's fields and the version they were read at (for :meth:`update`)."""
        with self._db.read() as s:
            return versions.read_with_version(s, Account, account_id, AccountData)

    def account_of(self, kind: str, record_id: int) -> int | None:
        """The account a record belongs to (kinds as in ``EventHub.open_record``)."""
        queries = {
            "account": select(Account.id).where(Account.id == record_id),
            "contact": select(Contact.account_id).where(Contact.id == record_id),
            "opportunity": select(Opportunity.account_id).where(Opportunity.id == record_id),
            "tender": select(Opportunity.account_id)
            .join(Tender, Tender.opportunity_id == Opportunity.id)
            .where(Tender.id == record_id),
            "contract": select(Contract.account_id).where(Contract.id == record_id),
        }
        with self._db.read() as s:
            return s.scalar(queries[kind])

    def create(self, data: AccountData) -> tuple[int, ChangeSet]:
        _validate(data)
        with self._db.session() as s:
            account = Account(name=data.name)
            copy_to(data, account)
            s.add(account)
            s.flush()
            return account.id, ChangeSet.of(ACCOUNTS, account_id=account.id)

    def update(
        self, account_id: int, data: AccountData, read_version: int | None = None
    ) -> ChangeSet:
        """Save ``data``; refused (:class:`~.versions.ChangedMeanwhile`) when the account
        changed since it was read at ``read_version``."""
        _validate(data)
        with self._db.session() as s:
            account = s.get_one(Account, account_id)
            versions.check(s, account, read_version)
            copy_to(data, account)
        return ChangeSet.of(ACCOUNTS, account_id=account_id)


def _validate(data: AccountData) -> None:
    if not data.name.strip():
        raise UserError(QT_TRANSLATE_NOOP("AccountService", "An account needs a name."))
