"""Two managers saving the same preference at once on a server: the second is refused, not
written over the first (docs/team-server.md#versions)."""

from __future__ import annotations

import threading

import pytest

from desktop.services.database import open_server
from desktop.services.settings import COMPANY_NAME
from desktop.services.settings_versions import SettingChangedMeanwhile, ShownSettings
from desktop.services.team_members import add_member
from tests.unit.server.team import PASSWORD, Team, team_fixture  # noqa: F401 - a fixture


@pytest.mark.parametrize("stored_before", ["旧公司", None])
def test_the_second_of_two_saves_at_once_is_refused(team: Team, stored_before) -> None:
    admin = open_server(team.admin_url).db
    with admin.engine.begin() as conn:
        add_member(conn, team.names["boss"] + "_2", PASSWORD, manager=True)
    admin.close()
    team.names["boss2"] = team.names["boss"] + "_2"
    first, second = team.db("boss"), team.db("boss2")
    if stored_before is not None:
        with first.session() as s:
            COMPANY_NAME.set(s, stored_before)
    shown_first, shown_second = ShownSettings(first), ShownSettings(second)
    written, outcome = threading.Event(), {}

    def save_first() -> None:
        with first.together() as s, shown_first.saving(s):
            shown_first.page("General")
            COMPANY_NAME.set(s, "甲公司")
            s.flush()
            shown_first.refuse()
            written.set()  # written, not committed: the second save starts now
            threading.Event().wait(0.5)

    def save_second() -> None:
        written.wait()
        try:
            with second.together() as s, shown_second.saving(s):
                shown_second.page("General")
                COMPANY_NAME.set(s, "乙公司")
                s.flush()
                shown_second.refuse()
            outcome["second"] = "saved"
        except SettingChangedMeanwhile:
            outcome["second"] = "refused"

    threads = [threading.Thread(target=save_first), threading.Thread(target=save_second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcome == {"second": "refused"}
    with first.read() as s:
        assert COMPANY_NAME.get(s) == "甲公司"
