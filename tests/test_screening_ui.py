"""The safety questions before a session, in the window: nothing assumed, what they stop, spare and say,
and the skin check inside a session."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroguide.core.clock import FakeClock
from neuroguide.core.safety import Remembered, dump_standing, load_standing
from neuroguide.core.session import Phase
from neuroguide.store.history import HistoryStore
from neuroguide.ui.dialogs.screening import AnswerRow, ScreeningDialog
from neuroguide.ui.main_window import MainWindow
from tests.conftest import WindowOpener

DAY = datetime(2026, 12, 1, 9, 0)


@pytest.fixture
def window(open_window: WindowOpener) -> MainWindow:
    return open_window()


def open_screening(window: MainWindow, routine: str) -> ScreeningDialog:
    window.start_routine(routine)
    dialog = window.prompts.screening
    assert isinstance(dialog, ScreeningDialog) and dialog.isVisible()
    return dialog


def rows_by_id(dialog: ScreeningDialog) -> dict[str, AnswerRow]:
    return {row.question.id: row for row in dialog.rows}


def answer_no_to_the_rest(dialog: ScreeningDialog) -> None:
    for row in dialog.unanswered_rows():
        row.no.click()


def test_nothing_is_answered_until_the_person_answers_it_by_mouse(
    screens: Path, window: MainWindow, clock: FakeClock, qtbot: QtBot, qapp: QApplication
) -> None:
    dialog = open_screening(window, "foot-care")
    assert dialog.grab().save(str(screens / "screening-questions-100.png"))
    asked = dialog.asked_rows()
    assert asked and all(row.answer() is None for row in asked)
    assert not any(button.isChecked() for row in dialog.rows for button in row.buttons)
    assert dialog.headings["standing"].text() == "About you: asked once, then remembered"
    assert not any(row.when.isVisibleTo(dialog) for row in dialog.rows)  # nothing was remembered
    assert not dialog.continue_button.isEnabled()
    assert (
        dialog.still_to_answer.text() == f"Questions still to answer before you can continue: {len(asked)}."
    )
    for index, row in enumerate(asked):
        assert not dialog.continue_button.isEnabled()
        row.no.click()
        assert row.no.text() == "✓ No"  # a tick, not only a colour
        left = len(asked) - index - 1
        if left:
            assert dialog.still_to_answer.text().endswith(f": {left}.")
    assert dialog.continue_button.isEnabled()
    assert dialog.still_to_answer.text() == "Every question is answered."
    window.close()


def test_cancer_treatment_brings_its_own_questions_and_they_must_be_answered(
    window: MainWindow, clock: FakeClock, qtbot: QtBot, qapp: QApplication
) -> None:
    dialog = open_screening(window, "foot-care")
    rows = rows_by_id(dialog)
    assert not rows["hand-foot-syndrome"].isVisibleTo(dialog)
    assert not dialog.headings["treatment"].isVisibleTo(dialog)
    answer_no_to_the_rest(dialog)
    assert dialog.continue_button.isEnabled()
    rows["cancer-treatment"].choices["yes"].click()
    assert rows["cancer-treatment"].no.text() == "No" and not rows["cancer-treatment"].no.isChecked()
    assert rows["hand-foot-syndrome"].isVisibleTo(dialog) and rows["line-arm"].isVisibleTo(dialog)
    assert not dialog.continue_button.isEnabled()  # two new questions, not assumed
    assert [row.question.id for row in dialog.unanswered_rows()] == ["hand-foot-syndrome", "line-arm"]
    rows["hand-foot-syndrome"].choices["right foot"].click()
    rows["line-arm"].no.click()
    dialog.continue_button.click()
    assert "hand-foot syndrome" in dialog.outcome_text.text()
    assert "everyone who touches washes their hands first" in dialog.outcome_text.text()
    assert dialog.contact_text.text().startswith("Contact your cancer team's helpline today")
    window.close()


def test_the_keyboard_answers_every_question_and_enter_continues_only_when_complete(
    window: MainWindow, clock: FakeClock, qtbot: QtBot, qapp: QApplication
) -> None:
    dialog = open_screening(window, "hand-relief")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    first = dialog.rows[0]
    assert first.buttons[0].hasFocus()  # on the first question, not on a scroll area
    qtbot.keyClick(first.buttons[0], Qt.Key.Key_Right)
    assert first.buttons[1].hasFocus() and first.answer() is None  # moving is not answering
    qtbot.keyClick(first.buttons[1], Qt.Key.Key_Left)
    assert first.buttons[0].hasFocus()
    qtbot.keyClick(first.buttons[0], Qt.Key.Key_Space)
    assert first.answer() is False
    qtbot.keyClick(first.buttons[0], Qt.Key.Key_Down)
    second = dialog.asked_rows()[1]
    assert second.buttons[0].hasFocus()
    qtbot.keyClick(second.buttons[0], Qt.Key.Key_Up)
    assert first.no.hasFocus()  # back on the answer given
    qtbot.keyClick(first.no, Qt.Key.Key_Return)  # not complete: Enter does not continue
    assert dialog.pages.currentIndex() == 0
    for row in dialog.asked_rows()[1:]:
        row.buttons[0].setFocus()
        qtbot.keyClick(row.buttons[0], Qt.Key.Key_Space)
    assert dialog.continue_button.isEnabled()
    qtbot.keyClick(dialog.asked_rows()[-1].buttons[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.player_page, timeout=3000)
    window.close()


def test_after_the_first_time_remembered_answers_show_their_day_and_only_today_is_asked(
    window: MainWindow, clock: FakeClock, qtbot: QtBot, qapp: QApplication
) -> None:
    dialog = open_screening(window, "foot-care")
    answer_no_to_the_rest(dialog)
    dialog.continue_button.click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.player_page, timeout=3000)
    window.player_page.stop_button.click()
    window.player_page.confirm_stop_button.click()
    window.show_library()

    again = open_screening(window, "foot-care")
    rows = rows_by_id(again)
    assert again.headings["standing"].text() == "About you: remembered from before"
    assert rows["clot"].answer() == frozenset() and rows["clot"].no.text() == "✓ No"
    day = clock.now().date()
    assert rows["clot"].when.text() == f"Last answered on {day.day} {day:%B %Y}. Still right?"
    today = ["chest-pain", "fever", "swollen-leg", "hot-foot", "poor-blood-flow", "spreading-weakness"]
    assert [row.question.id for row in again.unanswered_rows()] == [*today, "open-skin"]
    assert not again.continue_button.isEnabled()
    # by keyboard this time: the focus starts on today's first question; Space chooses, Down moves on
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    for row in again.unanswered_rows():
        assert row.buttons[0].hasFocus()
        qtbot.keyClick(row.buttons[0], Qt.Key.Key_Space)
        assert row.answer() in (False, frozenset())  # "No", the first answer of each
        qtbot.keyClick(row.buttons[0], Qt.Key.Key_Down)
    assert again.continue_button.isEnabled()
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Return)  # complete: Enter continues
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.player_page, timeout=3000)
    window.close()


def test_a_foot_with_a_blister_is_spared_and_the_player_says_so(
    screens: Path, window: MainWindow, clock: FakeClock, qtbot: QtBot, qapp: QApplication
) -> None:
    dialog = open_screening(window, "foot-care")
    rows = rows_by_id(dialog)
    rows["open-skin"].choices["left foot"].click()
    rows["bleeding-risk"].choices["yes"].click()
    answer_no_to_the_rest(dialog)
    dialog.continue_button.click()
    assert dialog.outcome_title.text() == "You can go ahead, with care"
    text = dialog.outcome_text.text()
    assert "Broken or infected skin is left out today" in text
    assert "Left out today: Left foot or left leg." in text
    assert "Pressure today: light: no firmer than smoothing on lotion." in text
    qapp.processEvents()
    assert dialog.grab().save(str(screens / "screening-outcome-100.png"))
    dialog.change_button.click()  # back to the answers, all kept
    assert dialog.pages.currentIndex() == 0 and rows["open-skin"].answer() == frozenset({"left foot"})
    dialog.continue_button.click()
    dialog.start_button.click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.player_page, timeout=3000)
    engine = window.player_page.driver.engine  # type: ignore[union-attr]
    assert not any(step.side == "left" for step in engine.steps)
    assert [step.number for step in engine.steps] == list(range(1, 11))  # renumbered: 10 steps today
    notice = window.player_page.safety_notice.text()
    assert "Left out today: Left foot." in notice and "Pressure today: light" in notice
    kept = load_standing(window.settings.record("standing_answers"))
    assert kept["bleeding-risk"] == Remembered(True, clock.now().date())
    assert kept["clot"] == Remembered(frozenset(), clock.now().date())
    assert "open-skin" not in kept  # today's questions are asked again tomorrow
    window.close()


def test_a_red_hot_foot_means_no_massage_and_who_to_call_with_their_number(
    screens: Path, window: MainWindow, clock: FakeClock, qtbot: QtBot, qapp: QApplication
) -> None:
    window.settings.set("contact_foot_clinic", "Foot clinic, 0161 555 0100")
    dialog = open_screening(window, "hand-relief")
    rows_by_id(dialog)["hot-foot"].choices["yes"].click()
    answer_no_to_the_rest(dialog)
    dialog.continue_button.click()
    assert dialog.outcome_title.text() == "No massage today"
    assert dialog.contact_text.text() == (
        "Call your foot clinic now (Foot clinic, 0161 555 0100). If it is closed, call the out-of-hours "
        "or urgent number."
    )
    assert dialog.my_contacts.texts() == ["Foot clinic: Foot clinic, 0161 555 0100"]
    assert not dialog.start_button.isVisibleTo(dialog)
    qapp.processEvents()
    assert dialog.grab().save(str(screens / "screening-no-massage-100.png"))
    dialog.close_button.click()
    assert window.pages.currentWidget() is window.library_page  # nothing started
    window.close()


def test_the_welcome_answer_diabetes_is_offered_as_such(
    window: MainWindow, clock: FakeClock, qtbot: QtBot, qapp: QApplication
) -> None:
    window.settings.set("profile_cause", "diabetes")
    dialog = open_screening(window, "foot-care")
    row = rows_by_id(dialog)["diabetic-feet"]
    assert row.answer() is True
    assert row.when.text() == "From your answer when you started using NeuroGuide. Still right?"
    window.close()


def test_a_remembered_yes_stops_the_routine_it_rules_out(
    window: MainWindow, clock: FakeClock, qtbot: QtBot, qapp: QApplication
) -> None:
    window.settings.set("standing_answers", dump_standing({"pregnant": True}, date(2026, 11, 2), {}))
    dialog = open_screening(window, "pressure-points")
    row = rows_by_id(dialog)["pregnant"]
    assert row.answer() is True and row.when.text() == "Last answered on 2 November 2026. Still right?"
    answer_no_to_the_rest(dialog)
    dialog.continue_button.click()
    assert dialog.outcome_title.text() == "This routine is not for today"
    window.close()


def test_all_no_goes_straight_on(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_screening(window, "hand-relief")
    answer_no_to_the_rest(dialog)
    dialog.continue_button.click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.player_page, timeout=3000)
    assert window.player_page.safety_notice.isHidden()
    window.close()


def test_unreadable_or_unasked_remembered_answers_are_simply_asked_again() -> None:
    assert load_standing("{not json") == {}
    assert load_standing("[" * 100_000 + "]" * 100_000) == {}
    # the first format: every answer began as "no", asked or not, so only a "yes" is the person's own
    old = load_standing('{"pregnant": "yes", "lymphoedema": ["left hand", "tail"], "oil-allergy": false}')
    assert old == {"lymphoedema": Remembered(frozenset({"left hand"}), None)}


def test_a_whole_session_whose_skin_check_finds_the_left_foot_runs_the_right_only_and_records_it(
    open_window: WindowOpener, qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    window = open_window(settings={"ask_before_session": False}, history=True)
    dialog = open_screening(window, "foot-care")
    answer_no_to_the_rest(dialog)
    dialog.continue_button.click()
    player = window.player_page
    qtbot.waitUntil(lambda: window.pages.currentWidget() is player, timeout=3000)
    driver = player.driver
    assert driver is not None
    done: list[str] = []
    driver.engine.subscribe(lambda event: done.append(event.step.key) if hasattr(event, "step") else None)
    while driver.engine.phase is not Phase.ASKING:
        clock.advance(driver.engine.seconds_to_next_change() or 0)
        driver.wake()
    assert player.found_buttons["left"].text() == "Left foot"
    player.found_buttons["left"].click()
    assert player.found_question.text() == (
        "Left foot: is any of it hot, red or swollen, or has its shape changed?"
    )
    player.found_buttons["not-urgent"].click()
    assert player.safety_notice.text() == (
        "Found at the skin check: Left foot. Left out today: keep it clean and covered."
    )
    while (wait := driver.engine.seconds_to_next_change()) is not None:
        clock.advance(wait)
        driver.wake()
    assert player.finished_summary.text() == (
        "You finished Morning foot care: 7 min, 10 of 10 steps, right foot only."  # the left found
    )
    assert not any(key.endswith("@left") for key in done)
    foot = ("lotion", "lotion-sole", "top-glides", "sole-circles", "toes", "ankle-circles", "closing-glides")
    assert {key for key in done if key.endswith("@right")} == {f"{step}@right" for step in foot}

    def recorded() -> bool:
        with HistoryStore(data_dir) as store:
            sessions = store.sessions(with_steps=True)
        return bool(sessions) and sessions[0].status == "finished"

    qtbot.waitUntil(recorded, timeout=5000)
    with HistoryStore(data_dir) as store:
        session = store.sessions(with_steps=True)[0]
    assert session.found == "left foot"
    assert session.left_out == "left foot: check"
    assert session.steps_total == 10 and session.steps_done == 10
    assert [step.side for step in session.steps] == [None, None, *["right"] * 7, None]
    window.close()


def test_what_the_skin_check_finds_is_told_once_with_the_foot_clinic_for_diabetes(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = open_screening(window, "foot-care")
    rows = rows_by_id(dialog)
    rows["open-skin"].choices["left foot"].click()
    rows["diabetic-feet"].choices["yes"].click()
    answer_no_to_the_rest(dialog)
    dialog.continue_button.click()
    dialog.start_button.click()
    player = window.player_page
    qtbot.waitUntil(lambda: window.pages.currentWidget() is player, timeout=3000)
    screened = player.safety_notice.text()
    assert screened.startswith("Left out today: Left foot.")
    driver = player.driver
    assert driver is not None
    driver.do(driver.engine.next)  # the reading time
    driver.do(driver.engine.next)  # the soles
    driver.do(driver.engine.next)  # the tops, and the question
    player.found_buttons["both"].click()  # the left foot was out already: only the right is news
    player.found_buttons["not-urgent"].click()
    assert player.safety_notice.text() == (
        f"{screened} Found at the skin check: Right foot. Left out today: keep it clean and covered. "
        "With diabetes, contact your foot clinic today."
    )
    assert driver.engine.current is not None and driver.engine.current.key == "after-check"
