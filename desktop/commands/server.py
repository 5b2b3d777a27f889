"""``server init|add-user|share|hand-over --server URL``: administer a team server
(docs/team-server.md#security). Each prints one line of what it did; a refusal is one line on
stderr and exit code 1."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from desktop.services.messages import QT_TRANSLATE_NOOP, Message, Translate, UserError

# What each action does: it returns the line that says what it did.
Action = Callable[[argparse.Namespace, Translate], Message]


def register(subparsers) -> None:
    from desktop.cli import LANGUAGES

    parser = subparsers.add_parser("server", help="set up and administer a team server")
    group = parser.add_subparsers(dest="server_command", metavar="ACTION", required=True)

    def action(name: str, run: Action, help_text: str) -> argparse.ArgumentParser:
        sub = group.add_parser(name, help=help_text)
        sub.add_argument(
            "--server",
            required=True,
            metavar="URL",
            help="postgresql://USER:PASSWORD@HOST:PORT/DBNAME",
        )
        sub.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language")
        sub.set_defaults(run=lambda args: _run(run, args))
        return sub

    action(
        "init", _init, "create or upgrade the schema on the server and install row-level security"
    )
    add = action("add-user", _add_user, "create a login for a salesperson or a manager")
    add.add_argument("name", help="the user's name on the server (Chinese is fine)")
    add.add_argument(
        "--password", required=True, help="their password (a new one for an existing user)"
    )
    add.add_argument("--manager", action="store_true", help="sees and changes every record")
    share = action("share", _share, "share one of your accounts with a colleague")
    share.add_argument("account", help="the account's name or uuid")
    share.add_argument("--with", dest="member", required=True, help="the colleague's user name")
    share.add_argument("--stop", action="store_true", help="stop sharing it with them")
    hand = action("hand-over", _hand_over, "give every record of one user to another")
    hand.add_argument("from_owner", metavar="FROM")
    hand.add_argument("to_owner", metavar="TO")
    hand.add_argument("--note", default="", help="why, for the record")


def _run(run: Action, args: argparse.Namespace) -> int:
    import psycopg
    from sqlalchemy.exc import DBAPIError

    from desktop.cli import system_language
    from desktop.services.catalog import translator

    translate = translator(getattr(args, "lang", None) or system_language())
    command = f"server {args.server_command}"
    try:
        done = run(args, translate)
    except UserError as error:
        print(f"{command}: {error.message.render(translate)}", file=sys.stderr)
        return 1
    except (DBAPIError, psycopg.Error) as error:
        print(f"{command}: {_refused(error, args.server, translate)}", file=sys.stderr)
        return 1
    sys.stdout.buffer.write((done.render(translate) + "\n").encode("utf-8"))
    sys.stdout.flush()
    return 0


NOT_ADMINISTRATOR = QT_TRANSLATE_NOOP(
    "Team",
    "The login {user} may not do this on the server: run it with the administrator's URL "
    "(a superuser, or the database's owner who may create roles); nothing was changed.",
)


def _refused(error: BaseException, url: str, translate: Translate) -> str:
    """A salesperson's login lacks the rights (SQLSTATE 42501); otherwise libpq's own first
    line, which never holds the password."""
    from sqlalchemy.engine import make_url

    orig = getattr(error, "orig", None) or error
    if getattr(orig, "sqlstate", None) == "42501":
        return NOT_ADMINISTRATOR.with_(user=make_url(url).username or "").render(translate)
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__


def _init(args: argparse.Namespace, _translate: Translate) -> Message:
    from desktop.services.database import open_server
    from desktop.services.team_members import grant_members

    opened = open_server(args.server, init=True)
    try:
        with opened.db.engine.begin() as connection:
            members = grant_members(connection)
    finally:
        opened.db.close()
    if opened.created:
        done = QT_TRANSLATE_NOOP("Team", "Created the Key Account Desk schema on {server}")
    elif opened.migrated_from:
        done = QT_TRANSLATE_NOOP(
            "Team", "Upgraded the Key Account Desk schema on {server} from {revision}"
        )
    else:
        done = QT_TRANSLATE_NOOP("Team", "The Key Account Desk schema on {server} is up to date")
    return QT_TRANSLATE_NOOP(
        "Team", "{done}; row-level security installed, {members} member(s) granted access."
    ).with_(
        done=done.with_(server=opened.db.label, revision=opened.migrated_from),
        members=members,
    )


def _add_user(args: argparse.Namespace, _translate: Translate) -> Message:
    from sqlalchemy.engine import make_url

    from desktop.services.database import open_server
    from desktop.services.team_members import add_member

    db = open_server(args.server).db
    try:
        with db.engine.begin() as connection:
            created = add_member(connection, args.name, args.password, manager=args.manager)
    finally:
        db.close()
    if args.manager:
        role = QT_TRANSLATE_NOOP("Team", "{name} is a manager: they see every record.")
    else:
        role = QT_TRANSLATE_NOOP(
            "Team",
            "{name} is a salesperson: they see their own records and the accounts shared "
            "with them.",
        )
    login = (
        QT_TRANSLATE_NOOP("Team", "Created the login {name}.")
        if created
        else QT_TRANSLATE_NOOP("Team", "The login {name} has a new password.")
    )
    where = make_url(args.server).set(username=args.name, password=None)
    return QT_TRANSLATE_NOOP("Team", "{login} {role} They connect with --db {url}").with_(
        login=login.with_(name=args.name),
        role=role.with_(name=args.name),
        url=where.render_as_string(),
    )


def _share(args: argparse.Namespace, _translate: Translate) -> Message:
    from desktop.services.database import open_server
    from desktop.services.team_records import share

    db = open_server(args.server).db
    try:
        changed = share(db, args.account, args.member, stop=args.stop)
    finally:
        db.close()
    if args.stop:
        done = (
            QT_TRANSLATE_NOOP("Team", "{account} is no longer shared with {name}.")
            if changed
            else QT_TRANSLATE_NOOP("Team", "{account} was not shared with {name}.")
        )
    else:
        done = (
            QT_TRANSLATE_NOOP("Team", "{account} and everything under it is shared with {name}.")
            if changed
            else QT_TRANSLATE_NOOP("Team", "{account} was already shared with {name}.")
        )
    return done.with_(account=args.account, name=args.member)


def _hand_over(args: argparse.Namespace, _translate: Translate) -> Message:
    from desktop.services.database import open_server
    from desktop.services.team_records import hand_over

    db = open_server(args.server).db
    try:
        records = hand_over(db, args.from_owner, args.to_owner, note=args.note)
    finally:
        db.close()
    return QT_TRANSLATE_NOOP(
        "Team", "Handed {records} record(s) of {source} over to {target} in one transaction."
    ).with_(records=records, source=args.from_owner, target=args.to_owner)
