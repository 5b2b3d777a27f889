"""The domain layers stay free of Qt (docs/architecture.md#layers), however they import it:
directly, through a relative import (``from ..views import x``) or through a chain of modules
of the package that ends in one importing Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "desktop"
QT_FREE = ["models", "services", "commands", "migrations", "cli.py", "app.py", "resources.py"]
QT = {"PySide6", "shiboken6", "matplotlib"}
# app.py starts the window lazily, inside main().
ALLOWED = {("desktop.app", "desktop.views.launcher")}
# Modules that take only QtCore's non-GUI parts, for what the command line shares with the
# window: the settings file (where the data folder is) and the lock file on the database.
QTCORE_ONLY = {"desktop.qt_settings", "desktop.locking"}


def _python_files(package: Path, relative: str) -> list[Path]:
    target = package / relative
    return sorted(target.rglob("*.py")) if target.is_dir() else [target]


def _module_name(package: Path, path: Path) -> str:
    parts = [package.name, *path.relative_to(package).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(package: Path, path: Path) -> set[str]:
    """Every module ``path`` imports, relative imports made absolute (``from . import x``
    counts as importing the package and, when it is one, the module ``x``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = _module_name(package, path).split(".")
    if path.name != "__init__.py":
        here = here[:-1]  # the package the module is in
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = here[: len(here) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def _file_of(package: Path, module: str) -> Path | None:
    """The package's file of ``module``; None for other packages and for names that are
    not modules (``from .x import SomeClass``)."""
    parts = module.split(".")
    if parts[0] != package.name:
        return None
    base = package.joinpath(*parts[1:])
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _forbidden(package: Path, path: Path) -> dict[str, list[str]]:
    """What ``path`` reaches that it must not: {forbidden module: the chain that imports it}."""
    found: dict[str, list[str]] = {}
    seen = {path}
    todo = [(path, [_module_name(package, path)])]
    while todo:
        current, chain = todo.pop()
        for name in sorted(_imports(package, current)):
            parts = name.split(".")
            if any(name.startswith(allowed) for module, allowed in ALLOWED if module == chain[-1]):
                continue
            if parts[0] in QT:
                found.setdefault(parts[0], chain)
                continue
            if parts[:2] == [package.name, "views"]:
                found.setdefault(f"{package.name}.views", chain)
                continue
            if ".".join(parts[:2]) in QTCORE_ONLY:
                continue
            for depth in range(1, len(parts) + 1):  # importing a.b.c runs a, a.b and a.b.c
                target = _file_of(package, ".".join(parts[:depth]))
                if target is not None and target not in seen:
                    seen.add(target)
                    todo.append((target, [*chain, _module_name(package, target)]))
    return found


@pytest.mark.parametrize(
    "path",
    [p for part in QT_FREE for p in _python_files(PACKAGE, part)],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_module_does_not_import_qt_or_views(path: Path) -> None:
    forbidden = _forbidden(PACKAGE, path)
    assert not forbidden, f"{path.name} imports {forbidden}"


def test_models_hold_no_business_logic_imports() -> None:
    for path in _python_files(PACKAGE, "models"):
        imported = _imports(PACKAGE, path)
        assert not {n for n in imported if n.startswith("desktop.services")}, path.name


def test_relative_imports_and_chains_are_caught(tmp_path: Path) -> None:
    """The check above, on a package with modules doctored to reach Qt."""
    package = tmp_path / "desktop"
    files = {
        "__init__.py": "",
        "views/__init__.py": "",
        "views/widgets.py": "from PySide6.QtWidgets import QWidget\n",
        "gui_helpers.py": "from PySide6 import QtCore\n",
        "services/__init__.py": "",
        "services/clean.py": "from . import plain\nfrom .plain import VALUE\n",
        "services/plain.py": "VALUE = 1\n",
        "services/up.py": "from ..views import widgets\n",
        "services/chain.py": "from . import middle\n",
        "services/middle.py": "from .. import gui_helpers\n",
    }
    for name, text in files.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(text, encoding="utf-8")
    services = package / "services"
    assert not _forbidden(package, services / "clean.py")
    assert "desktop.views" in _forbidden(package, services / "up.py")
    assert _forbidden(package, services / "chain.py") == {
        "PySide6": ["desktop.services.chain", "desktop.services.middle", "desktop.gui_helpers"]
    }


def _absolute_imports(path: Path) -> set[str]:
    """Every module ``path`` imports, relative imports resolved (``from ...models import X``
    in a view is ``desktop.models``), with the imported names (``desktop.models.Account``)."""
    package = ["desktop", *path.relative_to(PACKAGE).parent.parts]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize(
    "path", _python_files(PACKAGE, "views"), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_views_import_no_model_but_the_enums(path: Path) -> None:
    """Views name records by kind (e.g. services.contracts.parts.Part), never by model class
    (docs/architecture.md#layers)."""
    models = {
        name
        for name in _absolute_imports(path)
        if (name == "desktop.models" or name.startswith("desktop.models."))
        and not name.startswith("desktop.models.enums")
    }
    assert not models, f"{path.name} imports {sorted(models)}"


def _builds_services_or_sessions(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if name.endswith("Service"):
            found.append(f"line {node.lineno}: {name}(...)")
        elif isinstance(func, ast.Attribute) and name in {"session", "read"}:
            target = func.value
            owner = target.id if isinstance(target, ast.Name) else getattr(target, "attr", "")
            if owner == "db":
                found.append(f"line {node.lineno}: db.{name}()")
    return found


@pytest.mark.parametrize(
    "path", _python_files(PACKAGE, "views"), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_views_neither_build_services_nor_open_sessions(path: Path) -> None:
    """A widget asks ctx.services for a service; services open the sessions."""
    assert not _builds_services_or_sessions(path), path.name
