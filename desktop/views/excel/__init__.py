"""Excel import and export dialogs."""
