"""Nothing essential off-screen: on laptop-sized screens, at ordinary and at double text, the player's
Pause, Next, Something's wrong and Stop, the step's whole instruction, and the primary buttons of the
check-in, the safety questions and Settings all lie inside the screen and are not cut off.

Each case runs in a program of its own (this file, run as a script), since a screen's size is fixed
when Qt starts: on the offscreen platform at a set screen size, and once on a real X display (Xvfb)
with a window manager (openbox), whose frame and placing are real. Pictures of each case are kept in
pytest's own folder (see the ``screens`` fixture), to be looked at.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.virtual_display import CHECKOUT, checkout_first, quiet, start_xvfb

if TYPE_CHECKING:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication, QWidget
    from pytestqt.qtbot import QtBot

    from neuroguide.core.settings import Settings
    from neuroguide.ui.main_window import MainWindow
    from neuroguide.ui.pages.player import PlayerPage

CASES = [(1280, 720, 100), (1280, 720, 200), (1024, 768, 100), (1024, 768, 200)]
WAIT_S = 60  # one case, from Qt's start to its last picture


def _probe(env: dict[str, str], out: Path, percent: int) -> list[str]:
    """The problems the probe found, one a line; fails when it did not run to its end."""
    command = [sys.executable, __file__, str(out), str(percent)]
    done = subprocess.run(command, env=env, cwd=CHECKOUT, capture_output=True, text=True, timeout=WAIT_S)
    lines = done.stdout.splitlines()
    assert done.returncode == 0 and lines[-1:] == ["done"], done.stdout + done.stderr
    return lines[:-1]


@pytest.mark.parametrize(("width", "height", "percent"), CASES)
def test_the_controls_that_matter_are_on_screen(
    tmp_path: Path, screens: Path, width: int, height: int, percent: int
) -> None:
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96}
    config.write_text(json.dumps({"screens": [screen]}))
    out = screens / f"fit-{width}x{height}-{percent}"
    out.mkdir(exist_ok=True)
    env = {key: value for key, value in os.environ.items() if not key.startswith("QT_")}
    env |= checkout_first() | {"QT_QPA_PLATFORM": f"offscreen:configfile={config}", "HOME": str(tmp_path)}
    assert _probe(env, out, percent) == []


@pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("openbox")), reason="needs Xvfb and openbox")
@pytest.mark.parametrize("percent", [100, 200])
def test_on_a_real_display_with_a_window_manager(tmp_path: Path, screens: Path, percent: int) -> None:
    from tests.atspi_reader import end_session

    started: list[subprocess.Popen[bytes]] = []

    def spawn(command: list[str], **options: Any) -> subprocess.Popen[bytes]:
        process = quiet(command, start_new_session=True, **options)  # each its own session, to end it all
        started.append(process)
        return process

    try:
        display = start_xvfb(spawn, "1280x720x24", time.monotonic() + 20)
        env = {key: value for key, value in os.environ.items() if not key.startswith(("QT_", "DBUS_"))}
        env |= checkout_first() | {"DISPLAY": display, "HOME": str(tmp_path)}
        spawn(["openbox", "--sm-disable"], env=env)
        out = screens / f"fit-xcb-1280x720-{percent}"
        out.mkdir(exist_ok=True)
        assert _probe(env | {"QT_QPA_PLATFORM": "xcb"}, out, percent) == []
    finally:
        for process in reversed(started):
            end_session(process)


def test_a_window_opens_at_its_last_size_and_never_larger_than_the_screen(
    qtbot: QtBot, data_dir: Path
) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QDialog

    from neuroguide.core.settings import Settings
    from neuroguide.system.datadir import settings_path
    from neuroguide.ui.kit import window_size

    settings = Settings.load(settings_path(data_dir))
    window_size.remember_sizes_in(settings)
    first = QDialog()
    qtbot.addWidget(first)
    window_size.fit_to_screen(first, 500, 400, "sized")
    assert first.size() == QSize(500, 400)
    # kept when a person resized it (the real window manager's resize is in the probe below)
    settings.set("window_sizes", {"sized": [450, 350]})
    again = QDialog()
    qtbot.addWidget(again)
    window_size.fit_to_screen(again, 500, 400, "sized")
    assert again.size() == QSize(450, 350)
    huge = QDialog()
    qtbot.addWidget(huge)
    window_size.fit_to_screen(huge, 10_000, 10_000)
    room = huge.screen().availableGeometry()
    assert huge.width() < room.width() and huge.height() < room.height()
    huge.show()
    qtbot.waitExposed(huge)
    assert room.contains(huge.frameGeometry())


def test_a_new_text_size_rearranges_the_step_at_once(window: MainWindow, qapp: QApplication) -> None:
    from neuroguide.ui.kit import style

    window.resize(1240, 640)  # a laptop's window
    window.start_routine("foot-care")
    player = window.player_page

    def side_by_side() -> bool | None:
        qapp.processEvents()
        return player.step_view.side_by_side

    assert side_by_side()
    try:
        style.apply(qapp, text_percent=200)
        assert not side_by_side()  # the words across, the picture below
        label = player.instruction
        assert label.height() >= label.heightForWidth(label.width())
        assert _unclipped(label) == label.rect()
    finally:
        style.apply(qapp, text_percent=100)
    assert side_by_side()


# -- the probe: run as a program, in the screen's own Qt --------------------------------------------


def _main(out: Path, percent: int) -> None:
    from PySide6.QtWidgets import QApplication

    from neuroguide.app.history_bridge import HistoryBridge
    from neuroguide.core.clock import FakeClock
    from neuroguide.core.settings import Settings
    from neuroguide.system.datadir import load_routine_library, settings_path
    from neuroguide.ui.kit import style
    from neuroguide.ui.main_window import MainWindow

    app = QApplication([])
    style.apply(app, text_percent=percent)
    data = out / "data"
    shutil.rmtree(data, ignore_errors=True)
    data.mkdir()
    settings = Settings.load(settings_path(data))
    settings.set("safety_check", False)  # the safety questions are opened on their own below
    window = MainWindow()
    # with a history, for the check-in before the session
    window.populate(load_routine_library(data), settings, FakeClock(), history=lambda: HistoryBridge(data))
    window.show()
    probe = Probe(app, out)
    probe.settle(window)
    probe.shot("library")
    probe.window_fits(window, "the main window")
    _dialogs(probe, window, settings)
    _session(probe, window)
    if probe.real:
        probe.resized_by_hand(window, settings)
    window.shut_down()  # the session and the history's thread, as Quit does
    print("done", flush=True)


def _dialogs(probe: Probe, window: MainWindow, settings: Settings) -> None:
    from neuroguide.ui.dialogs.screening import ScreeningDialog
    from neuroguide.ui.dialogs.settings import SettingsDialog

    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    probe.settle(dialog)
    probe.shot("settings")
    probe.window_fits(dialog, "Settings")
    probe.reachable(_button(dialog, "Close"), "Settings' Close")
    dialog.reject()
    routine = window.library.get("foot-care")
    assert routine is not None
    screening = ScreeningDialog(routine, {}, settings, parent=window)
    screening.open()
    probe.settle(screening)
    probe.shot("safety")
    probe.window_fits(screening, "the safety questions")
    probe.reachable(screening.continue_button, "the safety questions' Continue")
    probe.reachable(_button(screening, "Not now"), "the safety questions' Not now")
    screening.reject()
    screening.deleteLater()


def _session(probe: Probe, window: MainWindow) -> None:
    from neuroguide.ui.dialogs.checkin import CheckInDialog

    window.start_routine("foot-care")
    checkin = window.findChild(CheckInDialog)
    assert checkin is not None
    probe.settle(checkin)
    probe.shot("checkin")
    probe.window_fits(checkin, "the check-in")
    probe.reachable(checkin.save_button, "the check-in's Save and start")
    probe.reachable(checkin.skip_button, "the check-in's Skip")
    checkin.skip_button.click()
    player = window.player_page
    driver = player.driver
    assert driver is not None
    probe.settle(window)
    for turn in range(2 * len(driver.engine.steps)):  # each step, and each question after one
        if player.session_over:
            break
        if turn == 1:  # on to the question at the end of the skin check
            driver.do(driver.engine.next)
        probe.app.processEvents()
        step = driver.progress().step
        asking = player.found_bar.isVisible()
        name = f"step-{step.number if step else 0}" + ("-question" if asking else "")
        probe.shot(name)
        probe.player_fits(player, name)
        if asking:
            player.found_buttons["nothing"].click()
        else:
            driver.do(driver.engine.next)


def _button(root: QWidget, text: str) -> QWidget:
    from PySide6.QtWidgets import QPushButton

    found = [button for button in root.findChildren(QPushButton) if button.text() == text]
    assert found, f"no {text} button"
    return found[0]


class Probe:
    """Checks what a person could reach, and keeps pictures of the screen."""

    def __init__(self, app: QApplication, out: Path) -> None:
        self.app = app
        self.out = out
        self.real = app.platformName() == "xcb"

    def settle(self, window: QWidget) -> None:
        """Waits (on a real display) until the window manager has framed and placed ``window``."""
        deadline = time.monotonic() + 10
        handle = window.windowHandle()
        framed: Callable[[], bool] = lambda: (  # noqa: E731
            handle is not None and handle.isExposed() and window.frameGeometry() != window.geometry()
        )
        while self.real and not framed() and time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.02)  # a real window manager: nothing to fake, only its answer to wait for
        for _ in range(3):
            self.app.processEvents()
        if self.real:  # its last placing and the repaint after it
            end = time.monotonic() + 0.3
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
            self.say(f"the main window resized to {wanted} was kept as {kept}")

    def say(self, problem: str) -> None:
        print(problem, flush=True)

    def window_fits(self, window: QWidget, what: str) -> None:
        room = window.screen().availableGeometry()
        frame = window.frameGeometry()
        if not room.contains(frame):
            self.say(f"{what}: its frame {_box(frame)} runs off the screen's {_box(room)}")

    def reachable(self, widget: QWidget, what: str) -> None:
        """Shown, wholly inside the screen, and not cut off by the boxes it sits in."""
        from PySide6.QtCore import QPoint, QRect

        if not widget.isVisible():
            self.say(f"{what} is not shown")
            return
        room = widget.screen().availableGeometry()
        box = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
        if not room.contains(box):
            self.say(f"{what} at {_box(box)} is outside the screen's {_box(room)}")
        seen = _unclipped(widget)
        if seen != widget.rect():
            self.say(f"{what} is cut off: {_box(seen)} of {_box(widget.rect())} shows")

    def player_fits(self, player: PlayerPage, step: str) -> None:
        for button in (player.pause_button, player.next_button, player.wrong_button, player.stop_button):
            self.reachable(button, f"{step}: {button.text()}")
        label = player.instruction
        needed = label.heightForWidth(label.width())
        if needed > label.height() or _unclipped(label) != label.rect():
            self.say(f"{step}: the instruction needs scrolling ({needed} px, {label.height()} shown)")

    def shot(self, name: str) -> None:
        """The whole screen as a person sees it: the real one on X, the windows drawn in place offscreen."""
        from PySide6.QtGui import QGuiApplication, QPainter, QPixmap
        from PySide6.QtWidgets import QApplication

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
                QApplication.topLevelWidgets(), key=lambda top: top.parentWidget() is not None
            ):
                if window.isVisible():
                    painter.drawPixmap(window.geometry().topLeft(), window.grab())
            painter.end()
        assert picture.save(str(self.out / f"{name}.png"))


def _unclipped(widget: QWidget) -> QRect:
    """The part of ``widget`` its parents leave in sight, in its own coordinates."""
    from PySide6.QtCore import QPoint

    seen = widget.rect()
    child, offset = widget, QPoint(0, 0)
    while not child.isWindow():
        offset += child.pos()
        parent = child.parentWidget()
        assert parent is not None
        seen = seen.intersected(parent.rect().translated(-offset))
        child = parent
    return seen


def _box(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()}+{rect.x()}+{rect.y()}"


if __name__ == "__main__":
    _main(Path(sys.argv[1]), int(sys.argv[2]))
