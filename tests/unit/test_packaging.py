"""The built application (docs/packaging.md): what it finds in its folder, and what it leaves
out. The build itself is smoke-tested by .ci/run (packaging/smoke_test.sh)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import resources

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "keyaccount-desk.spec"


def test_a_built_application_reads_its_files_from_its_own_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = tmp_path / "desktop" / "_bundled"
    (bundled / "resources" / "i18n").mkdir(parents=True)
    (bundled / "data" / "demo").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("i18n", "core_zh_CN.qm") == (
        bundled / "resources" / "i18n" / "core_zh_CN.qm"
    )
    assert resources.data_path("demo", "sample.json") == bundled / "data" / "demo" / "sample.json"


def test_a_source_checkout_reads_the_repository() -> None:
    assert resources.resource_path("icons", "keyaccount-desk.svg").is_file()
    assert resources.data_path("demo", "sample.json").is_file()


def _spec_list(name: str) -> list[str]:
    """A list of strings the spec assigns to ``name`` (read, not run: it needs PyInstaller)."""
    for node in ast.walk(ast.parse(SPEC.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == name:
            return [ast.literal_eval(item) for item in node.value.elts]  # type: ignore[attr-defined]
    raise AssertionError(f"the spec assigns no {name}")


@pytest.mark.slow
def test_the_modules_the_build_leaves_out_are_not_used() -> None:
    """Every module of the application, and the libraries it imports lazily (charts, Alembic),
    load without any module the spec excludes."""
    excluded = _spec_list("excludes")
    assert "PySide6.QtWebEngineCore" in excluded
    # Left out although the standard library reaches for it: hashlib imports its OpenSSL
    # hashes only where available, so the application runs without.
    missing = ["_hashlib"]
    assert set(missing) <= set(excluded)
    script = f"""
import pkgutil, importlib, sys
for name in {missing!r}:
    sys.modules[name] = None  # as in the build: importing it fails
import desktop
for info in pkgutil.walk_packages(desktop.__path__, "desktop."):
    if not info.name.startswith("desktop.migrations"):
        importlib.import_module(info.name)
import matplotlib.backends.backend_qtagg, alembic.command, alembic.op
import psycopg, keyring.backends.SecretService  # a team server, its password's key ring
assert psycopg.pq.__impl__ == "binary"
import hashlib
assert hashlib.sha256(b"attachment").hexdigest().startswith("602a")
loaded = [name for name in {excluded!r} if sys.modules.get(name) is not None]
print(",".join(loaded))
"""
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.stdout.strip() == ""


def test_the_windows_version_resource_carries_the_package_version(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "packaging" / "windows"))
    try:
        from version_resource import write_version_file
    finally:
        sys.path.remove(str(ROOT / "packaging" / "windows"))
    text = Path(write_version_file("1.2.3", tmp_path / "version.txt")).read_text(encoding="utf-8")
    assert "filevers=(1, 2, 3, 0)" in text
    assert "StringStruct('ProductVersion', '1.2.3')" in text
