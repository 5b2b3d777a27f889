"""Load the bilingual demo dataset (``data/demo/sample.json``) into a database. Qt-free.

The file mirrors the models, nested by ownership; records that others refer to carry a local
``"key"`` string (contacts and opportunities: unique in the file; milestones: in their contract)::

    {"format": 1, "owner": TEXT, "staff": {"li_ming": TEXT, ...},
     "accounts": [{"key": "grid", <Account fields>,
        "payment_capacity": [<Assessment fields>],                  # opportunity_id stays NULL
        "contacts": [{"key": "grid.wang", <Contact fields>, "reports_to": KEY | null,
                      "roles": ["key_decision_maker", ...], "interactions": [<Interaction>],
                      "owners": [{"member": "@li_ming", "strength": 1..3, "note"?: TEXT}]}],
        "influence": [{"source": KEY, "target": KEY, "strength": 1..3, "note": TEXT}],
                                                       # either end may be of another account
        "opportunities": [{"key": "grid.dc2", <Opportunity fields>, "stage": "bid",
            "stage_history": [{"to": "validate", "changed_at": DATETIME,
                               "override": true, "unmet": [1], "note": TEXT}, ...],
            "checks": [0], "key_contact": KEY, "team": {"sponsor": "@zhang_tao", ...},
            "decision_group": [{"contact": KEY, "role"?: ROLE, "stance"?: STANCE, "note"?: TEXT,
                                "influence_degree"?, "mode"?, "win_result"?: TEXT}],
            "strategy_notes": [{"kind": "strength" | "red_flag", "text": TEXT}],
            "actions": [{"title": TEXT, "status": "possible", "best"?: true}],  # about the deal
            "competitors": [<Competitor>], "assessments": [<Assessment>],
            "tenders": [{<Tender>, "lots": [<TenderLot>], "deviations": [<DeviationItem>]}]}],
        "leads": [{<Lead fields>, "converted_opportunity"?: KEY}],
        "contracts": [{<Contract fields>, "opportunity": KEY, "amendments": [...],
            "milestones": [{"key": "advance", <PaymentMilestone fields>, "collection": [...]}],
            "deliveries": [...], "shipping_exceptions": [...], "acceptances": [...],
            "invoices": [{<Invoice fields>, "milestone": "advance"}], "payments": [...]}]}],
     "monthly_targets": [{"month": 0, "amount": 4500000}],         # months from this month
     "forecast_snapshots": [{"week": -1, "time": "08:30",           # weeks from this Monday
                             "lines": [{"opportunity": KEY, <SnapshotLine fields>}]}],
     "actions": [{"contact": KEY, "opportunity"?: KEY, "red_flag"?: "not_met", <Action fields>}]}

Field names are the models' column names; values are:

* TEXT: ``{"zh": "…", "en": "…"}``, or a plain string that reads the same in both languages;
  ``"@zhang_tao"`` names one of our own people from ``staff``.
* dates: whole days from "today" (negative: past). Birthdays are ISO dates, except the few
  that must stay near: ``{"birthday_in_days": 3, "born_year": 1968}``.
* datetimes: ``{"days": 5, "time": "09:30"}`` (a bare integer means 09:00 of that day).
* money: yuan, as a number. Enums: their stored value. ``{year}`` in a tender's or contract's
  text becomes the year of its submission deadline or signing date.

Derived while loading: every record's ``owner`` is the file's owner (also stored as the
default-owner setting); ``uuid`` is derived from the record's position, so two loads with the
same ``today`` give identical data (unless ``own_uuids``: the ``demo`` command's); a contact's
closeness and trust are those after the latest interaction; an opportunity's stage and
``stage_entered_on`` come from the last history entry (which must match ``"stage"``) and its
``score`` from the latest evaluation; ``unmet`` and ``checks`` index the exit criteria of the
stage being left / the current stage, and unmet ones are stored as their text; an assessment's
``total`` is the sum of its ratings and its ``result`` is derived with the default scoring
settings (``services/opportunities/scoring.py``); a milestone's ``due_on`` is ``trigger_on +
due_days``; payments are allocated to milestones oldest due first. A contract's milestones add
up to its amount plus its amendments' deltas.

The loader is split by what it builds: ``demo_records.py`` (values, records, look-ups),
``demo_people.py``, ``demo_opportunities.py``, ``demo_contracts.py``, and ``demo_loader.py``
(the whole file).
"""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.resources import data_path
from desktop.services.clock import Clock
from desktop.services.stages import ensure_default_stages

from .demo_loader import Loader
from .demo_records import DemoDataError, DemoSummary

__all__ = ["DemoDataError", "DemoSummary", "create_demo_database", "load_demo", "sample_path"]

SAMPLE = "demo/sample.json"


def sample_path() -> Path:
    return data_path(SAMPLE)


def load_demo(
    session: Session,
    *,
    language: str,
    today: date,
    own_uuids: bool = False,
    owner: str | None = None,
) -> DemoSummary:
    """Write the demo dataset into ``session`` (flushes, never commits).

    ``language`` is "en" or "zh_CN" (other languages get English); ``today`` anchors every
    date of the dataset.
    ``own_uuids`` gives the records uuids of this load only: two salespeople's sample files
    are then different records to a team server, which matches records by uuid
    (docs/team-server.md#sync); without it every load has the same uuids.
    ``owner`` (a server's login) owns the records instead of the sample's salesperson, and the
    default-owner setting is left as it is (on a server, rows belong to the login).
    Meant for an empty database: the caller owns the transaction.
    """
    data = json.loads(sample_path().read_text(encoding="utf-8"))
    ensure_default_stages(session)
    loader = Loader(session, _language_key(language), today, data)
    if own_uuids:
        loader.namespace = uuid.uuid4()
    if owner is not None:
        loader.owner, loader.keep_default_owner = owner, True
    return loader.load()


def _language_key(language: str) -> str:
    """Any Chinese ("zh_CN", "zh-Hans"...) picks the Chinese texts, other languages English."""
    return "zh" if language.strip().lower().startswith("zh") else "en"


def create_demo_database(
    path: Path, language: str, clock: Clock | None = None, *, own_uuids: bool = False
) -> DemoSummary:
    """Create the database ``path`` (which must not hold data yet) filled with the sample
    dataset, in one transaction (``own_uuids``: see :func:`load_demo`)."""
    from .database import discard_database_files, open_database

    clock = clock or Clock()
    opened = open_database(path, clock=clock)
    try:
        with opened.db.session() as s:
            summary = load_demo(s, language=language, today=clock.today(), own_uuids=own_uuids)
    except BaseException:
        opened.db.engine.dispose()
        if opened.created:  # nothing half-made stays behind (a full disk, say)
            discard_database_files(path)
        raise
    opened.db.close()
    return summary
