"""What an imported sheet can hold (kept apart from the field tables, so the command line
knows the kinds without loading the models)."""

KINDS = ("accounts", "contacts", "opportunities", "contracts", "payments")
