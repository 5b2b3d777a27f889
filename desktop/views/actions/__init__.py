"""Actions: the dialogs that make and close them (docs/actions.md)."""
