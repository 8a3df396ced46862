"""Counting that is honest: a session counts toward the week, the run of days and "done today" when it
was finished or at least half done; one stopped or interrupted before that is shown, not counted. Real
SQLite files; what each should say is worked out from the rows (tests/counting_scenario.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from neuroguide.core.counting import Why, counts, run_of_days, why
from neuroguide.core.session import SessionFinished, SessionStopped
from neuroguide.store.database import FILE_NAME
from neuroguide.store.history import HistoryStore, StepRecord
from neuroguide.store.history_view import read_view
from neuroguide.store.migrations import VERSION, counted_sql, migrate
from neuroguide.ui.pages.history_words import run_words, session_cells, week_words
from tests import counting_scenario as scenario
from tests.counting_scenario import MARIA, ROBERT, TODAY
from tests.history_seed import Planned, write_rows

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

NOW = datetime.combine(TODAY, time(18, 30)).astimezone()


def test_the_rule_in_sql_is_the_rule_of_the_core(tmp_path: Path) -> None:
    """Every status with every number of steps: the day's count the triggers keep is core.counting's."""
    planned = [
        Planned(TODAY, status, done, total=total)
        for status in ("finished", "stopped", "interrupted", "running")
        for total in range(0, 7)
        for done in range(0, total + 1)
    ]
    with HistoryStore(tmp_path) as store:
        store.connection.execute("BEGIN")
        write_rows(store.connection, planned)
        store.connection.execute("COMMIT")
        rows = store.connection.execute(
            f"SELECT status, steps_done, steps_total, {counted_sql('s')} FROM session s ORDER BY id"
        ).fetchall()
        assert [(status, done, total) for status, done, total, _ in rows] == [
            (one.status, one.done, one.total) for one in planned
        ]
        assert [bool(counted) for *_, counted in rows] == [scenario.counts(one) for one in planned]
        assert [counts(one.status, one.done, one.total) for one in planned] == [
            scenario.counts(one) for one in planned
        ]
        assert store.counted_sessions(TODAY, TODAY) == sum(map(scenario.counts, planned))
    assert why("stopped", 4, 10) is Why.STOPPED_EARLY and why("stopped", 5, 10) is Why.HALF_DONE
    assert (
        why("interrupted", 0, 10) is Why.INTERRUPTED_EARLY
        and why("interrupted", 0, 0) is Why.INTERRUPTED_EARLY
    )
    assert why("running", 10, 10) is Why.RUNNING and why("finished", 0, 10) is Why.FINISHED


def step(number: int, completed: bool = True) -> StepRecord:
    return StepRecord(number, f"s{number}", f"Step {number}", "right", completed, 60.0, NOW.isoformat())


def test_the_day_counts_follow_a_session_as_it_is_written(tmp_path: Path) -> None:
    """The store's own writes, one at a time: steps, a stop, a crash, places left out."""
    started = NOW - timedelta(hours=2)
    with HistoryStore(tmp_path) as store:

        def counted() -> int:
            return store.counted_sessions(TODAY, TODAY)

        first = store.start_session("foot-care", "Morning foot care", started, 600, 10)
        for number in range(1, 5):
            store.record_step(first, step(number))
        store.record_step(first, step(5, completed=False))  # moved past: not done
        assert counted() == 0
        store.finish_session(first, "stopped", started, "person")
        assert counted() == 0  # 4 of 10
        second = store.start_session("foot-care", "Morning foot care", started, 600, 10)
        for number in range(1, 6):
            store.record_step(second, step(number))
        assert counted() == 0  # half done, but still running
        store.finish_session(second, "stopped", started, "person")
        assert counted() == 1  # 5 of 10: enough
        third = store.start_session("foot-care", "Morning foot care", started, 600, 10)
        for number in range(1, 5):
            store.record_step(third, step(number))
        store.record_left_out(third, frozenset({"left foot"}), "person", 8)  # now 4 of 8
        crashed = store.start_session("foot-care", "Morning foot care", started, 600, 10)
        assert store.mark_interrupted() == 2  # the third (half of what was left) and one at 0 steps
        assert counted() == 2
        (kept,) = [record for record in store.sessions() if record.id == crashed]
        assert (kept.status, kept.steps_done, kept.counts) == ("interrupted", 0, False)
        assert store.count_sessions(TODAY, TODAY) == (4, 0)  # all four shown; none finished


def test_an_older_history_is_counted_when_it_is_upgraded(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / FILE_NAME, isolation_level=None)
    migrate(connection, target=8)  # the last format without counts
    connection.execute("BEGIN")
    write_rows(connection, MARIA)
    connection.execute("COMMIT")
    connection.close()
    with HistoryStore(tmp_path) as store:
        assert store.report.upgraded_from == 8
        assert [record.steps_done for record in store.sessions()] == [one.done for one in MARIA]
        expected: dict[object, int] = {}
        for one in MARIA:
            if scenario.counts(one):
                expected[one.day] = expected.get(one.day, 0) + 1
        assert store.counted_days(scenario.day(400), TODAY) == expected
        assert store.run_of_days(TODAY) == scenario.run_of_days(MARIA)
        write_rows(store.connection, [Planned(TODAY, "finished", 10)])  # the new triggers keep counting
        assert store.counted_sessions(TODAY, TODAY) == 1


def test_a_history_from_a_newer_version_is_still_refused(tmp_path: Path) -> None:
    from neuroguide.store.database import TooNewError

    connection = sqlite3.connect(tmp_path / FILE_NAME)
    connection.execute(f"PRAGMA user_version = {VERSION + 1}")
    connection.close()
    before = (tmp_path / FILE_NAME).read_bytes()
    for read_only in (False, True):
        with pytest.raises(TooNewError):
            HistoryStore(tmp_path, read_only=read_only)
    assert (tmp_path / FILE_NAME).read_bytes() == before


@pytest.mark.parametrize("who", ["Maria", "Robert"])
def test_the_week_the_run_and_done_today_count_only_what_counts(tmp_path: Path, who: str) -> None:
    folders = scenario.set_up(tmp_path)
    planned = scenario.PLANNED[who]
    week = scenario.this_week(planned)
    with HistoryStore(folders[who], read_only=True) as store:
        view = read_view(store, TODAY, "6m")
        state = store.reminder_state(TODAY, NOW)
    counted_week = sum(map(scenario.counts, week))
    assert sum(count for day, count in view.days.items() if day >= TODAY - timedelta(days=4)) == counted_week
    assert sum(count for day, count in view.tried.items() if day >= TODAY - timedelta(days=4)) == len(
        week
    ) - (counted_week)
    assert view.run == scenario.run_of_days(planned)
    done_today = any(scenario.counts(one) for one in planned if one.day == TODAY)
    assert bool(view.days.get(TODAY)) is done_today and state.done_today is done_today
    in_period = scenario.within(planned, TODAY - timedelta(days=181), TODAY)
    assert (view.total, view.counted) == (len(in_period), sum(map(scenario.counts, in_period)))
    assert view.finished == sum(one.status == "finished" for one in in_period)


def test_what_maria_and_robert_are_told(tmp_path: Path) -> None:
    """The words on the page, for the week the old counting praised."""
    folders = scenario.set_up(tmp_path)
    with HistoryStore(folders["Maria"]) as store:
        maria = read_view(store, TODAY, "6m")
    with HistoryStore(folders["Robert"]) as store:
        robert = read_view(store, TODAY, "6m")
    # Maria: this week 3 count (Mon, Tue's 6 of 10, Thu), 4 do not; today only a crash and 4 of 10
    assert week_words(maria.days, TODAY, 4, maria.tried) == (
        "This week: 3 of your 4 sessions. Sessions that end before half of their steps are shown, "
        "but not counted (this week: 4)."
    )
    assert run_words(maria.run, bool(maria.days.get(TODAY)), bool(maria.tried.get(TODAY))) == (
        "Pick a routine whenever you feel ready. "
        "Today's session ended before half of its steps, so it is not counted yet."
    )
    assert week_words(robert.days, TODAY, 3, robert.tried) == (
        "This week: 3 sessions. Your goal of 3 is reached. Sessions that end before half of their steps "
        "are shown, but not counted (this week: 1)."
    )
    assert run_words(robert.run, True) == "3 days in a row, today included. Lovely."
    person = "Stopped by the person"
    assert sorted(session_cells(record)[5] for record in maria.records) == sorted(
        ["finished"] * 5
        + [
            "interrupted · counted, 7 of 10 steps",
            f"stopped early · counted, 5 of 10 steps · {person}",
            "stopped early · not counted, 3 of 10 steps · Something's wrong",
            f"stopped early · counted, 6 of 10 steps · {person}",
            "interrupted · not counted, 0 of 10 steps",
            "interrupted · not counted, 0 of 10 steps",
            f"stopped early · not counted, 4 of 10 steps · {person}",
        ]
    )


def test_a_skipped_reminder_is_handled_but_is_no_session_done(tmp_path: Path) -> None:
    folders = scenario.set_up(tmp_path)
    due = datetime.combine(TODAY, time(8)).astimezone()
    with HistoryStore(folders["Maria"]) as store:
        assert not store.reminder_state(TODAY, NOW).done_today  # a crash and 4 of 10 steps
        store.record_reminder("skipped", due, due + timedelta(minutes=1))
        assert store.reminder_state(TODAY, NOW).done_today  # no reminder again today
        assert store.counted_sessions(TODAY, TODAY) == 0
        assert read_view(store, TODAY, "6m").run == scenario.run_of_days(MARIA)
        assert (
            store.connection.execute("SELECT due FROM reminder_event").fetchone()[0]
            == due.astimezone(UTC).isoformat()
        )


def test_the_reminder_hears_of_a_session_that_counts() -> None:
    from neuroguide.app.session_runner import _when_it_counts

    heard: list[str] = []
    listener = _when_it_counts(lambda: heard.append("done"))
    listener(SessionStopped(elapsed=0, remaining=0, steps_completed=4, steps_total=10, reason="person"))
    assert heard == []
    listener(SessionStopped(elapsed=0, remaining=0, steps_completed=5, steps_total=10, reason="person"))
    listener(SessionFinished(elapsed=0, remaining=0, steps_completed=3, steps_total=10))
    assert heard == ["done", "done"]


def test_a_run_is_read_only_as_far_as_it_goes() -> None:
    seen = []

    def days() -> Iterator[date]:
        for n in range(1000):
            seen.append(n)
            yield TODAY - timedelta(days=[1, 2, 3, 5, 6][n]) if n < 5 else TODAY - timedelta(days=n)

    assert run_of_days(days(), TODAY) == 3 and len(seen) == 4
    assert run_of_days([TODAY + timedelta(days=1), TODAY], TODAY) == 1  # a day ahead (a clock set back)
    assert run_of_days([TODAY - timedelta(days=2)], TODAY) == 0


def test_the_page_shows_the_counts_and_marks_early_days_apart(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import QDate

    from neuroguide.ui.pages.history import HistoryPage

    folders = scenario.set_up(tmp_path)
    with HistoryStore(folders["Maria"]) as store:
        view = read_view(store, TODAY, "6m")
    page = HistoryPage(4)
    qtbot.addWidget(page)
    page.show_view(view, 4)
    assert page.week_label.text().startswith("This week: 3 of your 4 sessions.")
    assert "Well done" not in page.run_label.text() and "Lovely" not in page.run_label.text()
    in_period = scenario.within(MARIA, TODAY - timedelta(days=181), TODAY)
    finished = sum(one.status == "finished" for one in in_period)
    counted = sum(map(scenario.counts, in_period))
    assert page.summary.text() == (
        f"{len(in_period)} sessions in this period, {finished} finished. Counted toward your goal: "
        f"{counted}. A session counts when it is finished, or at least half done."
    )

    def shown(n: int) -> tuple[bool, bool]:
        on = scenario.day(n)
        text_format = page.calendar.dateTextFormat(QDate(on.year, on.month, on.day))
        return text_format.fontWeight() == 700, text_format.fontUnderline()

    assert shown(1) == (True, False)  # Thursday: finished
    assert shown(2) == (False, True)  # Wednesday: only a crash at the start
    assert shown(0) == (False, True)  # today: a crash and 4 of 10
    assert shown(3) == (True, False)  # Tuesday: 3 of 10, and 6 of 10 that counts


def test_robert_has_only_his_own_sessions(tmp_path: Path) -> None:
    folders = scenario.set_up(tmp_path)
    with HistoryStore(folders["Robert"], read_only=True) as store:
        assert len(store.sessions()) == len(ROBERT)
        assert {record.performer_words for record in store.sessions()} == {"self", "Anna"}
