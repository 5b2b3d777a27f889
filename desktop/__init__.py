"""Key Account Desk: project sales for key accounts, offline."""

import os

__version__ = "0.1.0"

APP_NAME = "KeyAccountDesk"
APP_DISPLAY_NAME = "Key Account Desk"

# python-docx (tender documents, docs/tender-reading.md) installs lxml, and openpyxl switches to
# lxml whenever it finds it: its writer then escapes Chinese text as character references and
# its parser is no longer defusedxml's. Workbooks keep the writer and parser they are tested
# with (set before openpyxl is first imported, which is never before this package).
os.environ["OPENPYXL_LXML"] = "False"
