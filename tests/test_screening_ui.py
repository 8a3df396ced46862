"""The safety questions before a session, in the window: what they stop, spare and say."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroguide.core.clock import FakeClock
from neuroguide.core.safety import dump_standing, load_standing
from neuroguide.core.settings import Settings
from neuroguide.datadir import load_routine_library, settings_path
from neuroguide.ui import style
from neuroguide.ui.main_window import MainWindow
from neuroguide.ui.screening_dialog import ScreeningDialog

SCREENS = Path(__file__).parent / "screens"


def window_for(qtbot: QtBot, qapp: QApplication, data_dir: Path, clock: FakeClock) -> MainWindow:
    style.apply(qapp)
    window = MainWindow()
    qtbot.addWidget(window)
    window.populate(load_routine_library(data_dir), Settings.load(settings_path(data_dir)), clock)
    window.show()
    return window


def rows_by_id(dialog: ScreeningDialog) -> dict[str, object]:
    return {row.question.id: row for row in dialog.rows}


def test_a_foot_with_a_blister_is_spared_and_the_player_says_so(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, clock: FakeClock
) -> None:
    window = window_for(qtbot, qapp, data_dir, clock)
    window.start_routine("foot-care")
    dialog = window.screening
    assert isinstance(dialog, ScreeningDialog) and dialog.isVisible()
    SCREENS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(SCREENS / "screening-questions-100.png"))
    rows = rows_by_id(dialog)
    rows["open-skin"].choices["left foot"].click()  # type: ignore[attr-defined]
    rows["bleeding-risk"].choices["yes"].click()  # type: ignore[attr-defined]
    dialog.continue_button.click()
    assert dialog.outcome_title.text() == "You can go ahead, with care"
    assert "Broken or infected skin is left out today" in dialog.outcome_text.text()
    SCREENS.mkdir(exist_ok=True)
    qapp.processEvents()
    assert dialog.grab().save(str(SCREENS / "screening-outcome-100.png"))
    dialog.start_button.click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.player_page, timeout=3000)
    engine = window.player_page.driver.engine  # type: ignore[union-attr]
    assert not any(step.side == "left" for step in engine.steps)
    assert [step.number for step in engine.steps] == list(range(1, 9))  # renumbered: 8 steps today
    notice = window.player_page.safety_notice.text()
    assert "Left out today: left foot or leg." in notice and "Light touch only today" in notice
    assert load_standing(window.settings.text("standing_answers")) == {
        **{question: False for question in ("clot-or-veins", "bone-or-surgery", "diabetic-feet")},
        **{"pregnant": False, "oil-allergy": False, "bleeding-risk": True},
        **{"port-or-radiotherapy": frozenset(), "lymphoedema": frozenset()},
    }
    window.close()


def test_a_red_hot_foot_means_no_massage_and_who_to_call(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, clock: FakeClock
) -> None:
    window = window_for(qtbot, qapp, data_dir, clock)
    window.start_routine("hand-relief")
    dialog = window.screening
    rows_by_id(dialog)["red-hot-swollen"].choices["yes"].click()  # type: ignore[attr-defined]
    dialog.continue_button.click()
    assert dialog.outcome_title.text() == "No massage today"
    assert dialog.outcome_text.text().endswith("Contact your foot team or doctor today.")
    assert not dialog.start_button.isVisibleTo(dialog)
    dialog.close_button.click()
    assert window.pages.currentWidget() is window.library_page  # nothing started
    window.close()


def test_remembered_answers_are_shown_to_confirm(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, clock: FakeClock
) -> None:
    window = window_for(qtbot, qapp, data_dir, clock)
    window.settings.set("standing_answers", dump_standing({"pregnant": True}))
    window.start_routine("pressure-points")
    dialog = window.screening
    assert dialog.rows[-2].question.id == "pregnant" and dialog.rows[-2].answer() is True
    dialog.continue_button.click()
    assert dialog.outcome_title.text() == "This routine is not for today"
    window.close()


def test_no_answers_no_detour(qtbot: QtBot, qapp: QApplication, data_dir: Path, clock: FakeClock) -> None:
    window = window_for(qtbot, qapp, data_dir, clock)
    window.start_routine("hand-relief")
    window.screening.continue_button.click()  # all "No"
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.player_page, timeout=3000)
    assert window.player_page.safety_notice.isHidden()
    window.close()


def test_unreadable_remembered_answers_are_simply_asked_again() -> None:
    assert load_standing("{not json") == {}
    assert load_standing('{"pregnant": "yes", "lymphoedema": ["left hand", "tail"]}') == {
        "lymphoedema": frozenset({"left hand"})
    }
