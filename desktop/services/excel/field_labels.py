"""The label a form gives a column, so an import names a bad value's field as the form does."""

from __future__ import annotations

from desktop.services.contracts.data import F as CONTRACT_FIELDS
from desktop.services.messages import Message
from desktop.services.opportunities.deals import FACT_LABELS
from desktop.services.orgchart.people import FIELD_LABELS
from desktop.services.orgchart.visits import VISIT_FIELDS

# The forms' own label dictionaries, by table; keys that differ from the column are mapped.
_BY_TABLE: dict[str, dict[str, Message]] = {
    "contact": FIELD_LABELS,
    "interaction": VISIT_FIELDS,
    "opportunity": FACT_LABELS,
    "contract": {**CONTRACT_FIELDS, "warranty_months": CONTRACT_FIELDS["warranty"]},
}


def field_label(table: str, column: str) -> Message | str:
    """The form's label for table.column, or the column's header when no form names it."""
    return _BY_TABLE.get(table, {}).get(column, column)
