"""The reminder window inside the screen at every size and text size, and the reminder in a real
system tray: on the test platform, and on a virtual display with a window manager or a tray."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroguide.core.resources import APP_ICON_SIDES
from neuroguide.ui.dialogs.reminder import ReminderWindow
from tests.virtual_display import Spawn, run_on_xvfb


def shown(qtbot: QtBot) -> ReminderWindow:
    """The reminder window as a missed morning shows it: the longer words."""
    window = ReminderWindow()
    qtbot.addWidget(window)
    detail = "Morning foot care (12 min) is still waiting, whenever you are ready."
    window.show_reminder("You missed your 08:00 routine", detail)
    assert window.isVisible()
    return window


def probe_on_xvfb(screen: str, desktop: list[str], probe: str, *args: str) -> Any:
    """Run a probe from tests/ on a fresh virtual display of ``screen`` pixels with ``desktop`` (a tray,
    a window manager) running, and return the JSON it reports last."""

    def start(spawn: Spawn, env: dict[str, str]) -> None:
        env["HOME"] = home  # the desktop's own settings stay out of the person's
        spawn(desktop, env=env)

    with tempfile.TemporaryDirectory() as home:
        result = run_on_xvfb(Path(__file__).with_name(probe), list(args), f"{screen}x24", before=start)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_reminder_in_a_real_system_tray(tmp_path: Path) -> None:
    """On a virtual display with a tray (trayer): the icon, its menu, and Start from the menu."""
    if not (shutil.which("Xvfb") and shutil.which("trayer")):
        pytest.skip("needs Xvfb and trayer (a system tray) to show a tray icon")
    report = probe_on_xvfb(
        "1024x768", ["trayer", "--SetDockType", "true"], "tray_probe.py", str(tmp_path / "data")
    )
    assert report["uses_tray"] is True and report["visible"] is True
    assert report["icon_sizes"] == list(APP_ICON_SIDES) and report["svg_loaded"] is False
    assert report["tooltip"] == "Next reminder: Mon 08:00"
    assert report["menu"] == [
        "Next reminder: Mon 08:00",
        "Start the morning routine",
        "Open NeuroGuide",
        "Quit",
    ]
    assert report["window_shown"] is True  # the window comes too, tray or not
    assert report["balloons"] == []  # and no balloon covers its Snooze and Skip
    assert report["snoozed_tooltip"] == report["snoozed_menu"] == "Snoozed until 08:10"
    assert report["started"] == ["foot-care"]


@pytest.mark.parametrize("percent", [100, 200], ids=["100%", "200%"])
@pytest.mark.parametrize(
    "size", [(1280, 720), (1024, 768), (800, 600)], ids=["1280x720", "1024x768", "800x600"]
)
def test_the_reminder_window_stays_inside_the_screen(
    qtbot: QtBot, qapp: QApplication, screens: Path, size: tuple[int, int], percent: int
) -> None:
    from PySide6.QtCore import QRect

    from neuroguide.ui.kit import style
    from tests.layout_check import layout_problems

    style.apply(qapp, None, percent)
    try:
        window = shown(qtbot)
        # on the screen it is shown on (the test platform's own) ...
        assert window.screen().availableGeometry().contains(window.frameGeometry())
        # ... and on a screen of each size, a title bar's room kept above it
        area = QRect(0, 0, *size)
        qapp.processEvents()  # the fitting the text size asked for, on its own screen, comes first
        window.fit_into(area)
        qapp.processEvents()
        assert area.contains(window.frameGeometry())
        assert window.width() <= size[0] - 16 and window.height() <= size[1] - 48  # a frame's room
        assert window.maximumWidth() <= size[0] and window.maximumHeight() <= size[1]
        assert window.height() >= window.body.totalHeightForWidth(window.width())  # nothing cut off
        for button in window.buttons:
            assert window.rect().contains(button.geometry()) and button.height() >= 44
        assert layout_problems(window) == []
        assert window.grab().save(str(screens / f"reminder-{size[0]}x{size[1]}-{percent}.png"))
    finally:
        style.apply(qapp, None, 100)


def test_the_reminder_window_fits_again_when_the_text_size_changes(qtbot: QtBot, qapp: QApplication) -> None:
    from neuroguide.ui.kit import style

    window = shown(qtbot)
    area = window.screen().availableGeometry()
    assert window.columns == 4  # one row at 100 %
    width = window.width()
    try:
        style.apply(qapp, None, 200)
        qapp.processEvents()
        assert window.width() > width and area.contains(window.frameGeometry())
        assert window.height() >= window.body.totalHeightForWidth(window.width())  # nothing cut off
    finally:
        style.apply(qapp, None, 100)
    qapp.processEvents()
    assert window.columns == 4 and area.contains(window.frameGeometry())
    assert window.height() >= window.body.totalHeightForWidth(window.width())


@pytest.mark.parametrize("screen", ["1280x720", "1024x768"])
def test_the_reminder_window_inside_a_real_screen_with_a_window_manager(screens: Path, screen: str) -> None:
    """On Xvfb with openbox, at 200 % text: the frame the window manager gives it stays on the screen."""
    if not (shutil.which("Xvfb") and shutil.which("openbox")):
        pytest.skip("needs Xvfb and openbox (a window manager)")
    picture = screens / f"reminder-xvfb-{screen}-200.png"
    report = probe_on_xvfb(
        screen, ["openbox", "--sm-disable"], "reminder_window_probe.py", "200", str(picture)
    )
    x, y, width, height = report["available"]
    assert (width, height) == tuple(int(part) for part in screen.split("x"))
    assert report["framed"], "the window manager never framed the window"
    for left, top, w, h in [report["frame"], *report["buttons"]]:
        assert x <= left and y <= top and left + w <= x + width and top + h <= y + height, report
