"""The orgchart tab."""
