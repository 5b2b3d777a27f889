"""Search across accounts, people, opportunities, tenders and contracts (Ctrl+K). Qt-free."""
