"""One edit with its change-log rows against the same edit without the log: the person form's
save (title and mobile changed, two entries in the log, docs/merging.md), runs interleaved so
that the machine's drift hits both alike."""

from __future__ import annotations

import statistics
import time
from dataclasses import replace

from sqlalchemy import event

from .figures import Figure

TITLES = ("总工程师", "Chief engineer")


def change_log_edit(ctx, person_id: int, runs: int) -> Figure:
    from desktop.services import change_log
    from desktop.services.orgchart.people import PeopleService

    db, today = ctx.db, ctx.clock.today()
    people = PeopleService(db)
    data = people.get(person_id)
    turn = [0]

    def edit() -> float:
        turn[0] += 1
        title = TITLES[turn[0] % 2]
        changed = replace(data, title=title, mobile=f"1391234{turn[0] % 10_000:04d}")
        start = time.perf_counter()
        people.update(person_id, changed, today)
        return (time.perf_counter() - start) * 1000

    writer = db._writer  # the sessions' factory the log listens on
    logged, bare = [], []
    edit()  # warm-up: statements compiled, pages cached
    for _ in range(runs * 10):  # A B A B ...: one edit is a few ms, noisy
        logged.append(edit())
        event.remove(writer, "after_flush", change_log.log_flush)
        try:
            bare.append(edit())
        finally:
            event.listen(writer, "after_flush", change_log.log_flush)
    return Figure(
        "change_log_edit",
        statistics.median(logged),
        len(logged),
        baseline=statistics.median(bare),
        against="without the log",
        note="a person's title and mobile, two log rows",
    )
