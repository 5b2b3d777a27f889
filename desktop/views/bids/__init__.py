"""The bids tab."""
