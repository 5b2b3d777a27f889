"""The domain layers stay free of Qt (docs/architecture.md#layers)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "desktop"
QT_FREE = ["models", "services", "commands", "migrations", "cli.py", "app.py", "resources.py"]


def _python_files(relative: str) -> list[Path]:
    target = PACKAGE / relative
    return sorted(target.rglob("*.py")) if target.is_dir() else [target]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize(
    "path",
    [p for part in QT_FREE for p in _python_files(part)],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_module_does_not_import_qt_or_views(path: Path) -> None:
    forbidden = {
        name
        for name in _imports(path)
        if name.split(".")[0] in {"PySide6", "shiboken6", "matplotlib"}
        or name.startswith("desktop.views")
    }
    # app.py starts the window lazily, inside main(); restore takes Qt's file lock.
    if path.name == "app.py":
        forbidden -= {"desktop.views.launcher"}
    assert not forbidden, f"{path.name} imports {sorted(forbidden)}"


def test_models_hold_no_business_logic_imports() -> None:
    for path in _python_files("models"):
        assert not {n for n in _imports(path) if n.startswith("desktop.services")}, path.name


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


@pytest.mark.parametrize("path", _python_files("views"), ids=lambda p: str(p.relative_to(PACKAGE)))
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


@pytest.mark.parametrize("path", _python_files("views"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_views_neither_build_services_nor_open_sessions(path: Path) -> None:
    """A widget asks ctx.services for a service; services open the sessions."""
    assert not _builds_services_or_sessions(path), path.name
