from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path

import pytest

from desktop.models import Account, CollectionAction, Contract, PaymentMilestone
from desktop.models.enums import CollectionStep
from desktop.services import attachments, paths
from desktop.services.database import Database
from desktop.services.messages import UserError


def _collection_action(db: Database) -> int:
    with db.session() as s:
        account = Account(name="A")
        s.add(account)
        s.flush()
        contract = Contract(account_id=account.id, number="C")
        s.add(contract)
        s.flush()
        milestone = PaymentMilestone(contract_id=contract.id)
        s.add(milestone)
        s.flush()
        action = CollectionAction(
            milestone_id=milestone.id,
            step=CollectionStep.RECONCILIATION_LETTER,
            done_on=date(2026, 11, 1),
        )
        s.add(action)
        s.flush()
        return action.id


def test_attached_files_are_copied_listed_and_cleaned_up(db: Database, tmp_path: Path) -> None:
    letter = tmp_path / "对账函.pdf"
    letter.write_bytes(b"%PDF-1.4 signed reconciliation letter")
    action_id = _collection_action(db)
    with db.session() as s:
        record = attachments.attach(s, db.path, letter, collection_action_id=action_id)
    letter.unlink()  # the original may go away; the copy stays
    with db.read() as s:
        (row,) = attachments.list_for(s, db.path, collection_action_id=action_id)
    assert row.original_name == "对账函.pdf"
    assert row.path.read_bytes().startswith(b"%PDF")
    with db.session() as s:
        attachments.detach(s, record.id)
    with db.session() as s:
        assert attachments.remove_unused_files(s, db.path) == 1
    assert not row.path.exists()


def test_a_file_over_the_limit_is_refused_with_one_sentence(db: Database, tmp_path: Path) -> None:
    video = tmp_path / "site visit.mp4"
    with video.open("wb") as handle:
        handle.truncate((attachments.LIMIT_MB << 20) + 1)  # sparse: no 50 MB written
    action_id = _collection_action(db)
    with db.session() as s, pytest.raises(UserError) as refused:
        attachments.attach(s, db.path, video, collection_action_id=action_id)
    assert str(refused.value) == (
        "site visit.mp4 is 51 MB, more than the 50 MB a record can keep: attach a smaller copy "
        "(a PDF of the pages that matter, a compressed scan) or note where the file is kept."
    )
    assert not any(attachments.folder_for(db.path).glob("*/*"))


def test_copies_opened_from_a_server_go_a_day_later() -> None:
    opened = paths.opened_dir()
    (opened / "old").mkdir(mode=0o700)
    (opened / "new").mkdir(mode=0o700)
    old, new = opened / "old" / "承诺函.pdf", opened / "new" / "验收单.pdf"
    old.write_bytes(b"read yesterday")
    new.write_bytes(b"read just now")
    two_days_ago = time.time() - 2 * paths.OPENED_KEPT_SECONDS
    os.utime(old, (two_days_ago, two_days_ago))
    paths.remove_old_opened()
    assert not (opened / "old").exists() and new.read_bytes() == b"read just now"
