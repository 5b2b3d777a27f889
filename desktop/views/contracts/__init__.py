"""The contracts tab."""
