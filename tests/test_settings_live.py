"""Settings while it is open: every row follows its setting when it is changed elsewhere (the reminder
window, the tray, a shortcut) without saving it again, moving the focus or taking the words a person is
typing; and on a small screen at double text every long check box and label reads whole, with no
sideways scrolling and no dialog wider than at ordinary text.

The screens are tried as tests/test_fits_the_screen.py tries them: each in a program of its own (this
file, run as a script), on the offscreen platform at that screen's size.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget
from pytestqt.qtbot import QtBot

from neuroguide.core.settings import Settings, Value
from neuroguide.ui.dialogs.settings import SettingsDialog
from neuroguide.ui.kit import style
from tests.layout_check import layout_problems
from tests.test_keyboard import focused
from tests.test_settings_dialog import active
from tests.virtual_display import CHECKOUT, checkout_first

SCREENS = [(1024, 768), (1280, 720)]


def counted(settings: Settings) -> list[str]:
    """The saves ``settings`` is asked for from now on (one for each change, echoes included)."""
    saves: list[str] = []
    settings.save_hook = lambda: saves.append("saved")
    return saves


def test_every_row_follows_a_change_made_elsewhere(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    settings = Settings.load(tmp_path / "settings.json")
    dialog = active(qtbot, SettingsDialog(settings))
    start = focused()
    saves = counted(settings)
    changes: dict[str, Value] = {
        "reminder_on": True,  # ticked in the tray
        "reminder_time": "09:15",  # from the reminder window
        "reminder_days": ("mon", "fri"),
        "text_size": 130,  # by a shortcut: a size the list does not offer
        "pace": 1.5,
        "profile_places": ("left foot",),
        "caregiver_name": "Ann",
        "contact_doctor": "Dr Okafor 01632 960 123",
        "speech_rate": 120,
        "muted": True,
        "captions": "always",
        "audio_output": "usb-headset",
        "voice": "gmw/en-gb",
    }
    for key, value in changes.items():
        settings.set(key, value)
    assert len(saves) == len(changes)  # each saved once: showing it wrote nothing back
    assert dialog.reminder_on.isChecked() and dialog.muted.isChecked()
    assert dialog.reminder_time.time().toString("HH:mm") == "09:15"
    assert [day for day, button in dialog.day_buttons.items() if button.isChecked()] == ["mon", "fri"]
    ticks = {day: button.text().startswith("✓") for day, button in dialog.day_buttons.items()}
    assert ticks["mon"] and not ticks["tue"]  # each shows its tick as well
    assert dialog.text_size.currentText() == "130%"
    assert dialog.pace.currentData() == 1.5 and dialog.captions.currentData() == "always"
    assert [place for place, button in dialog.places.buttons.items() if button.isChecked()] == ["left foot"]
    assert dialog.caregiver_name.text() == "Ann"
    assert dialog.contact_fields["doctor"].text() == "Dr Okafor 01632 960 123"
    assert dialog.rate.value() == 120
    assert dialog.output_choice.currentText() == "usb-headset (not connected)"
    assert dialog.voice_choice.currentData() == "gmw/en-gb"
    assert focused() is start  # the focus stayed where the person had it
    assert {key: settings[key] for key in changes} == changes  # and nothing was changed back
    dialog.muted.click()  # the rows still save as before
    assert settings.flag("muted") is False


def test_a_field_being_typed_in_keeps_the_words(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    settings = Settings.load(tmp_path / "settings.json")
    settings.set("contact_doctor", "Dr Old")
    dialog = active(qtbot, SettingsDialog(settings))
    doctor = dialog.contact_fields["doctor"]
    doctor.setFocus()
    qtbot.keyClick(doctor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(doctor, "Dr New")
    settings.set("contact_doctor", "Dr Elsewhere")
    assert doctor.text() == "Dr New" and focused() is doctor  # the person's words, and their place
    settings.set("caregiver_name", "Ann")
    assert dialog.caregiver_name.text() == "Ann"  # the other rows follow all the same
    qtbot.keyClick(doctor, Qt.Key.Key_Tab)  # done with it: what they typed is kept
    assert settings.text("contact_doctor") == "Dr New"

    # a field the person is in but has not changed shows the new value, and keeps the focus
    helper = dialog.caregiver_name
    helper.setFocus()
    settings.set("caregiver_name", "Bea")
    assert helper.text() == "Bea" and focused() is helper
    rate = dialog.rate
    rate.setFocus()
    rate.lineEdit().selectAll()
    qtbot.keyClicks(rate.lineEdit(), "9")  # on the way to 90
    settings.set("speech_rate", 200)
    assert rate.cleanText() == "9"
    time = dialog.reminder_time
    time.setFocus()
    time.setSelectedSection(time.Section.HourSection)
    qtbot.keyClicks(time, "1")  # on the way to 10:30
    settings.set("reminder_on", True)  # ticked in the tray meanwhile
    settings.set("reminder_time", "07:45")
    assert time.text() == "1:00" and focused() is time
    assert dialog.reminder_on.isChecked()


def test_the_dialog_lets_go_of_the_settings_when_it_closes_or_goes(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    settings = Settings.load(tmp_path / "settings.json")
    dialog = active(qtbot, SettingsDialog(settings))
    dialog.close()
    settings.set("muted", True)
    assert not dialog.muted.isChecked()  # closed: it no longer follows

    window = QWidget()  # a person's window, with Settings open over it
    qtbot.addWidget(window)
    child = SettingsDialog(settings, parent=window)
    child.open()
    window.deleteLater()  # the person is switched: the window goes, and the dialog with it
    qtbot.waitUntil(lambda: not QApplication.topLevelWidgets().count(child))
    settings.set("muted", False)  # nothing is called on the dialog that is gone
    settings.set("reminder_time", "07:00")


def test_an_observer_let_go_of_is_no_longer_called(tmp_path: Path) -> None:
    settings = Settings.load(tmp_path / "settings.json")
    heard: list[Value] = []
    settings.observe(("muted", "volume"), heard.append)
    settings.unobserve(("muted", "volume"), heard.append)
    settings.unobserve("muted", heard.append)  # twice, or never observed: nothing to do
    settings.set("muted", True)
    settings.set("volume", 50)
    assert heard == []


def test_a_long_check_box_wraps_and_stays_one_check_box(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, screens: Path
) -> None:
    settings = Settings.load(tmp_path / "settings.json")
    try:
        style.apply(qapp, text_percent=200)
        dialog = active(qtbot, SettingsDialog(settings))
        dialog.resize(620, 700)  # as narrow as its widest drop-down allows at double text
        qapp.processEvents()
        assert layout_problems(dialog) == []
        dialog.grab().save(str(screens / "settings-narrow-200.png"))
        box = dialog.safety_check
        words = "Ask the safety questions before each session"
        assert box.text() == words and box.accessibleName() == words
        assert isinstance(box, QCheckBox) and box.findChildren(QWidget) == []  # one control, no label
        one_line = box.minimumSizeHint().height()
        assert box.height() > one_line + one_line // 2  # on more lines than one
        assert box.height() == box.heightForWidth(box.width())
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() // 3, box.height() - 8))
        assert settings.flag("safety_check") is False  # its last line is a target too
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
        assert settings.flag("safety_check") is True
    finally:
        style.apply(qapp, text_percent=100)


@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_settings_reads_whole_on_a_small_screen_at_double_text(
    tmp_path: Path, screens: Path, width: int, height: int
) -> None:
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96}
    config.write_text(json.dumps({"screens": [screen]}))
    picture = screens / f"settings-{width}x{height}-200.png"
    env = {key: value for key, value in os.environ.items() if not key.startswith("QT_")}
    env |= checkout_first() | {"QT_QPA_PLATFORM": f"offscreen:configfile={config}", "HOME": str(tmp_path)}
    command = [sys.executable, __file__, str(picture)]
    done = subprocess.run(command, env=env, cwd=CHECKOUT, capture_output=True, text=True, timeout=60)
    lines = done.stdout.splitlines()
    assert done.returncode == 0 and lines[-1:] == ["done"], done.stdout + done.stderr
    assert lines[:-1] == []


# -- the probe: run as a program, in the screen's own Qt --------------------------------------------


def _main(picture: Path) -> None:
    from neuroguide.core.library import load_library
    from neuroguide.core.resources import illustration_bases, routines_dir

    app = QApplication([])
    settings = Settings()
    style.apply(app, text_percent=100)
    ordinary = SettingsDialog(settings)
    style.apply(app, text_percent=200)
    large = SettingsDialog(settings)
    problems = []
    if large.width() > ordinary.width():  # its words wrap: they never widen it
        problems.append(f"{large.width()} px wide at 200 %, {ordinary.width()} at 100 %")
    # with the routines, whose names in their drop-down cannot wrap
    dialog = SettingsDialog(settings, library=load_library([routines_dir()], illustration_bases()))
    for shown in (large, dialog):
        shown.show()
        for _ in range(3):
            app.processEvents()
        problems += layout_problems(shown)
        if not shown.screen().availableGeometry().contains(shown.geometry()):
            problems.append(f"runs off the screen: {shown.geometry()}")
    for problem in problems:
        print(problem, flush=True)
    dialog.grab().save(str(picture))
    for made in (ordinary, large, dialog):
        made.close()
    print("done", flush=True)


if __name__ == "__main__":
    _main(Path(sys.argv[1]))
