"""Start Key Account Desk from a source checkout: ``python main.py --help``."""

from desktop.app import main

if __name__ == "__main__":
    raise SystemExit(main())
