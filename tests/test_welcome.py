"""The first run and the profile: a welcome that says what the app is not, and routines that fit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from neuroguide.core.clock import FakeClock
from neuroguide.core.settings import Settings
from neuroguide.datadir import load_routine_library, settings_path
from neuroguide.ui import style
from neuroguide.ui.main_window import MainWindow
from neuroguide.ui.settings_dialog import SettingsDialog
from neuroguide.ui.welcome_dialog import WelcomeDialog

SCREENS = Path(__file__).parent / "screens"


def test_the_first_run_asks_once_and_shapes_the_library(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, clock: FakeClock
) -> None:
    style.apply(qapp)
    settings = Settings.load(settings_path(data_dir))
    window = MainWindow()
    qtbot.addWidget(window)
    window.populate(load_routine_library(data_dir), settings, clock, welcome=True)
    window.show()
    qtbot.waitUntil(lambda: isinstance(getattr(window, "welcome", None), WelcomeDialog), timeout=3000)
    welcome = window.welcome
    first_page = welcome.pages.widget(0)
    text = " ".join(child.text() for child in first_page.findChildren(QLabel))
    assert "does not cure" in text and "not a medical device" in text and "doctor" in text
    SCREENS.mkdir(exist_ok=True)
    assert welcome.grab().save(str(SCREENS / "welcome-100.png"))
    welcome.next_button.click()
    welcome.cause_buttons["chemotherapy"].click()
    welcome.places.buttons["left hand"].click()
    welcome.places.buttons["right hand"].click()
    qapp.processEvents()
    assert welcome.grab().save(str(SCREENS / "welcome-questions-100.png"))
    welcome.next_button.click()
    assert settings.flag("welcomed") and settings.text("profile_cause") == "chemotherapy"
    assert settings.text("profile_places") == "right hand,left hand"
    page = window.library_page
    assert page.visible_routines()[0] == "hand-relief"
    hand = next(card for card in page.cards if card.routine.id == "hand-relief")
    assert hand.badge.isVisibleTo(hand) and "Suggested for you" in hand.accessibleName()
    swedish = next(card for card in page.cards if card.routine.id == "swedish-strokes")
    assert not swedish.badge.isVisibleTo(swedish)  # given by a caregiver, and nobody helps
    settings.set("caregiver_mode", True)
    assert swedish.badge.isVisibleTo(swedish)
    window.close()

    again = MainWindow()
    qtbot.addWidget(again)
    again.populate(load_routine_library(data_dir), settings, clock, welcome=True)
    qapp.processEvents()
    assert getattr(again, "welcome", None) is None  # once only
    again.close()


def test_the_profile_can_be_changed_in_settings(qtbot: QtBot, qapp: QApplication, data_dir: Path) -> None:
    settings = Settings.load(settings_path(data_dir))
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.cause.setCurrentIndex(dialog.cause.findData("diabetes"))
    dialog.places.buttons["left foot"].click()
    dialog.caregiver_mode.click()
    assert settings.text("profile_cause") == "diabetes"
    assert settings.text("profile_places") == "left foot"
    assert settings.flag("caregiver_mode") is True
