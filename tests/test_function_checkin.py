"""How daily life is going: the weekly questions about function, their table in the history file (format
10), the dialog, the weekly offer after a session, and the answers on the History page."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from neuroguide.app.session_runner import Stage
from neuroguide.core.clock import FakeClock
from neuroguide.core.function_checkin import QUESTIONS, FunctionCheckIn, due, fall_advice, worse
from neuroguide.store.database import FILE_NAME
from neuroguide.store.history import HistoryStore
from neuroguide.store.migrations import VERSION, TooNewError, migrate
from neuroguide.ui.dialogs.checkin import CheckInDialog
from neuroguide.ui.dialogs.function_checkin import FunctionCheckInDialog
from neuroguide.ui.kit import style
from neuroguide.ui.kit.widgets import TICK
from neuroguide.ui.main_window import MainWindow
from tests.conftest import WindowOpener
from tests.layout_check import layout_problems
from tests.screen_probe import unclipped

TODAY = datetime(2026, 11, 20, 9, 0).astimezone()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(TODAY)


def checkin(days_ago: int, **answers: str) -> FunctionCheckIn:
    return FunctionCheckIn(TODAY - timedelta(days=days_ago), answers)


# -- the questions, as data -------------------------------------------------------------------------


def test_each_scale_goes_from_best_to_worst_and_worse_is_a_step_down() -> None:
    assert [q.key for q in QUESTIONS] == ["hands", "walking", "falls", "sleep"]
    assert QUESTIONS[0].codes == ("none", "some", "a-lot", "cannot")
    assert QUESTIONS[2].codes == ("none", "nearly", "fell")
    before = checkin(7, hands="some", walking="a-lot", falls="none")
    after = checkin(0, hands="a-lot", walking="some", falls="nearly", sleep="cannot")
    # sleep was not answered before: nothing to compare it with
    assert worse(before, after) == ["hands", "falls"]
    assert worse(None, after) == [] and worse(after, after) == []


def test_offered_at_most_once_a_week() -> None:
    today = TODAY.date()
    assert due(today, None, None)
    assert not due(today, today - timedelta(days=6), None)  # answered this week
    assert not due(today, None, today - timedelta(days=3))  # put off this week
    assert due(today, today - timedelta(days=7), today - timedelta(days=7))


def test_a_fall_says_whom_to_tell_and_how_soon() -> None:
    assert fall_advice("none") == [] and fall_advice("") == []
    nearly = fall_advice("nearly", "diabetes", {"doctor": "01234 567"})
    assert nearly[1] == "Talk to your doctor at the next appointment (01234 567)."
    assert len(nearly) == 2  # no "now" without a fall
    fell = fall_advice("fell", "chemotherapy")
    assert fell[1] == "Talk to your doctor at the next appointment."  # the helpline: what cannot wait
    assert fell[2] == (
        "If you were hurt in the fall: Call your cancer team's helpline now. "
        "If it is closed, call the out-of-hours or urgent number."
    )
    assert "their care team" in fall_advice("fell", caregiver=True)[0]


# -- the history file -------------------------------------------------------------------------------


def test_an_older_file_gets_the_table_and_a_newer_one_is_refused(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / FILE_NAME, isolation_level=None)
    migrate(connection, target=9)  # the last format without the weekly questions
    connection.execute(
        "INSERT INTO session (routine_id, routine_title, started_at, status, planned_seconds, steps_total)"
        " VALUES ('foot-care', 'Foot care', ?, 'finished', 600, 10)",
        (TODAY.isoformat(),),
    )
    connection.close()
    with HistoryStore(tmp_path) as store:
        assert store.report.upgraded_from == 9
        assert len(store.sessions()) == 1
        store.save_function(checkin(0, walking="some"))
        assert [c.answers for c in store.function_checkins()] == [{"walking": "some"}]
    # the same file, as a later version would leave it: refused, its answers untouched
    connection = sqlite3.connect(tmp_path / FILE_NAME, isolation_level=None)
    connection.execute(f"PRAGMA user_version = {VERSION + 1}")
    connection.close()
    kept = (tmp_path / FILE_NAME).read_bytes()
    with pytest.raises(TooNewError, match=f"format {VERSION + 1}; this version reads up to {VERSION}"):
        HistoryStore(tmp_path)
    with pytest.raises(TooNewError):
        HistoryStore(tmp_path, read_only=True)
    assert (tmp_path / FILE_NAME).read_bytes() == kept


def test_answers_are_saved_as_codes_and_read_back(tmp_path: Path) -> None:
    with HistoryStore(tmp_path) as store:
        assert store.save_function(checkin(14, hands="none", falls="none")) is not None
        assert store.save_function(checkin(0)) is None  # nothing answered: nothing kept
        store.save_function(
            FunctionCheckIn(TODAY - timedelta(days=7), {"hands": "some", "sleep": "odd", "x": "y"}, "Sam")
        )
        store.save_function(checkin(0, hands="a-lot", walking="cannot", falls="fell", sleep="some"))
    db = sqlite3.connect(tmp_path / FILE_NAME)
    rows = db.execute(
        "SELECT c.recorded_at, c.answered_by, a.question, a.answer FROM function_answer a"
        " JOIN function_checkin c ON c.id = a.checkin_id ORDER BY c.recorded_at, a.question"
    ).fetchall()
    db.close()
    assert len(rows) == 7 and rows[2][1:] == ("Sam", "hands", "some")
    with HistoryStore(tmp_path, read_only=True) as store:
        every = store.function_checkins()
        assert [c.answers for c in every] == [
            {"hands": "none", "falls": "none"},
            {"hands": "some"},  # an unknown question or answer is not kept
            {"hands": "a-lot", "walking": "cannot", "falls": "fell", "sleep": "some"},
        ]
        assert every[1].answered_by == "Sam" and every[2].fell
        assert [c.recorded_at for c in every] == [TODAY - timedelta(days=d) for d in (14, 7, 0)]
        week = store.function_checkins(TODAY.date() - timedelta(days=7), TODAY.date() - timedelta(days=1))
        assert [c.answers for c in week] == [{"hands": "some"}]
        assert store.latest_function(2) == every[1:]
        assert store.latest_function(1, TODAY.date() - timedelta(days=1)) == [every[1]]


# -- the dialog -------------------------------------------------------------------------------------


def open_dialog(qtbot: QtBot, **given: object) -> FunctionCheckInDialog:
    dialog = FunctionCheckInDialog(lambda: TODAY, **given)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_nothing_is_chosen_until_the_person_chooses(qtbot: QtBot, qapp: QApplication) -> None:
    style.apply(qapp)
    dialog = open_dialog(qtbot)
    buttons = [b for row in dialog.choices.values() for b in row.values()]
    assert len(buttons) == 4 + 4 + 3 + 4
    assert not any(b.isChecked() for b in buttons) and dialog.answers == {}
    assert all(TICK not in b.text() for b in buttons)
    for b in buttons:
        assert b.height() >= style.MIN_TARGET and b.width() >= style.MIN_TARGET
    assert dialog.choices["walking"]["a-lot"].accessibleName() == "Walking and balance: A lot of trouble"
    assert dialog.choices["falls"]["fell"].words == "I fell"  # as the person says it; kept as "Fell"
    assert not dialog.stop_offering.isVisible()  # only when offered after a session
    dialog.save_button.click()  # saving with nothing answered keeps nothing
    assert dialog.result_checkin is not None and dialog.result_checkin.answers == {}


def test_the_fall_advice_scrolls_into_sight_whole_at_double_text(qtbot: QtBot, qapp: QApplication) -> None:
    style.apply(qapp, text_percent=200)
    try:
        dialog = open_dialog(qtbot, cause="chemotherapy")
        dialog.resize(700, 520)  # a short window: the questions scroll
        qapp.processEvents()
        dialog.choices["falls"]["fell"].click()
        words = dialog.fall_words
        view = dialog.questions_area.viewport()

        def in_view() -> bool:  # whole, or as much as the view holds from its start
            seen = unclipped(words)
            return seen.top() == 0 and seen.height() >= min(words.height(), view.height() - 16)

        qtbot.waitUntil(in_view)  # scrolled to, once laid out
        assert words.isVisible()
    finally:
        style.apply(qapp)


def test_answered_by_keyboard_with_the_tick_on_the_chosen(qtbot: QtBot, qapp: QApplication) -> None:
    style.apply(qapp)
    dialog = open_dialog(qtbot, cause="chemotherapy", numbers={"helpline": "0800 1"}, offered=True)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.choices["hands"]["none"].hasFocus())
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Right)  # the arrows move along, and choose
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
    assert dialog.choices["hands"]["some"].isChecked()
    assert dialog.choices["hands"]["some"].text().startswith(TICK)
    falls = dialog.choices["falls"]["fell"]
    falls.setFocus()
    qtbot.keyClick(falls, Qt.Key.Key_Space)
    assert falls.isChecked() and not dialog.fall_words.isHidden()
    assert "Call your cancer team's helpline now (0800 1)." in dialog.fall_words.text()
    assert "helpline now" in falls.accessibleDescription()
    nearly = dialog.choices["falls"]["nearly"]
    nearly.setFocus()
    qtbot.keyClick(nearly, Qt.Key.Key_Space)
    assert "now" not in dialog.fall_words.text() and "next appointment" in dialog.fall_words.text()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Enter saves, never puts off
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_checkin == FunctionCheckIn(TODAY, {"hands": "some", "falls": "nearly"})


def test_not_this_week_keeps_nothing(qtbot: QtBot, qapp: QApplication) -> None:
    dialog = open_dialog(qtbot, caregiver=True)
    assert dialog.choices["falls"]["fell"].words == "They fell"
    dialog.choices["sleep"]["some"].setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.result_checkin is None


# -- offered after a session, at most once a week -------------------------------------------------


def finish_session(qtbot: QtBot, window: MainWindow, clock: FakeClock, answer: bool = True) -> None:
    """A hand routine run through, its check-in after answered (or skipped)."""
    window.start_routine("hand-relief")
    prompts = window.prompts
    qtbot.waitUntil(lambda: isinstance(prompts.dialog, CheckInDialog) and prompts.dialog.isVisible())
    assert isinstance(prompts.dialog, CheckInDialog)
    prompts.dialog.reject()  # no scores before
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.player_page)
    driver = window.player_page.driver
    assert driver is not None
    while (wait := driver.engine.seconds_to_next_change()) is not None:
        clock.advance(wait)
        driver.wake()
    qtbot.waitUntil(lambda: isinstance(prompts.dialog, CheckInDialog) and prompts.dialog.moment == "after")
    after = prompts.dialog
    assert isinstance(after, CheckInDialog)
    if answer:
        after.scales[("right hand", "pain")].set_value(2)
        after.save_button.click()
    else:
        after.skip_button.click()
    assert window.runner is not None
    qtbot.waitUntil(lambda: window.runner is not None and window.runner.stage is Stage.DONE)
    settled: list[object] = []  # the history's lane runs in order: the offer's question is answered too
    assert window.history is not None
    window.history.bridge.ask(lambda store: None, settled.append)
    qtbot.waitUntil(lambda: bool(settled))


def offered(window: MainWindow) -> FunctionCheckInDialog | None:
    assert window.history is not None
    dialog = window.history.function.dialog
    return dialog if isinstance(dialog, FunctionCheckInDialog) else None


def test_offered_after_a_session_once_a_week_and_skippable(
    open_window: WindowOpener, qtbot: QtBot, clock: FakeClock, data_dir: Path
) -> None:
    window = open_window(settings={"safety_check": False}, history=True)
    finish_session(qtbot, window, clock)
    dialog = offered(window)
    assert dialog is not None and dialog.isVisible() and dialog.stop_offering.isVisible()
    dialog.skip_button.click()  # not this week
    assert offered(window) is None
    clock.advance(3 * 86400)
    finish_session(qtbot, window, clock, answer=False)
    assert offered(window) is None  # put off this week: not asked again
    clock.advance(4 * 86400)  # a week after it was put off
    finish_session(qtbot, window, clock)
    dialog = offered(window)
    assert dialog is not None
    dialog.choices["walking"]["some"].setChecked(True)
    answered_at = clock.now()
    dialog.save_button.click()
    clock.advance(2 * 86400)
    finish_session(qtbot, window, clock)  # the answers are saved before the offer is looked at
    assert offered(window) is None  # answered this week
    assert window.history is not None
    saved = window.history.bridge.ask(lambda store: store.function_checkins()).result()
    assert [(c.recorded_at, c.answers) for c in saved] == [(answered_at, {"walking": "some"})]
    window.close()


def test_not_offered_again_once_the_person_says_so(
    open_window: WindowOpener, qtbot: QtBot, clock: FakeClock
) -> None:
    window = open_window(settings={"safety_check": False}, history=True)
    finish_session(qtbot, window, clock)
    dialog = offered(window)
    assert dialog is not None
    dialog.stop_offering.setChecked(True)
    dialog.skip_button.click()
    assert not window.settings.flag("function_offer")
    clock.advance(30 * 86400)
    finish_session(qtbot, window, clock)
    assert offered(window) is None
    window.close()


# -- the History page -------------------------------------------------------------------------------


def test_the_history_page_shows_the_latest_answers_and_asks_again(
    open_window: WindowOpener, qtbot: QtBot, qapp: QApplication, data_dir: Path
) -> None:
    with HistoryStore(data_dir) as store:
        store.save_function(checkin(9, hands="none", walking="some", falls="none"))
        store.save_function(checkin(2, hands="none", walking="a-lot", falls="fell"))
    window = open_window(settings={"safety_check": False}, history=True)
    window.show_history()
    assert window.history is not None
    page = window.history.page
    qtbot.waitUntil(lambda: page.view is not None, timeout=5000)
    shown = page.function_view.answers.text().splitlines()
    day = (TODAY - timedelta(days=2)).date()
    assert shown == [
        f"Last answered on {day.day} {day.strftime('%B %Y')}:",
        "Buttons and small things: No trouble",
        "Walking and balance: A lot of trouble, worse than last time (Some trouble)",
        "Falls: Fell, worse than last time (No)",
    ]
    try:  # the answers read whole at double text too
        style.apply(qapp, text_percent=200)
        qapp.processEvents()
        assert layout_problems(page) == []
    finally:
        style.apply(qapp, text_percent=100)
    page.function_view.ask_button.click()
    dialog = offered(window)
    assert dialog is not None and not dialog.stop_offering.isVisible()
    dialog.choices["sleep"]["none"].setChecked(True)
    dialog.save_button.click()
    today = date(TODAY.year, TODAY.month, TODAY.day)
    qtbot.waitUntil(lambda: "Sleep: Not at all" in page.function_view.answers.text(), timeout=5000)
    assert f"{today.day} {today.strftime('%B %Y')}" in page.function_view.answers.text()
    window.close()


def test_the_questions_close_with_the_history(
    open_window: WindowOpener, qtbot: QtBot, data_dir: Path
) -> None:
    window = open_window(settings={"safety_check": False}, history=True)
    window.show_history()
    history = window.history
    assert history is not None
    history.page.function_view.ask_button.click()
    dialog = offered(window)
    assert dialog is not None and dialog.isVisible()
    dialog.choices["falls"]["fell"].setChecked(True)
    history.close()  # as on switching to another person, or quitting
    assert history.function.dialog is None and not dialog.isVisible()
    qtbot.waitUntil(lambda: history.bridge.closed is not None and history.bridge.closed.done())
    with HistoryStore(data_dir, read_only=True) as store:
        assert store.latest_function(1) == []  # nothing kept for the person who was not asked
    window.close()
