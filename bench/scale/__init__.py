"""Builders of the scale dataset (``python -m bench.generate``)."""
