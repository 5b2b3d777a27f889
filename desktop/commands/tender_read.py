"""``tender-read FILE [--json]``: read a tender document (.docx or .pdf) and print its data and
items (docs/tender-reading.md#command-line)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(subparsers) -> None:
    from desktop.cli import add_common_options

    parser = subparsers.add_parser(
        "tender-read", help="read a tender document (.docx, .pdf): deadline, bond, ★ clauses…"
    )
    parser.add_argument("file", type=Path, help="the tender document (.docx or text .pdf)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    add_common_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop.cli import system_language
    from desktop.services.bids.tender_reading import TenderReadError, extract, read_document
    from desktop.services.bids.tender_reading.report import as_json, summary_lines
    from desktop.services.catalog import translator

    translate = translator(getattr(args, "lang", None) or system_language())
    try:
        extraction = extract(read_document(args.file))
    except TenderReadError as error:
        print(f"tender-read: {error.message.render(translate)}", file=sys.stderr)
        return 1
    if args.json:
        text = json.dumps(as_json(extraction), ensure_ascii=False, indent=1)
    else:
        text = "\n".join(summary_lines(extraction, translate))
    sys.stdout.buffer.write((text + "\n").encode("utf-8"))
    sys.stdout.flush()
    return 0
