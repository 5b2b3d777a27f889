"""Who a team's records belong to: accounts shared with colleagues, and the hand-over of
everything one salesperson owns to another (docs/team-server.md#security)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.models import Account, AccountShare, Handover
from desktop.models.change_log import CHANGED

from . import change_log
from .changes import ChangeSet
from .database import Database
from .messages import QT_TRANSLATE_NOOP
from .team_members import TeamRefused, is_manager, is_member, refusals
from .team_security import MEMBERS, owned_tables

ONLY_MANAGERS = QT_TRANSLATE_NOOP("Team", "Only a manager hands one salesperson's records over.")


def find_account(s: Session, name_or_uuid: str) -> Account:
    """The one account (that the connected role sees) named so, or with this uuid."""
    found = s.scalars(
        select(Account).where((Account.name == name_or_uuid) | (Account.uuid == name_or_uuid))
    ).all()
    if len(found) == 1:
        return found[0]
    message = (
        QT_TRANSLATE_NOOP("Team", "There is no account “{name}” that you can see.")
        if not found
        else QT_TRANSLATE_NOOP(
            "Team", "Several accounts are named “{name}”: give the account's uuid instead."
        )
    )
    raise TeamRefused(message.with_(name=name_or_uuid))


def _require_member(s: Session, name: str) -> None:
    if not is_member(s.connection(), name):
        raise TeamRefused(
            QT_TRANSLATE_NOOP(
                "Team",
                "{name} is not a member of this team: the administrator adds them with "
                "`python main.py server add-user`.",
            ).with_(name=name)
        )


def share(db: Database, account: str, member: str, *, stop: bool = False) -> bool:
    """Let ``member`` see and change ``account`` and everything under it (``stop``: no longer);
    whether anything changed. Only the account's owner or a manager may."""
    with refusals(), db.session() as s:
        found = find_account(s, account)
        existing = s.scalars(
            select(AccountShare).where(
                AccountShare.account_id == found.id, AccountShare.member == member
            )
        ).first()
        if stop:
            if existing is not None:
                s.delete(existing)
            return existing is not None
        _require_member(s, member)
        if existing is None:
            s.add(AccountShare(account_id=found.id, member=member))
        return existing is None


def hand_over(db: Database, from_owner: str, to_owner: str, *, note: str = "") -> int:
    """Give every record of ``from_owner`` to ``to_owner`` in one transaction, each change of
    owner in the change log, and the hand-over recorded; how many records moved.

    The accounts shared with ``from_owner`` are shared with ``to_owner`` instead, so the one
    who takes over sees everything the one who leaves saw."""
    if from_owner == to_owner:
        raise TeamRefused(
            QT_TRANSLATE_NOOP(
                "Team", "Choose someone other than {name} to take the records over."
            ).with_(name=from_owner)
        )
    with refusals(), db.session() as s:
        if db.server:
            if not is_manager(s.connection()):
                raise TeamRefused(ONLY_MANAGERS)
            _require_member(s, to_owner)
        now = db.clock.utcnow()
        changes: list[change_log.Change] = []
        for table in owned_tables():
            if table.name == "handover":
                continue  # the record of past hand-overs stays whose it was
            moved = s.execute(
                table.update()
                .where(table.c.owner == from_owner)
                .values(owner=to_owner, updated_at=now, version=table.c.version + 1)
                .returning(table.c.uuid)
            ).scalars()
            changes += [
                change_log.Change(table.name, uuid, CHANGED, "owner", from_owner, to_owner)
                for uuid in moved
            ]
        changes += _move_shares(s, from_owner, to_owner)
        if not changes:
            raise TeamRefused(
                QT_TRANSLATE_NOOP("Team", "{name} owns no records: nothing was handed over.").with_(
                    name=from_owner
                )
            )
        change_log.write(s, changes)
        s.add(
            Handover(
                from_owner=from_owner,
                to_owner=to_owner,
                records=len(changes),
                handed_by=db.default_owner,
                note=note,
            )
        )
    return len(changes)


def _move_shares(s: Session, from_owner: str, to_owner: str) -> list[change_log.Change]:
    """Shares with ``from_owner`` become shares with ``to_owner`` (one already there stays)."""
    changes = []
    shares = s.scalars(select(AccountShare).where(AccountShare.member == from_owner)).all()
    taken = set(s.scalars(select(AccountShare.account_id).where(AccountShare.member == to_owner)))
    for share_row in shares:
        if share_row.account_id in taken:
            s.delete(share_row)
            continue
        changes.append(
            change_log.Change(
                "account_share", share_row.uuid, CHANGED, "member", from_owner, to_owner
            )
        )
    ids = [row.id for row in shares if row.account_id not in taken]
    if ids:
        s.execute(update(AccountShare).where(AccountShare.id.in_(ids)).values(member=to_owner))
    s.flush()
    return changes


@dataclass(frozen=True)
class Member:
    name: str
    manager: bool


def members(db: Database) -> list[Member]:
    """The team (everyone ``server add-user`` added), by name."""
    with db.read() as s:
        rows = s.connection().exec_driver_sql(f"SELECT role, manager FROM {MEMBERS} ORDER BY role")
        return [Member(name, bool(manager)) for name, manager in rows]


def is_team_manager(db: Database) -> bool:
    """Whether the connected role sees and changes every record."""
    with db.read() as s:
        return is_manager(s.connection())


def sharing(db: Database, account_id: int) -> tuple[str, set[str]]:
    """The account's name and the colleagues it is shared with."""
    with db.read() as s:
        account = s.get(Account, account_id)
        shared = s.scalars(select(AccountShare.member).where(AccountShare.account_id == account_id))
        return (account.name if account else ""), set(shared)


def set_shares(db: Database, account_id: int, wanted: set[str]) -> ChangeSet:
    """Share the account with exactly ``wanted`` (one transaction)."""
    with refusals(), db.session() as s:
        current = {
            row.member: row
            for row in s.scalars(select(AccountShare).where(AccountShare.account_id == account_id))
        }
        for member in sorted(wanted - set(current)):
            _require_member(s, member)
            s.add(AccountShare(account_id=account_id, member=member))
        for member in set(current) - wanted:
            s.delete(current[member])
    return ChangeSet.of("account", account_id=account_id)
