"""The whole app by keyboard alone: every key goes to whatever has the focus, the way a person
without a mouse works, from the library through the safety questions, the check-ins, a session,
the history and the settings, to a reminder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from neuroguide.core.clock import FakeClock
from neuroguide.core.settings import Settings
from neuroguide.store.history import HistoryStore
from neuroguide.system.datadir import load_routine_library
from neuroguide.ui.dialogs.reminder import ReminderWindow
from neuroguide.ui.main_window import MainWindow
from tests.conftest import WindowOpener


def focused() -> QWidget:
    """The widget keys go to. A window manager gives the activation to a dialog as it opens, and back
    to the window beneath when it closes; the offscreen platform does not always, so that is done
    here, and no more."""
    modal, active = QApplication.activeModalWidget(), QApplication.activeWindow()
    window = modal if modal is not None and active is not modal else None
    if window is None and active is None:
        shown = [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]
        window = shown[-1] if shown else None
    if window is not None:
        window.activateWindow()
        QApplication.processEvents()
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing in the window has the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key)


def dialog_open(holder: object) -> QDialog | None:
    """The dialog ``holder`` opened last, if it is still open (closed ones are deleted)."""
    dialog = getattr(holder, "dialog", None)
    if isinstance(dialog, QDialog) and shiboken6.isValid(dialog) and dialog.isVisible():
        return dialog
    return None


def named(name: str) -> Callable[[QWidget], bool]:
    return lambda widget: widget.accessibleName() == name


def tab_to(qtbot: QtBot, wanted: Callable[[QWidget], bool], what: str, limit: int = 200) -> QWidget:
    """Press Tab until the focus is on what is wanted: proof that Tab reaches it."""
    visited = []
    for _ in range(limit):
        widget = focused()
        if wanted(widget) and widget.isVisible():
            return widget
        visited.append(widget.accessibleName() or type(widget).__name__)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {what}; it went through {visited[:40]}")


# the file dialog's name completer asks for the keyboard, which the offscreen platform cannot give
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_a_whole_day_by_keyboard_alone(
    qtbot: QtBot, data_dir: Path, clock: FakeClock, open_window: WindowOpener
) -> None:
    window = open_window(settings={"welcomed": True}, history=True, active=True)
    settings = window.settings

    # The library: the first routine has the focus; Enter starts it.
    first = window.library_page.cards[0]
    assert focused() is first
    routine = first.routine  # one with a skin check, whose question comes after its step
    asks_at = next(index for index, step in enumerate(routine.plan()) if step.step.asks)
    press(qtbot, Qt.Key.Key_Return)
    # The safety questions: nothing answered to begin with; the focus is on the first question's
    # first answer. Enter chooses it, Down goes to the next question; once all are answered, Enter
    # continues.
    qtbot.waitUntil(lambda: window.prompts.screening is not None and window.prompts.screening.isVisible())
    dialog = window.prompts.screening
    assert not dialog.continue_button.isEnabled()
    assert focused() is dialog.rows[0].buttons[0]
    for row in dialog.asked_rows():
        assert row.buttons[0].hasFocus() and row.answer() is None
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda row=row: row.answer() is not None)  # type: ignore[misc]
        press(qtbot, Qt.Key.Key_Down)
    assert dialog.continue_button.isEnabled()
    press(qtbot, Qt.Key.Key_Return)
    # The scores before: digits set the scale that has the focus.
    history, prompts = window.history, window.prompts
    assert history is not None
    qtbot.waitUntil(lambda: dialog_open(prompts) is not None)
    assert focused().accessibleName() == "Pain, right foot"
    press(qtbot, Qt.Key.Key_6)
    tab_to(qtbot, named("Save and start"), "Save and start")
    press(qtbot, Qt.Key.Key_Return)

    # The session: Space pauses and resumes, the right arrow moves on, Escape asks before stopping.
    player = window.player_page
    qtbot.waitUntil(lambda: window.pages.currentWidget() is player)
    driver = player.driver
    assert driver is not None
    clock.advance(6)
    driver.wake()
    press(qtbot, Qt.Key.Key_Space)
    assert driver.progress().paused
    press(qtbot, Qt.Key.Key_Space)
    assert not driver.progress().paused
    for _ in range(asks_at):
        press(qtbot, Qt.Key.Key_Right)  # the steps before the skin check
    press(qtbot, Qt.Key.Key_Right)  # the skin check is done: its question, then the next step
    assert player.found_question.hasFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is player.found_buttons["nothing"]
    press(qtbot, Qt.Key.Key_Space)  # Space presses the answer that has the focus, as anywhere
    qtbot.waitUntil(lambda: not player.found_bar.isVisible())
    assert driver.progress().step is not None and driver.progress().step.number == asks_at + 2
    tab_to(qtbot, lambda widget: widget is player.stop_button, "Stop")
    press(qtbot, Qt.Key.Key_Space)  # the focused Stop, not a pause
    assert player.confirm_bar.isVisible()
    press(qtbot, Qt.Key.Key_Escape)  # keep going ...
    assert not player.confirm_bar.isVisible() and not driver.progress().paused
    press(qtbot, Qt.Key.Key_Escape)  # ... and Escape asks again
    assert player.confirm_bar.isVisible()
    tab_to(qtbot, named("Stop now"), "Stop now")
    press(qtbot, Qt.Key.Key_Return)
    # The scores after, and who did it; then save.
    before = prompts.dialog
    qtbot.waitUntil(lambda: dialog_open(prompts) not in (None, before))
    after = dialog_open(prompts)
    assert after is not None
    assert focused().accessibleName() == "Pain, right foot"
    press(qtbot, Qt.Key.Key_3)
    tab_to(qtbot, named("Save"), "Save")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog_open(prompts) is None)
    # The first week's questions about daily life, nothing chosen: the arrows move, Space chooses,
    # Enter saves.
    qtbot.waitUntil(lambda: dialog_open(history.function) is not None)
    asked = dialog_open(history.function)
    assert focused().accessibleName() == "Buttons and small things: No trouble"
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Space)
    assert getattr(asked, "answers", None) == {"hands": "some"}
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog_open(history.function) is None)
    tab_to(qtbot, named("Back to routines"), "Back to routines")
    press(qtbot, Qt.Key.Key_Return)  # a button pressed by Enter shows itself pressed for a moment
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.library_page)

    # The history: the session is there, a year's view by the arrow keys, a session's details by Enter.
    tab_to(qtbot, named("History: your sessions and reports"), "the History button")
    press(qtbot, Qt.Key.Key_Return)
    page = history.page
    qtbot.waitUntil(lambda: page.view is not None and page.view.total == 1)
    tab_to(qtbot, lambda widget: widget.accessibleName().startswith("Show "), "the periods")
    for _ in range(3):  # the arrow keys go from option to option, as radio buttons do
        if page.period != "1y":
            press(qtbot, Qt.Key.Key_Right)
    assert page.period == "1y" and focused().accessibleName() == "Show A year"
    qtbot.waitUntil(lambda: page.view is not None and (clock.now().date() - page.view.since).days > 300)
    tab_to(qtbot, named("Sessions"), "the table of sessions")
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog_open(history) is not None)
    details = dialog_open(history)
    assert details is not None
    assert routine.title in details.findChild(QTextBrowser).toPlainText()
    press(qtbot, Qt.Key.Key_Escape)
    assert dialog_open(history) is None
    # Export: the file dialog takes a typed name and Enter.
    out = data_dir.parent / "by-keyboard.csv"
    tab_to(qtbot, named("Export CSV…"), "Export CSV")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None or dialog_open(history) is not None)
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), str(out))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(out.exists)
    assert out.read_text(encoding="utf-8").count("\n") == 2  # the header and the one session
    tab_to(qtbot, named("Back to the routines"), "Back to the routines")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.library_page)

    # The settings: a larger text size by the arrow keys, then Close.
    tab_to(qtbot, named("Settings"), "the Settings button")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    tab_to(qtbot, named("Text size"), "the text size")
    press(qtbot, Qt.Key.Key_Down)
    assert settings.whole("text_size") == 125
    press(qtbot, Qt.Key.Key_Up)
    assert settings.whole("text_size") == 100
    tab_to(qtbot, named("Close"), "Close")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)

    with HistoryStore(data_dir) as store:
        [record] = store.sessions()
    assert record.status == "stopped" and record.before is not None and record.after is not None
    assert record.before.average("pain") is not None and record.after.average("pain") is not None


def test_a_reminder_by_keyboard(qtbot: QtBot) -> None:
    reminder = ReminderWindow()
    qtbot.addWidget(reminder)
    reminder.show_reminder("Time for your morning foot care", "Or snooze it, or skip today.")
    qtbot.waitUntil(reminder.isActiveWindow)
    started: list[bool] = []
    reminder.start_button.clicked.connect(lambda: started.append(True))
    assert focused() is reminder.start_button
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: started == [True])
    skipped: list[bool] = []
    reminder.skip_button.clicked.connect(lambda: skipped.append(True))
    tab_to(qtbot, named("Skip today"), "Skip today")
    press(qtbot, Qt.Key.Key_Space)
    assert skipped == [True]


def test_the_welcome_by_keyboard(qtbot: QtBot, data_dir: Path, clock: FakeClock) -> None:
    settings = Settings(None)
    window = MainWindow()
    qtbot.addWidget(window)
    window.populate(load_routine_library(data_dir), settings, clock, welcome=True)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    welcome = window.welcome
    assert welcome is not None
    assert focused() is welcome.next_button  # Enter goes on at once
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: welcome.steps.currentIndex() == 1)
    assert focused().accessibleName() == "Diabetes"  # the first question's first answer
    tab_to(qtbot, named("Back"), "Back")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: welcome.steps.currentIndex() == 0)
    tab_to(qtbot, named("Next"), "Next")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: welcome.steps.currentIndex() == 1)
    tab_to(qtbot, lambda widget: widget.accessibleName() in ("Diabetes", "Chemotherapy"), "the causes")
    while focused().accessibleName() != "Chemotherapy":
        press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, named("Left foot"), "the places")
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, named("Done"), "Done")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.library_page)
    qtbot.waitUntil(lambda: focused() is window.library_page.cards[0])  # on to the routines
    assert settings.text("profile_cause") == "chemotherapy"
    assert settings.listed("profile_places") == ("left foot",)
    assert settings.flag("welcomed")
