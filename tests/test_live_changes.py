"""The text size and the colours changed while the app runs: every open page and dialog is laid out
again at once, by the same rules a fresh start is checked by (tests/screen_probe.py: in the screen,
every control in reach, nothing cut or overlapping, the step's words and countdown in sight), with
no restart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from neuroguide.ui.dialogs.settings import SettingsDialog
from neuroguide.ui.kit import style
from neuroguide.ui.kit.appearance import Appearance
from neuroguide.ui.main_window import MainWindow
from tests.conftest import WindowOpener
from tests.screen_probe import screen_problems


@pytest.fixture(autouse=True)
def light_again(qapp: QApplication) -> Iterator[None]:
    yield
    style.apply(qapp, style.LIGHT, 100)


def settings_dialog(window: MainWindow) -> SettingsDialog:
    window.open_settings()
    (dialog,) = [child for child in window.findChildren(SettingsDialog) if child.isVisible()]
    return dialog


def problems_of(views: dict[str, QWidget], screens: Path, tag: str) -> dict[str, list[str]]:
    QApplication.processEvents()
    found = {}
    for name, view in views.items():
        view.grab().save(str(screens / f"live-{tag}-{name}.png"))
        if problems := screen_problems(view.window()):
            found[name] = problems
    return found


@pytest.mark.parametrize(("percent", "theme"), [(200, "dark"), (150, "contrast")])
def test_text_size_and_colours_change_the_open_library_and_settings_at_once(
    open_window: WindowOpener, qtbot: QtBot, screens: Path, percent: int, theme: str
) -> None:
    window = open_window(settings={"safety_check": False})
    Appearance(window.settings, window, desktop=lambda: style.LIGHT)
    window.show_library()
    dialog = settings_dialog(window)
    qtbot.waitExposed(dialog)
    views: dict[str, QWidget] = {"library": window.library_page, "settings": dialog}
    assert problems_of(views, screens, "before") == {}
    width = dialog.width()
    window.settings.set("text_size", percent)
    window.settings.set("appearance", theme)
    assert style.text_percent() == percent and style.theme() is style.THEMES[theme]
    assert problems_of(views, screens, f"{theme}-{percent}") == {}
    # its words wrap at the larger text (checked above), so it need not grow, and it never shrinks
    assert dialog.width() >= width
    assert dialog.text_size.currentData() == percent  # the open dialog shows the change
    dialog.close()


def test_text_size_and_colours_change_the_running_player_and_settings_over_it(
    open_window: WindowOpener, qtbot: QtBot, screens: Path
) -> None:
    window = open_window(settings={"safety_check": False, "ask_before_session": False})
    Appearance(window.settings, window, desktop=lambda: style.LIGHT)
    window.start_routine("hand-relief")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.player_page)
    dialog = settings_dialog(window)
    qtbot.waitExposed(dialog)
    views: dict[str, QWidget] = {"player": window, "settings": dialog}
    assert problems_of(views, screens, "player-before") == {}
    words = window.player_page.instruction
    before = words.fontInfo().pixelSize()
    window.settings.set("text_size", 200)
    window.settings.set("appearance", "dark")
    assert problems_of(views, screens, "player-dark-200") == {}
    assert words.fontInfo().pixelSize() >= 1.9 * before  # the step's words themselves grew
    dialog.close()


def test_ctrl_plus_and_minus_change_the_text_size_from_anywhere(
    open_window: WindowOpener, qtbot: QtBot, qapp: QApplication
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox

    window = open_window(settings={"safety_check": False}, active=True)
    Appearance(window.settings, window, desktop=lambda: style.LIGHT)
    control = Qt.KeyboardModifier.ControlModifier

    def press(key: Qt.Key, on: QWidget) -> None:
        on.activateWindow()
        qapp.processEvents()
        qtbot.keyClick(on, key, control)

    press(Qt.Key.Key_Plus, window)
    assert window.settings.whole("text_size") == 125 and style.text_percent() == 125
    press(Qt.Key.Key_Equal, window)  # the same key without Shift
    assert window.settings.whole("text_size") == 150
    dialog = settings_dialog(window)
    qtbot.waitExposed(dialog)
    press(Qt.Key.Key_Minus, dialog)  # over a dialog too, which follows at once
    assert window.settings.whole("text_size") == 125
    (size_row,) = [box for box in dialog.findChildren(QComboBox) if box.accessibleName() == "Text size"]
    assert size_row.currentText() == "125%"
    for _ in range(5):
        press(Qt.Key.Key_Plus, dialog)
    assert window.settings.whole("text_size") == 200  # no larger than Settings offers
    press(Qt.Key.Key_0, dialog)
    assert window.settings.whole("text_size") == 100 and style.text_percent() == 100
    dialog.close()
