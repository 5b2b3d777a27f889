"""Logging in to a team server: its URL from the connect form's fields and back, and its
password, taken from the URL, the system key ring or asked for, and never written to settings,
logs or any file (docs/team-server.md#connecting)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import URL, make_url

from .messages import QT_TRANSLATE_NOOP, Message
from .server_schema import ServerUnreachable, label

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Key Account Desk"
DEFAULT_PORT = 5432
# libpq's sslmode values the connect form offers (prefer is libpq's own default).
SSL_MODES = ("prefer", "require", "verify-full", "disable")
ASK_PASSWORD = QT_TRANSLATE_NOOP(
    "ServerLogin", "The server asks for a password: type it, then try again."
)
SAVED_PASSWORD_REFUSED = QT_TRANSLATE_NOOP(
    "ServerLogin",
    "The server refused the password remembered in the system key ring: type the current "
    "one, then try again.",
)


@dataclass(frozen=True)
class ServerFields:
    """What the connect form shows; the password is never among them."""

    host: str = "localhost"
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    sslmode: str = "prefer"
    # Other libpq parameters of a URL given on the command line, kept as they were.
    options: tuple[tuple[str, str], ...] = ()


def server_url(fields: ServerFields, password: str = "") -> str:
    query = dict(fields.options)
    if fields.sslmode != "prefer":
        query["sslmode"] = fields.sslmode
    url = URL.create(
        "postgresql",
        username=fields.user,
        password=password or None,
        host=fields.host,
        port=fields.port,
        database=fields.database,
        query=query,
    )
    return url.render_as_string(hide_password=False)


def fields_of(url: str) -> ServerFields:
    parsed = make_url(url)
    options = {key: str(value) for key, value in parsed.query.items()}
    sslmode = options.pop("sslmode", "prefer")
    if sslmode not in SSL_MODES:  # allow, verify-ca: kept as given, the form shows the default
        options["sslmode"], sslmode = sslmode, "prefer"
    return ServerFields(
        host=parsed.host or "localhost",
        port=parsed.port or DEFAULT_PORT,
        database=parsed.database or "",
        user=parsed.username or "",
        sslmode=sslmode,
        options=tuple(sorted(options.items())),
    )


def password_of(url: str) -> str | None:
    return make_url(url).password or None


def with_password(url: str, password: str) -> str:
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def without_password(url: str) -> str:
    """The URL as it may be remembered (settings, the restart's command line)."""
    return make_url(url)._replace(password=None).render_as_string(hide_password=False)


def needs_password(error: ServerUnreachable) -> bool:
    """Whether the server asked for a password the URL did not give (libpq's wording)."""
    return "no password supplied" in str(error.__cause__ or "")


def refused_password(error: ServerUnreachable) -> bool:
    """Whether the server refused the password given (PostgreSQL's wording)."""
    return "password authentication failed" in str(error.__cause__ or "")


def password_problem(error: ServerUnreachable, from_keyring: bool) -> Message | None:
    """What to tell a user whose login failed for want of a password (None: another reason,
    told by the error itself): a refused password from the key ring is asked again."""
    if needs_password(error):
        return ASK_PASSWORD
    if from_keyring and refused_password(error):
        return SAVED_PASSWORD_REFUSED
    return None


def _keyring() -> Any:
    """The keyring module when a usable system key ring is there, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken key ring configuration: as if there were none
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return keyring


def keyring_available() -> bool:
    return _keyring() is not None


def saved_password(url: str) -> str | None:
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        password: str | None = keyring.get_password(KEYRING_SERVICE, label(url))
    except Exception as exc:  # a locked or absent key ring: ask instead
        log.warning("the key ring could not be read (%s)", type(exc).__name__)
        return None
    return password


def remember_password(url: str) -> bool:
    """Keep the URL's password in the system key ring, under ``user@host:port/db``."""
    keyring, password = _keyring(), password_of(url)
    if keyring is None or password is None:
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, label(url), password)
    except Exception as exc:
        log.warning("the key ring could not be written (%s)", type(exc).__name__)
        return False
    return True


def with_saved_password(url: str) -> str:
    """``url`` with the key ring's password when it has none of its own (libpq's own
    ``PGPASSWORD`` and ``.pgpass`` still apply after that). Anything but a server URL is left
    as it is, for opening to refuse with its sentence."""
    from .server_url import is_server_url

    if not is_server_url(url) or password_of(url) is not None:
        return url
    password = saved_password(url)
    return with_password(url, password) if password else url
