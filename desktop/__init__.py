"""Key Account Desk: project sales for key accounts, offline."""

__version__ = "0.1.0"

APP_NAME = "KeyAccountDesk"
APP_DISPLAY_NAME = "Key Account Desk"
