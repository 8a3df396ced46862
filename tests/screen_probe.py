"""The program tests/test_fits_the_screen.py runs once for each screen: every page, dialog and the
reminder window, and each step of a session, in every theme at 100, 150 and 200 % text, checked for
what a person could not reach or read. It prints one problem a line, then "done".

    python -m tests.screen_probe <folder for pictures> [theme:percent ...]

Without cases, every theme at every percent.

A screen's size is fixed when Qt starts, so each screen is a program of its own: on the offscreen
platform at a set size, or on a real X display with a window manager, whose frames and placing are real.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QWidget,
)

from tests.layout_check import SLACK, inside_qt_part, layout_problems

if TYPE_CHECKING:
    from neuroguide.core.clock import FakeClock
    from neuroguide.core.settings import Settings
    from neuroguide.ui.main_window import MainWindow
    from neuroguide.ui.pages.player import PlayerPage

PERCENTS = (100, 150, 200)
CONTROLS = (
    QAbstractButton,
    QComboBox,
    QAbstractSpinBox,
    QLineEdit,
    QAbstractSlider,
    QTabBar,
    QAbstractItemView,
)


def main(out: Path, cases: list[tuple[str, int]]) -> None:
    from neuroguide.core.clock import FakeClock
    from neuroguide.ui.kit import style

    app = QApplication([])
    probe = Probe(app, out)
    for theme, percent in cases or [(theme, percent) for theme in style.THEMES for percent in PERCENTS]:
        style.apply(app, style.THEMES[theme], percent)
        probe.case = f"{theme}-{percent}"
        data = out / "data" / probe.case
        shutil.rmtree(data, ignore_errors=True)
        data.mkdir(parents=True)
        clock = FakeClock()
        probe.views(data, clock)
        probe.session(data, clock)
    print("done", flush=True)


class Probe:
    """Checks what a person could reach and read, and keeps pictures of the screen."""

    def __init__(self, app: QApplication, out: Path) -> None:
        self.app = app
        self.out = out
        self.real = app.platformName() == "xcb"
        self.case = ""
        self._kept: list[QWidget] = []

    # -- what is walked ----------------------------------------------------------------------------

    def views(self, data: Path, clock: FakeClock) -> None:
        """Every page and dialog, as tests/a11y_walk.py opens them, at the size the app chooses."""
        from tests.a11y_walk import every_view

        for name, view in every_view(data, clock, self._kept.append, size=None):
            self.settle(view)
            self.shot(name)
            self.check(view, name)
        self._close_kept()

    def session(self, data: Path, clock: FakeClock, routine_id: str = "foot-care") -> None:
        """Each step of a routine (the foot care unless told), and the question after each check, from
        the library."""
        from neuroguide.app.history_bridge import HistoryBridge
        from neuroguide.core.settings import Settings
        from neuroguide.system.datadir import load_routine_library, settings_path
        from neuroguide.ui.main_window import MainWindow

        settings = Settings.load(settings_path(data))
        for key, value in (("safety_check", False), ("ask_before_session", False), ("welcomed", True)):
            settings.set(key, value)
        window = MainWindow()
        window.populate(load_routine_library(data), settings, clock, history=lambda: HistoryBridge(data))
        window.show()
        self.settle(window)
        window.start_routine(routine_id)
        self._steps(window)
        if self.real and self.case.startswith("light-100"):
            self.resized_by_hand(window, settings)
        self._kept.append(window)
        self._close_kept()

    def _steps(self, window: MainWindow) -> None:
        player = window.player_page
        driver = player.driver
        assert driver is not None
        for turn in range(2 * len(driver.engine.steps)):  # each step, and each question after one
            if player.session_over:
                break
            if turn == 1:  # on to the question at the end of the skin check
                driver.do(driver.engine.next)
            self.app.processEvents()
            step = driver.progress().step
            asking = player.found_bar.isVisible()
            name = f"step-{step.number if step else 0}" + ("-question" if asking else "")
            self.shot(name)
            self.check(window, name)
            if asking:
                player.found_buttons["nothing"].click()
            else:
                driver.do(driver.engine.next)
        self._after(window)

    def _after(self, window: MainWindow) -> None:
        """The check-in the session ends with, then the end page."""
        from neuroguide.ui.dialogs.checkin import CheckInDialog

        checkin = window.findChild(CheckInDialog)
        if checkin is None or not checkin.isVisible():
            self.say("the session's end", "no check-in after the session")
            return
        self.settle(checkin)
        self.shot("session-check-in-after")
        self.check(checkin, "the check-in after the session")
        checkin.skip_button.click()
        self.app.processEvents()
        self.shot("session-end")
        self.check(window, "the session's end")

    def _close_kept(self) -> None:
        from PySide6.QtCore import QEvent
        from shiboken6 import isValid

        for widget in self._kept:
            if isValid(widget):  # a dialog that deletes itself on closing is gone already
                shut_down = getattr(widget, "shut_down", None)
                if shut_down is not None:
                    shut_down()  # the main window's session and history thread, as Quit does
                widget.close()
                widget.deleteLater()
        self._kept.clear()
        self.app.processEvents()
        self.app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # no event loop runs to do it
        for window in self.app.topLevelWidgets():
            if window.isVisible():
                self.say("after", f"{type(window).__name__} {window.windowTitle()!r} was left open")

    # -- the checks --------------------------------------------------------------------------------

    def say(self, where: str, problem: str) -> None:
        print(f"{self.case} {where}: {problem}", flush=True)

    def check(self, view: QWidget, name: str) -> None:
        """The window inside the screen, each control a person uses in reach, nothing cut or overlapping."""
        for problem in screen_problems(view.window()):
            self.say(name, problem)

    # -- a real display ----------------------------------------------------------------------------

    def settle(self, window: QWidget) -> None:
        """Waits (on a real display) until the window manager has framed and placed ``window``."""
        top = window.window()
        deadline = time.monotonic() + 10
        handle = top.windowHandle()
        framed: Callable[[], bool] = lambda: (  # noqa: E731
            handle is not None and handle.isExposed() and top.frameGeometry() != top.geometry()
        )
        while self.real and not framed() and time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.02)  # a real window manager: nothing to fake, only its answer to wait for
        for _ in range(3):
            self.app.processEvents()
        if self.real:  # its last placing and the repaint after it
            end = time.monotonic() + 0.2
            while time.monotonic() < end:
                self.app.processEvents()
                time.sleep(0.02)

    def resized_by_hand(self, window: QWidget, settings: Settings) -> None:
        """The window manager resizes the window, as a person dragging its corner would: its size is
        kept for the next time it opens."""
        wanted = [window.width() - 100, window.height() - 60]
        subprocess.run(["xdotool", "windowsize", str(int(window.winId())), *map(str, wanted)], check=True)
        deadline = time.monotonic() + 10
        while [window.width(), window.height()] != wanted and time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.02)  # the window manager's answer
        kept = settings.record("window_sizes").get("main")
        if kept != wanted:
            self.say("resized", f"the main window resized to {wanted} was kept as {kept}")

    def shot(self, name: str) -> None:
        """The whole screen as a person sees it: the real one on X, the windows drawn in place offscreen."""
        from PySide6.QtGui import QGuiApplication, QPainter, QPixmap

        self.app.processEvents()
        screen = QGuiApplication.primaryScreen()
        if self.real:
            picture = screen.grabWindow(0)
        else:
            picture = QPixmap(screen.size())
            picture.fill()
            painter = QPainter(picture)
            # the main window first, the dialogs over it
            for window in sorted(
                QApplication.topLevelWidgets(), key=lambda top: not isinstance(top, QMainWindow)
            ):
                if window.isVisible():
                    painter.drawPixmap(window.geometry().topLeft(), window.grab())
            painter.end()
        assert picture.save(str(self.out / f"{self.case}-{name.replace(' ', '-')}.png"))


def screen_problems(window: QWidget) -> list[str]:
    """What a person could not reach or read in ``window``: its frame off the screen, a control out of
    reach, words cut or overlapping (tests/layout_check.py), a step's instruction or countdown that
    needs scrolling."""
    from neuroguide.ui.main_window import MainWindow

    found = []
    room = window.screen().availableGeometry()
    if not room.contains(window.frameGeometry()):
        found.append(f"the window's frame {_box(window.frameGeometry())} runs off {_box(room)}")
    for control in controls(window):
        problem = out_of_reach(control, room)
        if problem:
            found.append(f"{_describe(control)} {problem}")
    found += layout_problems(window)
    if isinstance(window, MainWindow) and window.pages.currentWidget() is window.player_page:
        found += step_problems(window.player_page)
    return found


def step_problems(player: PlayerPage) -> list[str]:
    """The step's instruction and countdown in sight whole, without scrolling."""
    found = []
    label = player.instruction
    needed = label.heightForWidth(label.width())
    if label.isVisible() and (needed > label.height() + SLACK or unclipped(label) != label.rect()):
        found.append(f"the instruction needs scrolling ({needed} px, {label.height()} shown)")
    countdown = player.step_view.countdown
    if countdown.isVisible() and unclipped(countdown) != countdown.rect():
        seen = unclipped(countdown)
        found.append(f"the countdown is cut or scrolled away: {_box(seen)} of {_box(countdown.rect())}")
    return found


def controls(window: QWidget) -> list[QWidget]:
    """The controls a person uses shown in ``window`` (not Qt's inner parts of a composite one)."""
    return [
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, CONTROLS)
        and not isinstance(widget, QScrollBar)
        and widget.isVisible()
        and widget.window() is window
        and not inside_qt_part(widget, window)
    ]


def out_of_reach(control: QWidget, room: QRect) -> str | None:
    """Why a person could not reach all of ``control``, or None. Inside a scroll area it may lie below
    or above what shows (it scrolls into view), but never out sideways or taller than the view."""
    area = _scroll_area(control)
    if area is not None:
        content = area.widget()
        assert content is not None
        place = QRect(control.mapTo(content, QPoint(0, 0)), control.size())
        view = area.viewport()
        if place.left() < 0 or place.right() >= view.width() + SLACK or place.height() > view.height():
            return f"at {_box(place)} does not fit the scrolled view's {view.width()}x{view.height()}"
        control = view  # the control's own part of the screen is the view's
    box = QRect(control.mapToGlobal(QPoint(0, 0)), control.size())
    if not room.contains(box):
        return f"at {_box(box)} is outside the screen's {_box(room)}"
    seen = unclipped(control)
    if seen != control.rect():
        return f"is cut off: {_box(seen)} of {_box(control.rect())} shows"
    return None


def _scroll_area(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            return parent
        parent = parent.parentWidget()
    return None


def unclipped(widget: QWidget) -> QRect:
    """The part of ``widget`` its parents leave in sight, in its own coordinates."""
    seen = widget.rect()
    child, offset = widget, QPoint(0, 0)
    while not child.isWindow():
        offset += child.pos()
        parent = child.parentWidget()
        assert parent is not None
        seen = seen.intersected(parent.rect().translated(-offset))
        child = parent
    return seen


def _describe(widget: QWidget) -> str:
    words = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    return f"{type(widget).__name__} {(words or widget.accessibleName())[:40]!r}"


def _box(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()}+{rect.x()}+{rect.y()}"


if __name__ == "__main__":
    main(Path(sys.argv[1]), [(case.split(":")[0], int(case.split(":")[1])) for case in sys.argv[2:]])
