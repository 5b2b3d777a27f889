"""Contract follow-up: payment schedule, delivery and the shipping gate, invoices, payments,
receivables, the collection ladder, the limitation clock and reminders. Qt-free."""
