"""Nothing essential off-screen: on the screens people's computers have, at 100, 150 and 200 % text and
in every theme, every page, dialog and the reminder window lies inside the screen, every control in it
can be reached whole, no words are cut or overlap, and each step's instruction reads without scrolling.

Each screen runs in a program of its own (tests/screen_probe.py), since a screen's size is fixed when Qt
starts: on the offscreen platform at a set screen size, and on a real X display (Xvfb) with a window
manager (openbox), whose frame and placing are real. Pictures of each case are kept in pytest's own
folder (see the ``screens`` fixture), to be looked at.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.screen_probe import unclipped
from tests.virtual_display import CHECKOUT, checkout_first, quiet, start_xvfb, wait_for_window_manager

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication
    from pytestqt.qtbot import QtBot

    from neuroguide.ui.main_window import MainWindow

SCREENS = [(1024, 768), (1280, 720), (1366, 768), (1920, 1080)]
XCB_CASES = ("light:100", "dark:150", "contrast:200")  # a real display is slower: each theme once
WAIT_S = 240  # one screen, from Qt's start to its last picture


class Probe:
    """One run of tests/screen_probe.py, started at once and read when asked."""

    def __init__(
        self, env: dict[str, str], out: Path, *cases: str, command: tuple[str, ...] = ("tests.screen_probe",)
    ) -> None:
        """``command``: the probe's module, and what it is given before the cases."""
        self.out = out
        module, *given = command
        command_line = [sys.executable, "-m", module, str(out), *given, *cases]
        self._output = (out / "probe.out").open("w+", encoding="utf-8")
        self._process = subprocess.Popen(
            command_line, env=env, cwd=CHECKOUT, stdout=self._output, stderr=subprocess.STDOUT, text=True
        )

    def problems(self) -> list[str]:
        """The problems found, one a line; fails when the probe did not run to its end."""
        try:
            code = self._process.wait(WAIT_S)
        finally:
            self.stop()
        text = (self.out / "probe.out").read_text(encoding="utf-8")
        lines = [line for line in text.splitlines() if not line.startswith("This plugin does not support")]
        assert code == 0 and lines[-1:] == ["done"], text
        (self.out / "problems.txt").write_text("".join(f"{line}\n" for line in lines[:-1]), encoding="utf-8")
        return lines[:-1]

    def stop(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
            self._process.wait()
        self._output.close()


def _on_screen(tmp: Path, screens: Path, width: int, height: int) -> Probe:
    config = tmp / f"screen-{width}x{height}.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96}
    config.write_text(json.dumps({"screens": [screen]}))
    out = screens / f"fit-{width}x{height}"
    out.mkdir(exist_ok=True)
    env = {key: value for key, value in os.environ.items() if not key.startswith("QT_")}
    env |= checkout_first() | {"QT_QPA_PLATFORM": f"offscreen:configfile={config}", "HOME": str(tmp)}
    return Probe(env, out)


@pytest.fixture(scope="module")
def probes(tmp_path_factory: pytest.TempPathFactory, screens: Path) -> Iterator[dict[str, Probe]]:
    """Every screen's probe, all started together: they share the machine's cores."""
    tmp = tmp_path_factory.mktemp("screens")
    started = {f"{width}x{height}": _on_screen(tmp, screens, width, height) for width, height in SCREENS}
    yield started
    for probe in started.values():
        probe.stop()


@pytest.mark.parametrize("screen", [f"{width}x{height}" for width, height in SCREENS])
def test_every_view_fits_the_screen_at_every_text_size_and_theme(
    probes: dict[str, Probe], screen: str
) -> None:
    assert probes[screen].problems() == []


@pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("openbox")), reason="needs Xvfb and openbox")
def test_on_a_real_display_with_a_window_manager(tmp_path: Path, screens: Path) -> None:
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
        wait_for_window_manager(display, time.monotonic() + 20)
        out = screens / "fit-xcb-1280x720"
        out.mkdir(exist_ok=True)
        assert Probe(env | {"QT_QPA_PLATFORM": "xcb"}, out, *XCB_CASES).problems() == []
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
        assert unclipped(label) == label.rect()
    finally:
        style.apply(qapp, text_percent=100)
    assert side_by_side()


def test_the_probe_finds_what_a_person_could_not_reach(qtbot: QtBot) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QPushButton, QScrollArea, QWidget

    from tests.screen_probe import out_of_reach

    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(0, 0, 300, 200)
    inside, cut = QPushButton("In", window), QPushButton("Cut", window)
    inside.setGeometry(10, 10, 100, 44)
    cut.setGeometry(250, 10, 100, 44)  # half past the window's right edge
    area = QScrollArea(window)
    area.setGeometry(0, 60, 300, 140)
    content = QWidget()
    content.resize(600, 100)  # wider than the view: a person would scroll sideways to reach ...
    far, near = QPushButton("Far", content), QPushButton("Near", content)
    far.setGeometry(400, 10, 100, 44)  # ... this one
    near.setGeometry(10, 10, 100, 44)
    area.setWidget(content)
    window.show()
    qtbot.waitExposed(window)
    screen = window.screen().availableGeometry()
    assert out_of_reach(inside, screen) is None
    assert out_of_reach(near, screen) is None
    assert "cut off" in (out_of_reach(cut, screen) or "")
    assert "scrolled view" in (out_of_reach(far, screen) or "")
    small = QRect(window.mapToGlobal(window.rect().topLeft()), window.size() / 2)
    assert "outside the screen" in (out_of_reach(near, small) or "")
