"""The licences of the components the application ships with (docs/licences.md).

``resources/licenses/components.json`` lists each component with its licence and the file
holding the licence text, beside it; Help ▸ About shows them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desktop.resources import resource_path


@dataclass(frozen=True)
class Component:
    name: str
    #: The Python distribution it comes from (None for Python itself).
    distribution: str | None
    licence: str
    path: Path
    source: str

    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def components() -> list[Component]:
    folder = resource_path("licenses")
    listed = json.loads((folder / "components.json").read_text(encoding="utf-8"))
    return [
        Component(
            item["name"],
            item["distribution"],
            item["licence"],
            folder / item["file"],
            item["source"],
        )
        for item in listed
    ]
