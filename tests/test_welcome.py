"""The first run and the profile: a welcome that says what the app is not, and routines that fit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from neuroguide.core.clock import FakeClock
from neuroguide.core.settings import Settings
from neuroguide.system.datadir import load_routine_library, settings_path
from neuroguide.ui.dialogs.settings import SettingsDialog
from neuroguide.ui.kit import style
from neuroguide.ui.main_window import MainWindow
from neuroguide.ui.pages.welcome import WelcomePage


def test_the_first_run_asks_once_and_shapes_the_library(
    screens: Path, qtbot: QtBot, qapp: QApplication, data_dir: Path, clock: FakeClock
) -> None:
    style.apply(qapp)
    settings = Settings.load(settings_path(data_dir))
    window = MainWindow()
    qtbot.addWidget(window)
    window.populate(load_routine_library(data_dir), settings, clock, welcome=True)
    window.show()
    welcome = window.welcome
    # a page of the window, in place of the library, not a second window over it
    assert isinstance(welcome, WelcomePage) and window.pages.currentWidget() is welcome
    assert welcome.isVisible() and window._library_page is None  # nothing built behind it
    assert window.windowTitle() == "Welcome — NeuroGuide"
    assert window.focusWidget() is welcome.next_button  # Enter goes on
    text = " ".join(child.text() for child in welcome.steps.widget(0).findChildren(QLabel))
    assert "does not cure" in text and "not a medical device" in text and "doctor" in text
    assert welcome.step_label.text() == "Step 1 of 2" and not welcome.back_button.isVisible()
    assert welcome.questions is None  # built when reached
    assert window.grab().save(str(screens / "welcome-100.png"))
    welcome.next_button.click()
    questions = welcome.questions
    assert questions is not None and questions.isVisible()
    assert welcome.step_label.text() == "Step 2 of 2" and welcome.next_button.text() == "Done"
    choices = [*questions.cause_buttons.values(), *questions.places.buttons.values()]
    choices += [questions.helper_no, questions.helper_yes]
    assert not any(choice.isChecked() for choice in choices)  # nothing answered on the person's behalf
    questions.cause_buttons["chemotherapy"].click()
    questions.places.buttons["left hand"].click()
    questions.places.buttons["right hand"].click()
    qapp.processEvents()
    assert window.grab().save(str(screens / "welcome-questions-100.png"))
    welcome.back_button.click()  # back to the first step, and on again: the answers are kept
    assert welcome.steps.currentIndex() == 0 and welcome.next_button.text() == "Next"
    assert not settings.flag("welcomed")
    welcome.next_button.click()
    assert questions.cause_buttons["chemotherapy"].isChecked()
    welcome.next_button.click()
    assert settings.flag("welcomed") and settings.text("profile_cause") == "chemotherapy"
    assert settings.listed("profile_places") == ("right hand", "left hand")
    assert window.welcome is None and window.pages.currentWidget() is window.library_page
    assert window.pages.indexOf(welcome) == -1  # seen once, and let go
    page = window.library_page
    suggested = [card.routine.id for card in page.cards if card.badge.isVisibleTo(card)]
    assert "hand-relief" in suggested and "foot-care" not in suggested
    assert page.visible_routines()[: len(suggested)] == suggested  # the suggested come first
    assert all(card.routine.areas & {"hands", "arms"} for card in page.cards if card.routine.id in suggested)
    hand = next(card for card in page.cards if card.routine.id == "hand-relief")
    assert hand.badge.isVisibleTo(hand) and "For your hands" in hand.accessibleName()
    swedish = next(card for card in page.cards if card.routine.id == "swedish-strokes")
    assert not swedish.badge.isVisibleTo(swedish)  # given by a caregiver, and nobody helps
    settings.set("caregiver_mode", True)
    assert swedish.badge.isVisibleTo(swedish)
    window.close()

    again = MainWindow()
    qtbot.addWidget(again)
    again.populate(load_routine_library(data_dir), settings, clock, welcome=True)
    again.show()
    assert again.welcome is None and again.pages.currentWidget() is again.library_page  # once only
    again.close()


def test_the_welcome_comes_back_until_gone_through_or_skipped(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, clock: FakeClock
) -> None:
    def started() -> MainWindow:
        window = MainWindow()
        qtbot.addWidget(window)
        window.populate(
            load_routine_library(data_dir), Settings.load(settings_path(data_dir)), clock, welcome=True
        )
        window.show()
        return window

    closed_early = started()
    assert closed_early.welcome is not None
    closed_early.close()  # closed on the welcome: it comes again next time
    window = started()
    assert window.welcome is not None and window.pages.currentWidget() is window.welcome
    window.notify("The history could not be opened.")  # said while the welcome shows: kept for later
    assert window._library_page is None and window.welcome.isVisible()
    window.welcome.skip_button.click()
    assert window.library_page.notice.isVisible()
    assert window.library_page.notice.text() == "The history could not be opened."
    assert window.settings.flag("welcomed") and window.settings.text("profile_cause") == ""
    assert window.welcome is None and window.pages.currentWidget() is window.library_page
    qtbot.waitUntil(lambda: qapp.focusWidget() is window.library_page.cards[0])
    window.close()
    assert started().welcome is None


def test_the_profile_can_be_changed_in_settings(qtbot: QtBot, qapp: QApplication, data_dir: Path) -> None:
    settings = Settings.load(settings_path(data_dir))
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.cause.setCurrentIndex(dialog.cause.findData("diabetes"))
    dialog.places.buttons["left foot"].click()
    dialog.caregiver_mode.click()
    assert settings.text("profile_cause") == "diabetes"
    assert settings.listed("profile_places") == ("left foot",)
    assert settings.flag("caregiver_mode") is True


def test_a_window_filled_in_while_hidden_shows_the_library_when_first_shown(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, clock: FakeClock
) -> None:
    settings = Settings.load(settings_path(data_dir))
    settings.set("welcomed", True)
    window = MainWindow()
    qtbot.addWidget(window)
    window.populate(load_routine_library(data_dir), settings, clock, welcome=True)
    assert window.pages.count() == 0  # hidden, as when started for the reminders: nothing built
    page = window.library_page  # something asked for it early
    window.show()
    assert window.pages.currentWidget() is page
    assert window.focusWidget() is page.cards[0]  # and the keyboard starts on the first routine
