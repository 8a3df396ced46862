"""Foot skin temperatures: the rule (IWGDF 2023: the same foot more than 2.2 °C warmer two days running),
the readings in the history file (format 11, real SQLite), the dialog, where it is offered (the end of
a daily foot check, the History page), and the readings in the report and the history summary."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroguide.app.session_runner import Stage
from neuroguide.cli import main
from neuroguide.core.clock import FakeClock
from neuroguide.core.foot_temperature import (
    Advice,
    Reading,
    ReadingError,
    advice_lines,
    assess,
    degrees,
    warm_runs,
)
from neuroguide.core.settings import Value
from neuroguide.store.database import FILE_NAME
from neuroguide.store.history import HistoryStore
from neuroguide.store.migrations import migrate
from neuroguide.system.datadir import user_routines_dir
from neuroguide.ui.dialogs.checkin import CheckInDialog
from neuroguide.ui.dialogs.foot_temperature import FootTemperatureDialog
from neuroguide.ui.kit import style
from neuroguide.ui.main_window import MainWindow
from neuroguide.ui.print.report import read_report, report_html
from tests.conftest import WindowOpener
from tests.layout_check import layout_problems
from tests.routine_files import write_routine

NOW = datetime(2026, 12, 3, 8, 0).astimezone()
TODAY = NOW.date()
REST = (
    "Your left foot is 2.6 °C warmer than your right.",
    "It was warmer yesterday too. Rest that foot today: stand and walk as little as you can. A warm "
    "foot can be the first sign of a problem you cannot feel.",
)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


def reading(days_ago: int, right: float, left: float) -> Reading:
    return Reading(TODAY - timedelta(days=days_ago), right, left)


# -- the rule ---------------------------------------------------------------------------------------


def test_a_reading_outside_what_skin_can_be_is_refused_plainly() -> None:
    assert degrees(" 31,46 ", "right") == 31.5 and degrees("20", "left") == 20.0
    with pytest.raises(ReadingError, match=r"^Left foot: 41 °C is not a foot's skin temperature, which is"):
        degrees("41", "left")
    with pytest.raises(ReadingError, match=r"^Right foot: 19.9 °C is not"):
        degrees("19.9", "right")
    with pytest.raises(ReadingError, match=r"^Right foot: type the degrees as a number, such as 31.5\.$"):
        degrees("warm", "right")
    for typed in ("", "nan", "inf"):
        with pytest.raises(ReadingError):
            degrees(typed, "right")
    with pytest.raises(ReadingError, match="Right foot: 95 °C"):
        Reading(TODAY, 95.0, 30.0)  # a reading that cannot be right is never made


def test_more_than_2_2_degrees_and_which_foot() -> None:
    assert reading(0, 33.3, 31.1).difference == 2.2 and reading(0, 33.3, 31.1).warm_foot is None
    assert reading(0, 33.4, 31.1).warm_foot == "right"
    assert reading(0, 28.0, 30.3).warm_foot == "left"


@pytest.mark.parametrize(
    ("readings", "expected"),
    [
        ([], None),
        ([reading(0, 30.0, 31.0)], Advice("even", TODAY)),
        ([reading(0, 30.0, 32.6)], Advice("again", TODAY, "left")),
        ([reading(1, 30.0, 32.6), reading(0, 30.0, 32.6)], Advice("rest", TODAY, "left")),
        # the other foot warm yesterday: a day over for this one, not two
        ([reading(1, 33.0, 30.0), reading(0, 30.0, 32.6)], Advice("again", TODAY, "left")),
        # two days over, but not running: a day between them
        ([reading(2, 30.0, 32.6), reading(0, 30.0, 32.6)], Advice("again", TODAY, "left")),
        # yesterday warm, today even: nothing more
        ([reading(1, 30.0, 32.6), reading(0, 30.0, 31.0)], Advice("even", TODAY)),
    ],
    ids=["none", "even", "one day", "two days", "other foot", "a day between", "settled"],
)
def test_the_same_foot_warmer_two_days_running(readings: list[Reading], expected: Advice | None) -> None:
    assert assess(readings) == expected


def test_measured_again_the_same_day_the_last_reading_counts() -> None:
    morning = Reading(TODAY, 30.0, 32.8, NOW)
    again = Reading(TODAY, 30.0, 30.5, NOW + timedelta(minutes=10))
    assert assess([reading(1, 30.0, 32.8), again, morning]) == Advice("even", TODAY)
    days = [reading(n, 30.0, 33.0) for n in (9, 8, 7)] + [reading(5, 30.0, 33.0), reading(4, 33.0, 30.0)]
    assert warm_runs([*days, reading(3, 33.0, 30.0)]) == [
        (TODAY - timedelta(days=9), TODAY - timedelta(days=7), "left"),
        (TODAY - timedelta(days=4), TODAY - timedelta(days=3), "right"),
    ]


def test_the_advice_says_which_foot_what_to_do_and_whom_to_call() -> None:
    rest = advice_lines(Advice("rest", TODAY, "left"), 2.6, {"foot-clinic": "Podiatry 0161 555 0100"})
    assert rest == [*REST, "Contact your foot clinic today (Podiatry 0161 555 0100)."]
    again = advice_lines(Advice("again", TODAY, "right"), 2.3)
    assert again == [
        "Your right foot is 2.3 °C warmer than your left.",
        "Measure both feet again tomorrow, at the same time and in the same places.",
    ]
    helper = advice_lines(Advice("rest", TODAY, "right"), 3.0, caregiver=True)
    assert helper[0] == "Their right foot is 3.0 °C warmer than their left."
    assert "They should rest that foot" in helper[1] and helper[2] == "Contact their foot clinic today."
    assert advice_lines(Advice("even", TODAY), 0.4) == [
        "Your feet are within 2.2 °C of each other: nothing more to do today."
    ]


# -- the history file -------------------------------------------------------------------------------


def test_an_older_file_keeps_its_sessions_and_gets_the_readings_table(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / FILE_NAME, isolation_level=None)
    migrate(connection, target=10)  # the last format without foot temperatures
    connection.execute(
        "INSERT INTO session (routine_id, routine_title, started_at, status, planned_seconds, steps_total)"
        " VALUES ('foot-care', 'Foot care', ?, 'finished', 600, 10)",
        (NOW.isoformat(),),
    )
    connection.execute("INSERT INTO function_checkin (recorded_at) VALUES (?)", (NOW.isoformat(),))
    connection.close()
    with HistoryStore(tmp_path) as store:
        assert store.report.upgraded_from == 10
        assert len(store.sessions()) == 1
        store.save_temperature(reading(1, 30.0, 32.6), NOW - timedelta(days=1))
        store.save_temperature(reading(0, 30.0, 32.9), NOW)
        store.save_temperature(reading(0, 30.1, 30.4), NOW + timedelta(minutes=5))  # measured again
    with HistoryStore(tmp_path, read_only=True) as store:
        every = store.temperatures()
        assert [(r.day, r.right, r.left) for r in every] == [
            (TODAY - timedelta(days=1), 30.0, 32.6),
            (TODAY, 30.0, 32.9),
            (TODAY, 30.1, 30.4),  # every reading is kept, in the order written
        ]
        assert every[2].recorded_at == NOW + timedelta(minutes=5)
        assert [r.day for r in store.temperatures(TODAY, TODAY)] == [TODAY, TODAY]
        assert assess(every) == Advice("even", TODAY)
    db = sqlite3.connect(tmp_path / FILE_NAME)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
            db.execute(
                "INSERT INTO foot_temperature (day, recorded_at, right_c, left_c) VALUES ('x', 'x', 45, 30)"
            )
    finally:
        db.close()


# -- the dialog -------------------------------------------------------------------------------------


def open_dialog(qtbot: QtBot, caregiver: bool = False) -> FootTemperatureDialog:
    dialog = FootTemperatureDialog(lambda: NOW, caregiver)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_typed_by_keyboard_a_wrong_reading_said_next_to_its_field(qtbot: QtBot, qapp: QApplication) -> None:
    style.apply(qapp)
    dialog = open_dialog(qtbot)
    saved: list[Reading] = []
    dialog.saved.connect(saved.append)
    right, left = dialog.fields["right"], dialog.fields["left"]
    assert right.text() == left.text() == ""  # nothing filled in for the person
    assert dialog.focusWidget() is right and right.accessibleName() == "Right foot, in degrees Celsius"
    qtbot.keyClicks(right, "30.2")
    qtbot.keyClick(right, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is left
    qtbot.keyClicks(left, "43")
    qtbot.keyClick(left, Qt.Key.Key_Return)
    assert saved == [] and dialog.problem.isVisible() and dialog.focusWidget() is left
    assert dialog.problem.text().startswith("Left foot: 43 °C is not a foot's skin temperature")
    assert dialog.problem.text() in left.accessibleDescription()
    left.clear()
    qtbot.keyClicks(left, "32,8")
    assert not dialog.problem.isVisible()
    qtbot.keyClick(left, Qt.Key.Key_Return)
    assert saved == [Reading(TODAY, 30.2, 32.8, NOW)]
    assert not dialog.save_button.isEnabled()  # until the history has it


def test_the_advice_after_saving_and_the_dialog_whole_at_double_text(
    qtbot: QtBot, qapp: QApplication
) -> None:
    dialog = open_dialog(qtbot)
    lines = [*REST, "Contact your foot clinic today (0161 555 0100)."]
    dialog.show_advice("rest", lines)
    assert dialog.advice.isVisible() and dialog.advice.objectName() == "urgent"
    assert dialog.focusWidget() is dialog.close_button and not dialog.save_button.isVisible()
    assert dialog.close_button.accessibleDescription() == " ".join(lines)
    try:
        style.apply(qapp, text_percent=200)
        dialog.resize(1024, 700)
        qapp.processEvents()
        assert layout_problems(dialog) == []
    finally:
        style.apply(qapp, text_percent=100)
    dialog.close_button.click()
    assert not dialog.isVisible()


# -- where it is offered ----------------------------------------------------------------------------


def saved_reading(qtbot: QtBot, window: MainWindow, right: str, left: str) -> FootTemperatureDialog:
    """Type a reading into the open dialog and save it; the dialog, once its advice shows."""
    assert window.history is not None
    dialog = window.history.temperatures.dialog
    assert isinstance(dialog, FootTemperatureDialog)
    dialog.fields["right"].setText(right)
    dialog.fields["left"].setText(left)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.advice.isVisible(), timeout=5000)
    return dialog


def run_to_the_end(qtbot: QtBot, window: MainWindow, clock: FakeClock, routine_id: str) -> None:
    routine = window.library.get(routine_id)
    assert routine is not None
    window.start_routine(routine_id)
    prompts = window.prompts
    if routine.touches:  # symptom scores before and after a massage, none around looking only
        qtbot.waitUntil(lambda: isinstance(prompts.dialog, CheckInDialog) and prompts.dialog.isVisible())
        assert isinstance(prompts.dialog, CheckInDialog)
        prompts.dialog.reject()
    driver = window.player_page.driver
    assert driver is not None
    while (wait := driver.engine.seconds_to_next_change()) is not None:
        clock.advance(wait)
        driver.wake()
    if routine.touches:
        qtbot.waitUntil(
            lambda: isinstance(prompts.dialog, CheckInDialog) and prompts.dialog.moment == "after"
        )
        assert isinstance(prompts.dialog, CheckInDialog)
        prompts.dialog.skip_button.click()
    qtbot.waitUntil(lambda: window.runner is not None and window.runner.stage is Stage.DONE)


def test_after_the_daily_foot_check_with_a_thermometer_the_advice_and_the_clinic(
    open_window: WindowOpener, qtbot: QtBot, clock: FakeClock, data_dir: Path
) -> None:
    write_routine(user_routines_dir(data_dir), "my-foot-check", suits=("daily", "diabetes"))
    with HistoryStore(data_dir) as store:
        store.save_temperature(reading(1, 30.0, 32.4), NOW - timedelta(days=1))  # the left warm yesterday
    settings: dict[str, Value] = {"safety_check": False, "contact_foot_clinic": "Podiatry 0161 555 0100"}
    window = open_window(settings=settings, history=True)
    button = window.player_page.finished_view.temperatures_button
    run_to_the_end(qtbot, window, clock, "my-foot-check")
    assert not button.isVisible()  # no thermometer said: not offered
    window.settings.set("foot_thermometer", True)
    run_to_the_end(qtbot, window, clock, "hand-relief")
    assert not button.isVisible()  # not a daily foot check
    run_to_the_end(qtbot, window, clock, "my-foot-check")
    assert button.isVisible() and button.accessibleName() == "Write down today's foot skin temperatures"
    button.click()
    assert window.history is not None
    dialog = saved_reading(qtbot, window, "30.1", "32.7")
    assert dialog.advice.text().splitlines() == [
        *REST,
        "Contact your foot clinic today (Podiatry 0161 555 0100).",
    ]
    dialog.close_button.click()
    saved = window.history.bridge.ask(lambda store: store.temperatures()).result()
    assert [(r.day, r.right, r.left) for r in saved][-1] == (TODAY, 30.1, 32.7)
    window.close()


def test_the_history_page_shows_the_newest_reading_and_writes_todays(
    open_window: WindowOpener, qtbot: QtBot, data_dir: Path
) -> None:
    window = open_window(settings={"safety_check": False}, history=True)
    window.show_history()
    assert window.history is not None
    page = window.history.page
    qtbot.waitUntil(lambda: page.view is not None, timeout=5000)
    assert not page.temperature_view.isVisible()  # no thermometer, no readings: nothing about them
    window.settings.set("foot_thermometer", True)
    assert page.temperature_view.isVisible()
    page.temperature_view.ask_button.click()
    dialog = saved_reading(qtbot, window, "31", "31.5")
    assert dialog.advice.objectName() == "notice"
    assert dialog.advice.contentsRect().left() >= 8  # the notice's own padding: words off its border
    dialog.close_button.click()
    words = page.temperature_view.words
    qtbot.waitUntil(lambda: "Last measured" in words.text(), timeout=5000)
    assert words.text().splitlines() == [
        f"Last measured on {TODAY.day} December 2026: Right foot 31.0 °C, left foot 31.5 °C.",
        "Your feet are within 2.2 °C of each other: nothing more to do today.",
        "Measured on 1 of the last 14 days.",
    ]
    window.settings.set("foot_thermometer", False)
    assert page.temperature_view.isVisible()  # readings there: still shown
    window.close()


# -- the report and the summary ---------------------------------------------------------------------


def seed_readings(folder: Path) -> None:
    with HistoryStore(folder) as store:
        for days_ago, right, left in ((20, 30.0, 30.5), (12, 30.0, 32.6), (11, 30.0, 32.8), (10, 30.0, 31.0)):
            store.save_temperature(reading(days_ago, right, left), NOW - timedelta(days=days_ago))


def test_the_report_lists_the_readings_and_when_a_foot_was_to_be_rested(
    qapp: QApplication, data_dir: Path
) -> None:
    seed_readings(data_dir)
    with HistoryStore(data_dir, read_only=True) as store:
        parts = read_report(store, TODAY - timedelta(days=30), TODAY, visit=TODAY - timedelta(days=15))
    html = " ".join(report_html(parts, NOW).split())
    section = html[html.index("<h2>Foot skin temperature</h2>") :]
    assert "Days measured in this period: 4; with one foot more than 2.2 °C warmer than the other: 2." in html
    run = "21 Nov 2026 – 22 Nov 2026, left foot"
    assert f"(the sign to rest it and call the foot clinic): {run}." in section
    assert "https://doi.org/10.1002/dmrr.3651" in section
    assert (
        "<td align='left'>21 Nov 2026</td><td align='right'>30.0</td><td align='right'>32.6</td>" in section
    )
    first_page = html[: html.index("<h2>Foot skin temperature</h2>")]
    assert f"two days running: {run}." in first_page  # since the last appointment: flagged up front
    with HistoryStore(data_dir, read_only=True) as store:
        later = read_report(store, TODAY - timedelta(days=30), TODAY, visit=TODAY - timedelta(days=5))
    assert "two days running: 21 Nov" not in report_html(later, NOW).split("Foot skin temperature</h2>")[0]


def test_no_section_without_readings(qapp: QApplication, data_dir: Path) -> None:
    with HistoryStore(data_dir) as store:
        parts = read_report(store, TODAY - timedelta(days=30), TODAY)
    assert "Foot skin temperature" not in report_html(parts, NOW)


def test_the_history_summary_says_the_readings(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed_readings(data_dir)
    since = (TODAY - timedelta(days=30)).isoformat()
    assert (
        main(["--data-dir", str(data_dir), "history", "summary", "--from", since, "--to", TODAY.isoformat()])
        == 0
    )
    lines = capsys.readouterr().out.splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("Foot skin temperature"))
    assert lines[start:] == [
        "Foot skin temperature: measured on 4 days; one foot more than 2.2 °C warmer on 2.",
        "  Last: Mon 23 Nov 2026, right foot 30.0 °C, left foot 31.0 °C (a difference of 1.0 °C).",
        "  The same foot warmer two days running, Sat 21 Nov 2026 to Sun 22 Nov 2026: left foot (rest it, "
        "and call the foot clinic).",
    ]
    args = [
        "--data-dir",
        str(data_dir),
        "history",
        "summary",
        "--from",
        since,
        "--to",
        TODAY.isoformat(),
        "--json",
    ]
    assert main(args) == 0
    found = json.loads(capsys.readouterr().out)["foot_temperatures"]
    assert found == {
        "days": 4,
        "warm_days": 2,
        "latest": {"date": "2026-11-23", "right": 30.0, "left": 31.0, "difference": 1.0, "warm_foot": None},
        "advice": "even",
        "two_days_running": [{"from": "2026-11-21", "to": "2026-11-22", "foot": "left"}],
    }
    assert date.fromisoformat(found["latest"]["date"]) == TODAY - timedelta(days=10)
