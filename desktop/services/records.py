"""Small helpers for moving plain data in and out of ORM records."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")


def copy_to(data: Any, record: Any, *, exclude: tuple[str, ...] = ("id",)) -> None:
    """Set every dataclass field of ``data`` (except ``exclude``) on ``record``."""
    for field in dataclasses.fields(data):
        if field.name not in exclude:
            setattr(record, field.name, getattr(data, field.name))


def read_from(cls: type[T], record: Any, **extra: Any) -> T:
    """Build the dataclass ``cls`` from the same-named attributes of ``record``."""
    values = {
        field.name: getattr(record, field.name)
        # cls is a dataclass type; the stubs want an instance or DataclassInstance
        for field in dataclasses.fields(cls)  # type: ignore[arg-type]
        if field.name not in extra
    }
    return cls(**values, **extra)
