"""Checking a workbook before any XML is parsed: wrong kinds of file, password protection,
truncation and zip bombs each get their own clear message, and nothing is loaded."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from .messages import QT_TRANSLATE_NOOP, Message, UserError

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


def _require_defusedxml() -> None:
    """openpyxl parses with defusedxml when it is installed: XML entity tricks are refused.
    (Checked when openpyxl is about to parse a workbook, so that openpyxl and numpy under it
    load only then: not when the application starts, nor for what calamine reads.)"""
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML, "defusedxml must be installed (it is a dependency)"


@dataclass(frozen=True)
class Limits:
    max_uncompressed: int = 512 * 1024 * 1024  # bytes of XML in all
    max_ratio: float = 200.0  # uncompressed / compressed, for members above ratio_floor
    ratio_floor: int = 8 * 1024 * 1024  # small parts (styles, empty sheets) pack very tightly
    max_members: int = 2_000


def _refuse(message: Message, path: Path) -> UserError:
    return UserError(message.with_(name=path.name))


def check_workbook(path: Path, limits: Limits | None = None) -> None:
    """Raise :class:`UserError` unless ``path`` looks like a sound, reasonably sized .xlsx."""
    limits = limits or Limits()
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("XlsxGuard", "Cannot read {name}: {reason}").with_(
                name=path.name, reason=exc.strerror or str(exc)
            )
        ) from exc
    if not head:
        raise _refuse(QT_TRANSLATE_NOOP("XlsxGuard", "{name} is empty."), path)
    if head.startswith(OLE2_MAGIC):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "XlsxGuard",
                "{name} is password-protected or an old .xls workbook: remove the password, or "
                "save it as .xlsx in Excel, then try again.",
            ),
            path,
        )
    if not head.startswith(ZIP_MAGIC):
        text = head.decode("utf-8", "ignore")
        if path.suffix.lower() in (".csv", ".txt") or "," in text or ";" in text:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "XlsxGuard",
                    "{name} is a text (CSV) file: open it in Excel and save it as .xlsx.",
                ),
                path,
            )
        raise _refuse(
            QT_TRANSLATE_NOOP("XlsxGuard", "{name} is not an Excel workbook (.xlsx)."), path
        )
    members = zip_members(
        path,
        limits,
        QT_TRANSLATE_NOOP("XlsxGuard", "{name} has too many parts to be a normal workbook."),
    )
    if not any(_is_workbook_part(member.filename) for member in members):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "XlsxGuard", "{name} is a zip archive, not an Excel workbook (.xlsx)."
            ),
            path,
        )


def zip_members(path: Path, limits: Limits, too_many: Message) -> list[zipfile.ZipInfo]:
    """The members of the zip package ``path`` (a workbook, a Word document) once its damage,
    member count, unpacked size and packing ratio are checked; nothing is unpacked."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "XlsxGuard", "{name} is damaged or incomplete (the file ends too early)."
            ),
            path,
        ) from exc
    if len(members) > limits.max_members:
        raise _refuse(
            too_many,
            path,
        )
    total = sum(member.file_size for member in members)
    if total > limits.max_uncompressed:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "XlsxGuard", "{name} is too large to import (it unpacks to more than {limit} MB)."
            ).with_(limit=limits.max_uncompressed // (1024 * 1024)),
            path,
        )
    for member in members:
        if (
            member.file_size > limits.ratio_floor
            and member.file_size / max(member.compress_size, 1) > limits.max_ratio
        ):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "XlsxGuard", "{name} is packed suspiciously tightly (a zip bomb?); not opened."
                ),
                path,
            )
    return members


WORKBOOK_PARTS = ("workbook.xml", "workbook.bin")  # .xlsx/.xlsm and .xlsb


def _is_workbook_part(name: str) -> bool:
    """A workbook part anywhere in the package: the reader finds it through ``_rels/.rels``,
    whatever its folder, and takes backslashes in member names as folder separators, as
    Excel and WPS do (docs/import-detection.md); a package without one cannot be read."""
    return name.replace("\\", "/").rsplit("/", 1)[-1].lower() in WORKBOOK_PARTS


@contextmanager
def read_workbook(path: Path, limits: Limits | None = None) -> Iterator[Any]:
    """Check ``path``, then open it read-only with cached values instead of formulas, and
    close it afterwards. Every failure becomes a one-line :class:`UserError`."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    check_workbook(path, limits)
    _require_defusedxml()
    with path.open("rb") as handle:  # ours, so it is closed even when openpyxl fails
        try:
            workbook = load_workbook(_with_slashes(handle), read_only=True, data_only=True)
        except (
            ValueError,
            KeyError,
            TypeError,
            OSError,
            InvalidFileException,
            zipfile.BadZipFile,
        ) as exc:
            raise _unreadable(path, exc) from exc
        try:
            yield workbook
        finally:
            workbook.close()


def _with_slashes(handle: BinaryIO) -> BinaryIO:
    """openpyxl looks members up by name: a package written with backslashes (as some
    enterprise software does) is repacked in memory, within the sizes checked above."""
    with zipfile.ZipFile(handle) as archive:
        if not any("\\" in name for name in archive.namelist()):
            handle.seek(0)
            return handle
        repacked = io.BytesIO()
        with zipfile.ZipFile(repacked, "w", zipfile.ZIP_DEFLATED) as out:
            for member in archive.infolist():
                out.writestr(member.filename.replace("\\", "/"), archive.read(member))
    repacked.seek(0)
    return repacked


def _unreadable(path: Path, exc: Exception) -> UserError:
    cause = exc.__cause__ or exc.__context__
    if "Entities" in type(cause).__name__ or "Entities" in str(exc):
        return _refuse(
            QT_TRANSLATE_NOOP(
                "XlsxGuard",
                "{name} contains XML entity declarations, which workbooks do not need; "
                "it was not opened.",
            ),
            path,
        )
    reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return UserError(
        QT_TRANSLATE_NOOP("XlsxGuard", "{name} cannot be read as a workbook: {reason}").with_(
            name=path.name, reason=reason
        )
    )
