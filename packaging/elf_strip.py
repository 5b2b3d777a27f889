"""Strip a Linux library's symbol table without breaking it
(docs/packaging.md#what-the-build-carries).

Wheels ship libraries with their debug information and symbol tables (kiwisolver's extension
alone carries 5 MB of them). ``strip --strip-unneeded`` keeps everything the dynamic loader
uses, but on a library that a wheel's repair tool rewrote with patchelf it can leave a segment
whose file offset and address disagree modulo the page size, and the loader then refuses it
("ELF load command address/offset not page-aligned"). So each stripped copy is checked and
the original shipped where the check fails.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

PT_LOAD = 1


def loadable(path: Path) -> bool:
    """Whether every loadable segment of a 64-bit little-endian ELF file is aligned as the
    loader requires (true for any other file: nothing to check)."""
    with path.open("rb") as f:
        head = f.read(64)
        if len(head) < 64 or head[:4] != b"\x7fELF" or head[4] != 2 or head[5] != 1:
            return True
        (table_offset,) = struct.unpack_from("<Q", head, 0x20)
        entry_size, entries = struct.unpack_from("<HH", head, 0x36)
        f.seek(table_offset)
        table = f.read(entry_size * entries)
    for i in range(entries):
        fields = struct.unpack_from("<IIQQQQQQ", table, i * entry_size)
        kind, offset, address, align = fields[0], fields[2], fields[3], fields[7]
        if kind == PT_LOAD and align > 1 and (offset - address) % align:
            return False
    return True


def stripped_copy(source: str, target: Path) -> str:
    """The path to ship for ``source``: a copy at ``target`` without its symbol table and
    debug information, or ``source`` itself when stripping fails or would break it."""
    if shutil.which("strip") is None:
        return source
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["strip", "--strip-unneeded", "-o", str(target), source], capture_output=True
    )
    if done.returncode != 0 or not loadable(target):
        target.unlink(missing_ok=True)
        return source
    return str(target)
