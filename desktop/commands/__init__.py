"""Subcommands of the command line (no Qt: they run without a display)."""
