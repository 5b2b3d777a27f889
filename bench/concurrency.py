"""No lost update under load: ``python -m bench.concurrency [--clients 20] [--edits 200]``
(docs/team-server.md#versions).

Starts a throw-away PostgreSQL server (as the tests do), then ``--clients`` clients, each with
its own connection pool, make ``--edits`` read-modify-write edits each on a few shared
accounts through the account service: read the account and its version, append a token of
their own to its notes, save with the version read, and on a refusal read again and reapply.
At the end every token must be in the notes: a missing one is a lost update (target 0). The
same run without the version check shows that the count does find lost updates. Prints the
throughput too. Not a timed test: a figure to read.
"""

from __future__ import annotations

import argparse
import random
import threading
import time
from dataclasses import dataclass, replace

from desktop.services.accounts import AccountData, AccountService
from desktop.services.database import Database, open_server
from desktop.services.versions import ChangedMeanwhile

ACCOUNTS = 5


@dataclass(frozen=True)
class Outcome:
    edits: int
    lost: int
    retries: int
    seconds: float

    @property
    def per_second(self) -> float:
        return self.edits / self.seconds if self.seconds else 0.0


def _client(url: str, number: int, edits: int, ids: list[int], checked: bool, out: list) -> None:
    db: Database = open_server(url).db
    service = AccountService(db)
    chooser = random.Random(number)
    retries = 0
    try:
        for edit in range(edits):
            account_id = chooser.choice(ids)
            token = f"|{number}-{edit}"
            while True:
                data, version = service.read(account_id)
                try:
                    service.update(
                        account_id,
                        replace(data, notes=data.notes + token),
                        version if checked else None,
                    )
                    break
                except ChangedMeanwhile:
                    retries += 1
    finally:
        db.close()
    out.append(retries)


def run(url: str, clients: int, edits: int, *, checked: bool = True) -> Outcome:
    """Every client's edits against fresh accounts; counts the tokens that did not survive."""
    db = open_server(url).db
    service = AccountService(db)
    ids = [service.create(AccountData(name=f"Shared {n}"))[0] for n in range(ACCOUNTS)]
    retries: list[int] = []
    threads = [
        threading.Thread(target=_client, args=(url, n, edits, ids, checked, retries))
        for n in range(clients)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    notes = "".join(service.get(account_id).notes for account_id in ids)
    db.close()
    kept = {token for token in notes.split("|") if token}
    lost = clients * edits - len(kept)
    return Outcome(clients * edits, lost, sum(retries), seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--edits", type=int, default=200)
    args = parser.parse_args()
    from tests.pg_server import Server, own_server

    with own_server() as url:
        server = Server(url)
        try:
            for checked in (True, False):
                outcome = run(server.new_database(), args.clients, args.edits, checked=checked)
                label = "with versions" if checked else "without the version check"
                target = "target 0" if checked else "for comparison"
                print(
                    f"{args.clients} clients x {args.edits} edits on {ACCOUNTS} shared accounts, "
                    f"{label}: {outcome.lost} lost updates ({target}), {outcome.retries} "
                    f"refused and reapplied, {outcome.per_second:.0f} edits/s",
                    flush=True,
                )
        finally:
            server.close()


if __name__ == "__main__":
    main()
