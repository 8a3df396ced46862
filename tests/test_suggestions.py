"""Which routines the library suggests first, and why: from a real library read from routine files in
the test's folder, the person's settings and what the history says of today (real SQLite); then the
library page itself, offscreen, with "Today is a bad day" and the history behind it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroguide.app.history_bridge import HistoryBridge
from neuroguide.core.checkin import CheckIn
from neuroguide.core.clock import FakeClock
from neuroguide.core.library import Library, load_library
from neuroguide.core.resources import illustration_bases
from neuroguide.core.settings import Settings, Value
from neuroguide.core.suggestions import Today, library_order, suggested
from neuroguide.store.history import HistoryStore, StepRecord
from neuroguide.system.datadir import settings_path
from neuroguide.ui.kit import style
from neuroguide.ui.main_window import MainWindow
from tests.routine_files import write_routine

NOW = datetime(2026, 12, 1, 8, 30).astimezone()
DAY = NOW.date()


def library_in(folder: Path) -> Library:
    """Every kind of routine the suggestions know, in a file each; the library lists them by id, so
    those that suit something come last unless a suggestion puts them first."""
    write_routine(folder, "feet-long")
    write_routine(folder, "hands-long", "hands")
    write_routine(folder, "z-bad-feet", suits=("bad-day",))
    write_routine(folder, "z-bad-hands", "hands", suits=("bad-day",))
    write_routine(folder, "z-foot-check", suits=("daily", "diabetes"))
    write_routine(folder, "z-chemo-hands", "hands", suits=("chemotherapy",))
    write_routine(folder, "z-bed-feet", suits=("in-bed",))
    write_routine(folder, "helper-feet", performer="caregiver")
    write_routine(folder, "warm-up-feet", suits=("bad-day", "daily"), add_on="warm-up")
    library = load_library([folder], illustration_bases())
    assert library.problems == ()
    return library


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return library_in(tmp_path / "routines")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.load(tmp_path / "settings.json")


def pairs(library: Library, settings: Settings, today: Today | None = None) -> list[tuple[str, str]]:
    return [(s.routine_id, s.why) for s in suggested(library, settings, today or Today(DAY))]


def test_nothing_is_suggested_until_the_person_says_something(library: Library, settings: Settings) -> None:
    assert pairs(library, settings) == []


def test_the_places_named_with_why_and_only_a_helpers_routine_when_one_helps(
    library: Library, settings: Settings
) -> None:
    settings.set("profile_places", ["left foot"])
    assert pairs(library, settings) == [
        ("feet-long", "For your feet"),
        ("z-bad-feet", "For your feet"),
        ("z-bed-feet", "For your feet"),
        ("z-foot-check", "For your feet"),
    ]
    settings.set("caregiver_mode", True)
    settings.set("profile_places", ["left foot", "right hand"])
    found = dict(pairs(library, settings))
    assert found["helper-feet"] == "For their feet" and found["hands-long"] == "For their hands"
    assert "warm-up-feet" not in found  # a warm-up is added to others, never offered on its own


def test_with_diabetes_the_daily_foot_check_first_until_it_is_done_that_day(
    library: Library, settings: Settings
) -> None:
    settings.set("profile_cause", "diabetes")
    settings.set("profile_places", ["right hand"])
    assert pairs(library, settings)[0] == ("z-foot-check", "Your daily foot check")
    done = Today(DAY, done=frozenset({"z-foot-check"}))
    assert "z-foot-check" not in dict(pairs(library, settings, done))  # done: hands only now
    assert pairs(library, settings, done)[0] == ("hands-long", "For your hands")


def test_a_bad_day_said_or_scored_puts_the_short_routines_first(library: Library, settings: Settings) -> None:
    settings.set("profile_places", ["right foot"])
    assert pairs(library, settings)[0] == ("feet-long", "For your feet")
    settings.set("bad_day_on", DAY.isoformat())
    # the bad-day routines for the places named; the hands' one is not for these feet
    assert pairs(library, settings)[0] == ("z-bad-feet", "Short, for a bad day")
    assert dict(pairs(library, settings))["feet-long"] == "For your feet"  # the rest still says why
    assert "z-bad-hands" not in dict(pairs(library, settings))
    settings.set("bad_day_on", (DAY - timedelta(days=1)).isoformat())  # said yesterday: over
    assert pairs(library, settings)[0][0] == "feet-long"
    assert pairs(library, settings, Today(DAY, worst_before=6))[0][0] == "feet-long"
    assert pairs(library, settings, Today(DAY, worst_before=7))[0] == ("z-bad-feet", "Short, for a bad day")
    settings.set("profile_places", [])  # no places named: every bad-day routine
    assert pairs(library, settings, Today(DAY, worst_before=9)) == [
        ("z-bad-feet", "Short, for a bad day"),
        ("z-bad-hands", "Short, for a bad day"),
    ]


def test_chemotherapy_and_bed_each_bring_their_routine_in_the_order_of_need(
    library: Library, settings: Settings
) -> None:
    settings.set("profile_cause", "chemotherapy")
    settings.set("profile_places", ["left foot"])
    assert pairs(library, settings)[0] == ("z-chemo-hands", "Made for chemotherapy")
    settings.set("profile_in_bed", True)
    assert pairs(library, settings)[:2] == [
        ("z-bed-feet", "Can be done in bed"),
        ("z-chemo-hands", "Made for chemotherapy"),
    ]
    settings.set("bad_day_on", DAY.isoformat())
    ids = [routine_id for routine_id, _ in pairs(library, settings)]
    assert ids[:3] == ["z-bad-feet", "z-bed-feet", "z-chemo-hands"]
    assert len(ids) == len(set(ids))  # each routine once, with its first reason


def test_what_the_history_says_of_today(tmp_path: Path) -> None:
    with HistoryStore(tmp_path) as store:
        assert store.today(DAY) == Today(DAY)
        yesterday = store.start_session("z-foot-check", "Foot check", NOW - timedelta(days=1), 30, 1)
        store.save_checkin(yesterday, CheckIn("before", {("right foot", "pain"): 9}), NOW - timedelta(days=1))
        store.record_step(yesterday, StepRecord(1, "look", "Look", None, True, 30.0, ""))
        store.finish_session(yesterday, "finished", NOW - timedelta(days=1))
        short = store.start_session("feet-long", "Feet long", NOW, 600, 10)  # stopped early: no count
        store.save_checkin(
            short, CheckIn("before", {("right foot", "pain"): 4, ("left foot", "pain"): 7}), NOW
        )
        store.finish_session(short, "stopped", NOW)
        assert store.today(DAY) == Today(DAY, worst_before=7)
        check = store.start_session("z-foot-check", "Foot check", NOW + timedelta(hours=1), 30, 1)
        store.record_step(check, StepRecord(1, "look", "Look", None, True, 30.0, ""))
        store.finish_session(check, "finished", NOW + timedelta(hours=1))
        assert store.today(DAY).done == frozenset({"z-foot-check"})
        assert store.today(DAY - timedelta(days=1)) == Today(
            DAY - timedelta(days=1), 9, frozenset({"z-foot-check"})
        )


# -- the library page -------------------------------------------------------------------------------


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def open_library(
    qtbot: QtBot, qapp: QApplication, clock: FakeClock, data_dir: Path
) -> Callable[..., MainWindow]:
    """The window on a library of the test's routines only (the shipped ones may come to suit things
    too), with its history, and ``settings`` stored first."""

    def open_(**settings: Value) -> MainWindow:
        style.apply(qapp)
        stored = Settings.load(settings_path(data_dir))
        for key, value in {"welcomed": True, **settings}.items():
            stored.set(key, value)
        window = MainWindow()
        qtbot.addWidget(window)
        library = library_in(data_dir / "test-routines")
        window.populate(library, stored, clock, history=lambda: HistoryBridge(data_dir))
        window.show()
        qtbot.waitExposed(window)
        return window

    return open_


def test_the_page_shows_why_first_and_a_bad_day_for_today_only(
    open_library: Callable[..., MainWindow], clock: FakeClock
) -> None:
    window = open_library(profile_places=["right foot"])
    page = window.library_page
    assert "warm-up-feet" not in page.visible_routines()  # never listed as a routine
    assert not page.bad_day.isChecked()  # nothing chosen for the person
    first = page.cards[0]
    assert first.routine.id == "feet-long" and first.badge.text() == "For your feet"
    assert first.accessibleName().startswith("Feet long. For your feet. Feet long. Feet, 1 min")
    page.bad_day.click()
    assert window.settings.text("bad_day_on") == DAY.isoformat()
    assert page.visible_routines()[0] == "z-bad-feet"
    assert page.cards[0].badge.text() == "Short, for a bad day"
    clock.advance(86400)  # the next morning, the window left open
    window.show_library()
    assert not page.bad_day.isChecked() and page.visible_routines()[0] != "z-bad-feet"
    page.bad_day.click()
    page.bad_day.click()  # changed their mind
    assert window.settings.text("bad_day_on") == ""
    assert page.visible_routines()[0] == "feet-long"


def test_a_score_of_7_before_a_session_today_and_the_foot_check_done(
    open_library: Callable[..., MainWindow], qtbot: QtBot, data_dir: Path
) -> None:
    with HistoryStore(data_dir) as store:
        session = store.start_session("hands-long", "Hands long", NOW - timedelta(hours=1), 60, 2)
        store.save_checkin(session, CheckIn("before", {("right hand", "tingling"): 8}), NOW)
    window = open_library(profile_places=["right hand"], profile_cause="diabetes")
    page = window.library_page
    assert page.visible_routines()[0] == "z-foot-check"  # shown at once, before the history answers
    qtbot.waitUntil(lambda: page.visible_routines()[1] == "z-bad-hands", timeout=5000)
    assert not page.bad_day.isChecked()  # the score says so; the person did not tick it
    with HistoryStore(data_dir) as store:
        check = store.start_session("z-foot-check", "Foot check", NOW, 30, 1)
        store.record_step(check, StepRecord(1, "look", "Look", None, True, 30.0, ""))
        store.finish_session(check, "finished", NOW)
    window.show_library()  # back from the session
    qtbot.waitUntil(lambda: page.visible_routines()[0] == "z-bad-hands", timeout=5000)
    assert dict((c.routine.id, c.badge.text()) for c in page.cards if c.badge.isVisibleTo(c)) == {
        "z-bad-hands": "Short, for a bad day",
        "hands-long": "For your hands",
        "z-chemo-hands": "For your hands",
    }


def test_the_library_lists_everyday_routines_first_and_no_add_ons(shipped: Library) -> None:
    order = [routine.id for routine in library_order(shipped.routines)]
    everyday = [routine.id for routine in shipped.routines if not routine.suits and not routine.add_on]
    assert order[: len(everyday)] == everyday  # foot care, hand relief… as read
    assert {"foot-care", "hand-relief"} <= set(everyday)
    rest = [routine for routine in shipped.routines if routine.id in order[len(everyday) :]]
    assert rest and all(routine.suits for routine in rest)
    assert "warm-up" not in order and "cool-down" not in order
