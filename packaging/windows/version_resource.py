"""The Windows version resource of keyaccount-desk.exe, made from the package version by the
spec at build time (docs/packaging.md#windows)."""

from __future__ import annotations

from pathlib import Path


def write_version_file(version: str, path: Path) -> str:
    """Write PyInstaller's version-info file for ``version`` ("1.2.3") and return its path."""
    numbers = [int(part) for part in version.split(".")[:4] if part.isdigit()]
    numbers += [0] * (4 - len(numbers))
    quad = tuple(numbers)
    strings = {
        "CompanyName": "Key Account Desk",
        "FileDescription": "Key Account Desk",
        "FileVersion": version,
        "InternalName": "keyaccount-desk",
        "OriginalFilename": "keyaccount-desk.exe",
        "ProductName": "Key Account Desk",
        "ProductVersion": version,
    }
    entries = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={quad}, prodvers={quad}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
{entries}
    ])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
""",
        encoding="utf-8",
    )
    return str(path)
