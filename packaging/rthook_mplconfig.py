"""Run-time hook of the built application (docs/packaging.md#fonts).

PyInstaller's own matplotlib hook points MPLCONFIGDIR at a new temporary folder on every
start, made for one-file builds that unpack to a new place each time. Our one-folder build
stays put, so matplotlib may keep its font cache in the user's cache folder: the first chart
does not rebuild the cache (seconds, with the system's CJK fonts) on every start.
"""

import os

from platformdirs import user_cache_dir

cache = user_cache_dir("KeyAccountDesk", "KeyAccountDesk")
os.environ["MPLCONFIGDIR"] = os.path.join(cache, "matplotlib")
