"""Window titles: the app's name once, at the end, after the same dash everywhere ("Robert —
NeuroGuide"), and each page's own title whenever it shows."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from neuroguide.core.settings import Settings
from neuroguide.ui.dialogs.checkin import CheckInDialog
from neuroguide.ui.dialogs.reminder import ReminderWindow
from neuroguide.ui.dialogs.settings import SettingsDialog
from neuroguide.ui.main_window import MainWindow
from tests.conftest import WindowOpener
from tests.virtual_display import run_on_xvfb


def well_formed(title: str) -> bool:
    return title.count("NeuroGuide") == 1 and (title == "NeuroGuide" or title.endswith(" — NeuroGuide"))


def test_each_page_has_its_own_title_and_brings_it_back(open_window: WindowOpener) -> None:
    window = open_window(settings={"safety_check": False, "ask_before_session": False}, history=True)
    assert window.windowTitle() == "NeuroGuide"  # the library, with one person
    window.show_history()
    assert window.windowTitle() == "History — NeuroGuide"
    assert window.history is not None
    window.history.page.back_button.click()
    assert window.pages.currentWidget() is window.library_page
    assert window.windowTitle() == "NeuroGuide"  # the history's title went with it

    window.start_routine("foot-care")
    routine = window.library.get("foot-care")
    assert routine is not None and window.pages.currentWidget() is window.player_page
    assert window.windowTitle() == f"{routine.title} — NeuroGuide"
    window.show_history()
    window.history.page.back_button.click()
    assert window.windowTitle() == f"{routine.title} — NeuroGuide"  # back on the session
    window.show_library()
    assert window.windowTitle() == "NeuroGuide"


def test_the_welcome_title(open_window: WindowOpener) -> None:
    window = open_window(welcome=True)
    assert window.welcome is not None and window.pages.currentWidget() is window.welcome
    assert window.windowTitle() == "Welcome — NeuroGuide"
    window.welcome.skip_button.click()
    assert window.windowTitle() == "NeuroGuide"


def test_every_dialog_names_the_app_once(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings.load(tmp_path / "settings.json")
    windows: list[QWidget] = [
        SettingsDialog(settings),
        CheckInDialog("before", ("right foot",), "Morning foot care"),
        ReminderWindow(),
    ]
    for widget in windows:
        qtbot.addWidget(widget)
    titles = [widget.windowTitle() for widget in windows]
    assert titles == ["Settings — NeuroGuide", "How are you feeling? — NeuroGuide", "Reminder — NeuroGuide"]


def test_a_screening_title(open_window: WindowOpener) -> None:
    window: MainWindow = open_window()
    window.start_routine("foot-care")
    dialog = window.prompts.screening
    assert dialog is not None
    assert dialog.windowTitle() == "Before you start: is it safe today? — NeuroGuide"
    assert all(well_formed(widget.windowTitle()) for widget in QApplication.topLevelWidgets())


def test_the_window_manager_is_given_the_title_as_it_is_set(tmp_path: Path) -> None:
    """On X, Qt adds the display name to a title that does not end with it: "NeuroGuide — Robert" was
    shown as "NeuroGuide — Robert — NeuroGuide"."""
    if not (shutil.which("Xvfb") and shutil.which("xprop")):
        pytest.skip("needs Xvfb and xprop")
    result = run_on_xvfb(Path(__file__).with_name("title_probe.py"), [])
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert [shown for _set, shown in found] == [
        "NeuroGuide",
        "Robert — NeuroGuide",
        "History — NeuroGuide",
        "Settings — NeuroGuide",
    ]
    assert all(shown == title for title, shown in found)
