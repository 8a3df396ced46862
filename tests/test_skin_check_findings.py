"""What a skin check found, as a person answers it: hot, red or swollen stops the session for safety;
anything else is left out, and the end page says what to do and whom to call. Both are kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from neuroguide.core.clock import FakeClock
from neuroguide.core.session import Phase, SessionFinished
from neuroguide.core.settings import Settings, Value
from neuroguide.store.history import HistoryStore
from neuroguide.ui.kit import style
from neuroguide.ui.pages.player.end_views import FinishedView
from neuroguide.ui.pages.player.page import PlayerPage
from tests.conftest import WindowOpener
from tests.layout_check import layout_problems
from tests.test_screening_ui import answer_no_to_the_rest, open_screening, rows_by_id


def to_the_question(
    open_window: WindowOpener, qtbot: QtBot, settings: dict[str, Value], diabetic: bool = False
) -> PlayerPage:
    window = open_window(settings={"ask_before_session": False, **settings}, history=True)
    dialog = open_screening(window, "foot-care")
    if diabetic:
        rows_by_id(dialog)["diabetic-feet"].choices["yes"].click()
    answer_no_to_the_rest(dialog)
    dialog.continue_button.click()
    if diabetic:
        dialog.start_button.click()  # after what the answer changes today
    player = window.player_page
    qtbot.waitUntil(lambda: window.pages.currentWidget() is player, timeout=3000)
    driver = player.driver
    assert driver is not None
    while driver.engine.phase is not Phase.ASKING:
        driver.do(driver.engine.next)
    assert player.found_bar.isVisible()
    return player


def to_the_end(player: PlayerPage) -> None:
    driver = player.driver
    assert driver is not None
    while driver.engine.phase not in (Phase.FINISHED, Phase.STOPPED):
        driver.do(driver.engine.next)


def kept(data_dir: Path, qtbot: QtBot, status: str) -> tuple[str, str]:
    def written() -> bool:
        with HistoryStore(data_dir) as store:
            sessions = store.sessions()
        return bool(sessions) and sessions[0].status == status

    qtbot.waitUntil(written, timeout=5000)
    with HistoryStore(data_dir) as store:
        session = store.sessions()[0]
    return session.found, session.stop_reason


def test_a_hot_red_or_swollen_foot_stops_the_session_and_shows_whom_to_call(
    open_window: WindowOpener, qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    player = to_the_question(open_window, qtbot, {"contact_foot_clinic": "01234 567890"})
    player.found_buttons["right"].click()
    assert player.found_bar.asking_again()
    visible = [key for key, button in player.found_buttons.items() if button.isVisibleTo(player)]
    assert visible == ["urgent", "not-urgent", "back"]
    assert player.window().focusWidget() is player.found_question  # a habitual Space answers nothing
    player.found_buttons["back"].click()  # a slip: the first question again
    assert not player.found_bar.asking_again() and player.found_buttons["left"].isVisibleTo(player)
    player.found_buttons["right"].click()
    player.found_buttons["urgent"].click()
    assert player.views.currentWidget() is player.stop_signs_view
    assert player.my_contacts is not None
    assert any("01234 567890" in line for line in player.my_contacts.texts())
    signs = " ".join(label.text() for label in player.stop_sign_labels if isinstance(label, QLabel))
    assert "A foot that turns hot and swollen, or changes shape." in signs
    assert kept(data_dir, qtbot, "stopped") == ("right foot", "safety")


def test_a_finding_is_left_out_and_the_end_says_what_to_do_with_diabetes(
    open_window: WindowOpener, qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    player = to_the_question(open_window, qtbot, {"contact_foot_clinic": "01234 567890"}, diabetic=True)
    player.found_buttons["left"].click()
    player.found_buttons["not-urgent"].click()
    to_the_end(player)
    view = player.finished_view
    assert player.views.currentWidget() is view
    assert view.found.isVisibleTo(view)
    assert view.found.text().startswith("Found today: Left foot. Keep it clean and covered")
    assert "call your foot clinic or doctor today" in view.found.text()
    assert view.found_contacts is not None and view.found_contacts.isVisibleTo(view)
    assert any("01234 567890" in line for line in view.found_contacts.texts())
    assert kept(data_dir, qtbot, "finished")[0] == "left foot"


def test_nothing_found_gives_no_advice_about_a_finding(
    open_window: WindowOpener, qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    player = to_the_question(open_window, qtbot, {})
    player.found_buttons["nothing"].click()
    to_the_end(player)
    view = player.finished_view
    assert not view.found.isVisibleTo(view)
    assert view.found_contacts is not None and not view.found_contacts.isVisibleTo(view)
    assert kept(data_dir, qtbot, "finished")[0] == "nothing"


def test_the_daily_foot_check_starts_at_once_and_a_finding_with_diabetes_means_the_foot_clinic(
    open_window: WindowOpener, qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(
        settings={"profile_cause": "diabetes", "contact_foot_clinic": "01234 567890"}, history=True
    )
    window.start_routine("daily-foot-check")
    player = window.player_page
    assert window.pages.currentWidget() is player  # no safety questions, no scores before looking
    driver = player.driver
    assert driver is not None
    while driver.engine.phase is not Phase.ASKING:
        driver.do(driver.engine.next)
    player.found_buttons["both"].click()
    player.found_buttons["not-urgent"].click()
    view = player.finished_view
    assert player.views.currentWidget() is view
    assert view.found.text().startswith("Found today: Right foot, Left foot.")
    assert "call your foot clinic or doctor today" in view.found.text()
    assert kept(data_dir, qtbot, "finished")[0] == "left foot,right foot"


@pytest.mark.parametrize("room", [(1264, 650), (1008, 700)], ids=["1280x720", "1024x768"])
@pytest.mark.parametrize(
    "found", [frozenset({"left foot", "right foot"}), frozenset()], ids=["found", "none"]
)
def test_the_end_with_a_finding_and_the_numbers_fits_a_laptop_at_double_text(
    qtbot: QtBot, qapp: QApplication, room: tuple[int, int], found: frozenset[str]
) -> None:
    """The end's words, the person's numbers and the foot temperatures button, in a laptop's room."""
    settings = Settings()
    settings.set("contact_foot_clinic", "Podiatry 0161 555 0100")
    settings.set("contact_doctor", "Dr Rahman 0161 555 0199")
    view = FinishedView(settings)
    qtbot.addWidget(view)
    finished = SessionFinished(elapsed=140, remaining=0, steps_completed=6, steps_total=6)
    view.show_end(finished, "Daily foot check", found=found, diabetic=True)
    view.temperatures_button.show()
    try:
        style.apply(qapp, text_percent=200)
        view.resize(*room)
        view.show()
        qtbot.waitExposed(view)
        assert layout_problems(view) == []
        for button in (view.library_button, view.again_button, view.temperatures_button):
            assert view.rect().contains(button.geometry()), button.text()  # in view, not scrolled away
    finally:
        style.apply(qapp, text_percent=100)
