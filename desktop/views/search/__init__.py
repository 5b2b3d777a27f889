"""The search popup (Ctrl+K) over ``desktop.services.search``."""
