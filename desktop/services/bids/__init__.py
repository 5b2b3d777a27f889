"""The bid checklist area: tenders, checklist templates and ticking, deviation tables, the
bid/no-bid gate, results after the opening, and the checklist on paper and in Excel. Qt-free."""
