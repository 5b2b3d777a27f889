"""The opportunities tab."""
