"""Stripping the built application's libraries (packaging/elf_strip.py,
docs/packaging.md#what-the-build-carries): smaller, still loadable, never a broken one shipped."""

from __future__ import annotations

import importlib.util
import shutil
import struct
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import elf_strip

linux_strip = pytest.mark.skipif(
    sys.platform != "linux" or shutil.which("strip") is None, reason="Linux with binutils"
)


def _extension(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.origin is not None
    return Path(spec.origin)


def _elf_with_one_segment(path: Path, offset: int, address: int) -> Path:
    header = bytearray(64)
    header[:6] = b"\x7fELF\x02\x01"
    struct.pack_into("<Q", header, 0x20, 64)  # program headers right after the header
    struct.pack_into("<HH", header, 0x36, 56, 1)
    segment = struct.pack("<IIQQQQQQ", elf_strip.PT_LOAD, 5, offset, address, address, 0, 0, 4096)
    path.write_bytes(bytes(header) + segment)
    return path


def test_a_segment_whose_offset_and_address_disagree_is_not_loadable(tmp_path: Path) -> None:
    assert elf_strip.loadable(_elf_with_one_segment(tmp_path / "ok.so", 0x1000, 0x401000))
    assert not elf_strip.loadable(_elf_with_one_segment(tmp_path / "bad.so", 0x1010, 0x401000))
    (tmp_path / "text").write_text("not a library")
    assert elf_strip.loadable(tmp_path / "text")


@linux_strip
def test_a_stripped_extension_is_smaller_and_still_imports(tmp_path: Path) -> None:
    original = _extension("_decimal")
    shipped = Path(elf_strip.stripped_copy(str(original), tmp_path / "lib" / original.name))
    assert shipped != original and shipped.stat().st_size < original.stat().st_size
    spec = importlib.util.spec_from_file_location("_decimal", shipped)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # the loader accepts it
    assert str(module.Decimal("1.10") + module.Decimal("2.20")) == "3.30"


@linux_strip
def test_a_copy_the_loader_would_refuse_is_not_shipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = _extension("_decimal")
    monkeypatch.setattr(elf_strip, "loadable", lambda _path: False)
    target = tmp_path / original.name
    assert elf_strip.stripped_copy(str(original), target) == str(original)
    assert not target.exists()
