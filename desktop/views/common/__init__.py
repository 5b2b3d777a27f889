"""Building blocks shared by every tab."""
