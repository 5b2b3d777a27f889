"""Personal data never reaches the log or an error message: a failed save's statement
parameters, an exception's text (docs/files.md)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from desktop.app import main
from desktop.models import Contact
from desktop.services.logs import redacted_traceback, setup_logging
from tests.filesystems import as_other_user, give_away, is_root

FAMILY = "Wife: Zhang Meiling, phone 13912345678"
SECRETS = ("Zhang Meiling", "13912345678")


def _failed_save(db) -> BaseException:
    """A save the database refuses (the person's account does not exist)."""
    with pytest.raises(Exception) as failure, db.session() as s:
        s.add(Contact(account_id=999_999, name="周振华", family=FAMILY, mobile="13912345678"))
    return failure.value


def _clean(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


def test_a_failed_save_keeps_its_parameters_out_of_the_message_and_the_log(db) -> None:
    error = _failed_save(db)
    _clean(str(error))
    path = setup_logging()
    try:
        raise RuntimeError("saving the person failed") from error
    except RuntimeError:
        logging.getLogger("desktop").exception("save failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = path.read_text(encoding="utf-8")
    assert "IntegrityError" in logged and "test_log_privacy.py" in logged  # still useful
    _clean(logged)


def test_a_traceback_for_the_log_names_types_and_places_not_messages() -> None:
    try:
        raise ValueError(f"bad value {FAMILY}")
    except ValueError as exc:
        text = redacted_traceback(type(exc), exc, exc.__traceback__)
    assert "ValueError" in text and "test_a_traceback_for_the_log" in text
    _clean(text)


def test_an_unexpected_error_in_a_command_is_one_sentence_and_a_clean_log(
    db_path: Path, monkeypatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.commands import check

    def boom(_args) -> int:
        raise ValueError(f"cannot handle {FAMILY}")

    monkeypatch.setattr(check, "run", boom)
    code = main(["check", "--db", str(db_path)])
    captured = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in captured.err
    assert len(captured.err.strip().splitlines()) == 1 and "unexpected error" in captured.err
    _clean(captured.err + captured.out)
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = setup_logging().read_text(encoding="utf-8")
    assert "ValueError" in logged
    _clean(logged)


@pytest.mark.skipif(not is_root(), reason="needs a folder owned by another user")
def test_a_log_folder_the_user_cannot_write_does_not_stop_the_app(shared_dir: Path) -> None:
    give_away(shared_dir)
    logs = shared_dir / "home" / "logs"
    logs.mkdir(mode=0o700)  # root's, not the user's
    with as_other_user():
        assert setup_logging() is None
